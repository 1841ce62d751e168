namespace VpnErrorCodes.Tests
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Linq;
    using NUnit.Framework;

    [TestFixture]
    public class ReconnectsTests
    {
        // An invented policy: backoff 50 ms × 3^n, at most 1,000 ms, a quarter of it off at most; 4 reconnects a
        // minute; flapping after 2 times the tunnel came up, within 5 s each.
        private const string Events = "SynEvent";
        private const string Results = "SynResult";
        private const string StopReason = "the synthetic code never clears";

        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // Each family's keys: digits and identifiers, and one alias; the identify delegate is the family's lookup.
        private static readonly Dictionary<string, string> EventKeys = new Dictionary<string, string>
        {
            { "0", "Fine" }, { "Fine", "Fine" },
            { "1", "Gone" }, { "Gone", "Gone" },
            { "2", "Flaky" }, { "Flaky", "Flaky" }, { "Flakey", "Flaky" },
            { "3", "Moved" }, { "Moved", "Moved" },
            { "4", "Offline" }, { "Offline", "Offline" },
            { "5", "Unlisted" },
        };

        private static ReconnectFamily EventFamily()
        {
            return new ReconnectFamily(Events, key => { string id; return EventKeys.TryGetValue(key, out id) ? id : null; }, new[]
            {
                new ReconnectCode("Fine", ReconnectClass.NotAnError),
                new ReconnectCode("Gone", ReconnectClass.Stop, StopReason),
                new ReconnectCode("Flaky", ReconnectClass.Reconnect),
                new ReconnectCode("Moved", ReconnectClass.ReconnectNow),
                new ReconnectCode("Offline", ReconnectClass.WaitForNetwork),
            });
        }

        private static ReconnectFamily ResultFamily()
        {
            return new ReconnectFamily(Results, key => key == "Flaky" ? "Flaky" : null, new[] { new ReconnectCode("Flaky", ReconnectClass.Reconnect) });
        }

        private static ReconnectPolicy Policy(long initialMs = 50, double jitterRatio = 0.25, IEnumerable<ReconnectFamily> families = null)
        {
            return new ReconnectPolicy(TimeSpan.FromMilliseconds(initialMs), 3, TimeSpan.FromMilliseconds(1000), jitterRatio, TimeSpan.FromMinutes(1), 4,
                TimeSpan.FromSeconds(5), 2, families ?? new[] { EventFamily(), ResultFamily() });
        }

        private static ReconnectAdvice Advise(object code, ReconnectHistory history = null, double random = 0, string family = Events, ReconnectPolicy policy = null)
        {
            return Reconnects.AdviseReconnect(policy ?? Policy(), family, code, history, Now, () => random);
        }

        private static DateTimeOffset Ago(double seconds)
        {
            return Now.AddSeconds(-seconds);
        }

        private static ReconnectHistory Started(params double[] secondsAgo)
        {
            return new ReconnectHistory { Reconnects = secondsAgo.Select(Ago).ToList() };
        }

        [Test]
        public void ASuccessCodeIsNoError()
        {
            ReconnectAdvice advice = Advise(0);
            Assert.AreEqual("stop not-an-error", advice.ToString());
            Assert.AreEqual(ReconnectStopReason.NotAnError, advice.Reason);
            StringAssert.Contains(Events + ".Fine", advice.Detail);
        }

        [Test]
        public void AStopCodeStopsWithItsReason()
        {
            ReconnectAdvice advice = Advise("Gone");
            Assert.AreEqual(ReconnectAction.Stop, advice.Action);
            Assert.AreEqual(ReconnectStopReason.NotReconnectable, advice.Reason);
            Assert.AreEqual(Events + ".Gone: " + StopReason, advice.Detail);
            Assert.AreEqual(TimeSpan.Zero, advice.Delay);
            Assert.IsNull(advice.Basis);
        }

        [TestCase(2)]
        [TestCase(2L)]
        [TestCase((short)2)]
        [TestCase(2.0)]
        [TestCase("2")]
        [TestCase("Flaky")]
        [TestCase("Flakey")]
        public void AnyKeyFindsTheCode(object key)
        {
            Assert.AreEqual("reconnect 50 backoff", Advise(key).ToString());
        }

        [Test]
        public void UnknownFamiliesAndKeysStop()
        {
            var keys = new object[] { null, 9, -2, 2.5, double.NaN, double.PositiveInfinity, 1e300, "", "flaky", "Unlisted", 5, new object(), ReconnectAction.Stop, (decimal)2, '2' };
            foreach (object key in keys) Assert.AreEqual("stop unknown-code", Advise(key).ToString(), key == null ? "null" : key.ToString());
            Assert.AreEqual("stop unknown-code", Advise(2, family: "SynOther").ToString());
            Assert.AreEqual("stop unknown-code", Advise(2, family: null).ToString());
            Assert.AreEqual("stop unknown-code", Advise(2, family: Results).ToString());
            StringAssert.Contains("\"flaky\"", Advise("flaky").Detail);
        }

        [Test]
        public void ALookupThatThrowsFindsNothing()
        {
            var broken = new ReconnectFamily(Events, key => { throw new InvalidOperationException(); }, new[] { new ReconnectCode("Flaky", ReconnectClass.Reconnect) });
            Assert.AreEqual("stop unknown-code", Advise("Flaky", policy: Policy(families: new[] { broken })).ToString());
        }

        private enum SynMember
        {
            Flaky,
        }

        [Test]
        public void AFamilyOfALookupClassFindsByItsMatchesIdentifier()
        {
            var facts = new CodeFacts(Events, "flaky-id", 2, "g", "d", null, true, new RetryAdvice(RetryStrategy.Backoff, "inferred", "n"), null, "stable", null);
            Func<string, CodeMatch<SynMember>> lookup = key => key == "two" ? new CodeMatch<SynMember>(SynMember.Flaky, MatchedBy.Alias, facts) : null;
            Func<SynMember, string> identifier = m => m == SynMember.Flaky ? "flaky-id" : m.ToString();
            ReconnectFamily family = ReconnectFamily.Of(Events, lookup, identifier, new[] { new ReconnectCode("flaky-id", ReconnectClass.Reconnect) });
            ReconnectPolicy policy = Policy(families: new[] { family, ResultFamily() });
            Assert.AreEqual("reconnect 50 backoff", Advise("two", policy: policy).ToString());
            Assert.AreEqual("stop unknown-code", Advise("flaky-id", policy: policy).ToString());
            // The family's own member finds itself, in the call and in the history; under another family, or
            // a member the table lacks, it is unknown.
            Assert.AreEqual("reconnect 50 backoff", Advise(SynMember.Flaky, policy: policy).ToString());
            Assert.AreEqual("stop unknown-code", Advise(SynMember.Flaky, family: Results, policy: policy).ToString());
            Assert.AreEqual("stop unknown-code", Advise((SynMember)7, policy: policy).ToString());
            Assert.AreEqual("stop unknown-code", Advise(ReconnectAction.Stop, policy: policy).ToString());
            var history = new ReconnectHistory
            {
                Reconnects = new[] { Ago(20.5), Ago(2.5) },
                Connected = new[] { Ago(20), Ago(2) },
                Errors = new[] { new ReconnectError(Ago(19), Events, SynMember.Flaky) },
            };
            Assert.AreEqual("stop flapping", Advise("two", history, policy: policy).ToString());
            Func<SynMember, string> throwing = m => { throw new InvalidOperationException(); };
            ReconnectPolicy broken = Policy(families: new[] { ReconnectFamily.Of(Events, lookup, throwing, new[] { new ReconnectCode("flaky-id", ReconnectClass.Reconnect) }) });
            Assert.AreEqual("stop unknown-code", Advise(SynMember.Flaky, policy: broken).ToString());
            Assert.AreEqual("reconnect 50 backoff", Advise("two", policy: broken).ToString());
            Assert.Throws<ArgumentNullException>(() => ReconnectFamily.Of<SynMember>(Events, null, identifier, new ReconnectCode[0]));
            Assert.Throws<ArgumentNullException>(() => ReconnectFamily.Of(Events, lookup, null, new ReconnectCode[0]));
        }

        [Test]
        public void NoNetworkWaitsForIt()
        {
            ReconnectAdvice advice = Advise(4);
            Assert.AreEqual(ReconnectAction.WaitForNetwork, advice.Action);
            Assert.AreEqual("wait-for-network", advice.ToString());
        }

        [Test]
        public void AnImmediateCodeReconnectsAtOnceUnlessItCameBackSoon()
        {
            ReconnectAdvice advice = Advise("Moved", random: 0.5);
            Assert.AreEqual("reconnect 0 immediate", advice.ToString());
            Assert.AreEqual(ReconnectBasis.Immediate, advice.Basis);
            Assert.AreEqual("reconnect 0 immediate", Advise("Moved", Started(6)).ToString());
            // The flapping limit is (now − 5 s, now]: a reconnect exactly 5 s ago is out, one just after is in, and
            // the backoff counts it.
            Assert.AreEqual("reconnect 0 immediate", Advise("Moved", Started(5)).ToString());
            Assert.AreEqual("reconnect 150 backoff", Advise("Moved", Started(4.999)).ToString());
        }

        [Test]
        public void TheBackoffGrowsWithTheWindowsReconnectsUpToItsCeiling()
        {
            Assert.AreEqual(50, Advise(2).DelayMs);
            Assert.AreEqual(150, Advise(2, Started(50)).DelayMs);
            Assert.AreEqual(450, Advise(2, Started(50, 40)).DelayMs);
            Assert.AreEqual(1000, Advise(2, Started(50, 40, 30)).DelayMs);
            Assert.AreEqual(TimeSpan.FromMilliseconds(1000), Advise(2, Started(50, 40, 30)).Delay);
            // Older than the window: not counted.
            Assert.AreEqual(50, Advise(2, Started(60, 61, 600)).DelayMs);
        }

        [Test]
        public void JitterTakesUpToItsRatioOffAndHalfRoundsUp()
        {
            Assert.AreEqual(38, Advise(2, random: 1).DelayMs);
            Assert.AreEqual(44, Advise(2, random: 0.5).DelayMs);
            // 4 × (1 − 0.5 × 0.75) = 2.5: half up gives 3 where rounding to even would give 2.
            Assert.AreEqual(3, Advise(2, random: 0.75, policy: Policy(initialMs: 4, jitterRatio: 0.5)).DelayMs);
        }

        [Test]
        public void AGarbageRandomSourceReadsAsZeroOrOne()
        {
            Func<double>[] zeros = { null, () => double.NaN, () => -1, () => double.NegativeInfinity, () => { throw new InvalidOperationException(); } };
            foreach (Func<double> random in zeros) Assert.AreEqual(50, Reconnects.AdviseReconnect(Policy(), Events, 2, null, Now, random).DelayMs);
            Assert.AreEqual(38, Reconnects.AdviseReconnect(Policy(), Events, 2, null, Now, () => double.PositiveInfinity).DelayMs);
            Assert.AreEqual(38, Reconnects.AdviseReconnect(Policy(), Events, 2, null, Now, () => 7).DelayMs);
        }

        [Test]
        public void AFullWindowStops()
        {
            ReconnectAdvice advice = Advise(2, Started(59, 40, 30, 1));
            Assert.AreEqual("stop window-exhausted", advice.ToString());
            StringAssert.Contains("4 reconnects in the last 60 s", advice.Detail);
            // The window is (now − 60 s, now]: a start exactly 60 s ago is out, one in the future is ignored.
            Assert.AreEqual("reconnect 1000 backoff", Advise(2, Started(60, 40, 30, 1)).ToString());
            Assert.AreEqual("reconnect 1000 backoff", Advise(2, Started(-1, 40, 30, 1)).ToString());
            Assert.AreEqual("reconnect 1000 backoff", Advise(2, Started(0, 40, 30)).ToString());
            // A full window stops whatever the class that reconnects.
            Assert.AreEqual("stop window-exhausted", Advise(4, Started(59, 40, 30, 1)).ToString());
            Assert.AreEqual("stop window-exhausted", Advise(3, Started(59, 40, 30, 1)).ToString());
        }

        private static ReconnectHistory Flapped(object earlierKey, string earlierFamily = Events, double errorAfter = 1, IEnumerable<double> connectedAgo = null)
        {
            double[] up = (connectedAgo ?? new[] { 20.0, 2.0 }).ToArray();
            return new ReconnectHistory
            {
                Reconnects = up.Select(s => Ago(s + 0.5)).ToList(),
                Connected = up.Select(Ago).ToList(),
                // After the time up before the last; the error being decided follows the last.
                Errors = new[] { new ReconnectError(Ago(up[Math.Max(0, up.Length - 2)] - errorAfter), earlierFamily, earlierKey) },
            };
        }

        [Test]
        public void TheSameErrorSoonAfterEachTimeTheTunnelCameUpIsFlapping()
        {
            ReconnectAdvice advice = Advise(2, Flapped(2));
            Assert.AreEqual("stop flapping", advice.ToString());
            StringAssert.Contains("within 5 s of each of the last 2 times", advice.Detail);
            // Any key of the same code counts.
            Assert.AreEqual("stop flapping", Advise("Flakey", Flapped("Flaky")).ToString());
            Assert.AreEqual("stop flapping", Advise(2, Flapped(2L, connectedAgo: new[] { 300.0, 20, 2 })).ToString());
            // Flapping wins over waiting for the network.
            Assert.AreEqual("stop flapping", Advise(4, Flapped(4)).ToString());
        }

        [Test]
        public void NotFlapping()
        {
            // Another code, the same name in another family, an unknown code.
            Assert.AreEqual("reconnect 450 backoff", Advise(2, Flapped(3)).ToString());
            Assert.AreEqual("reconnect 450 backoff", Advise(2, Flapped("Flaky", Results)).ToString());
            Assert.AreEqual("reconnect 450 backoff", Advise(2, Flapped(9)).ToString());
            // At the moment the tunnel came up is not after it; 5 s after is within, 5.001 s is not.
            Assert.AreEqual("reconnect 450 backoff", Advise(2, Flapped(2, errorAfter: 0)).ToString());
            Assert.AreEqual("stop flapping", Advise(2, Flapped(2, errorAfter: 5)).ToString());
            Assert.AreEqual("reconnect 450 backoff", Advise(2, Flapped(2, errorAfter: 5.001)).ToString());
            // Reconnects that never connected: the backoff's business.
            var failed = Flapped(2);
            failed.Connected = null;
            Assert.AreEqual("reconnect 450 backoff", Advise(2, failed).ToString());
            // Only once up.
            Assert.AreEqual("reconnect 150 backoff", Advise(2, Flapped(2, connectedAgo: new[] { 2.0 })).ToString());
            // The current error too late after the last time up.
            Assert.AreEqual("reconnect 450 backoff", Advise(2, Flapped(2, connectedAgo: new[] { 20.0, 6 })).ToString());
        }

        [Test]
        public void TimesAfterNowAreIgnored()
        {
            var history = Flapped(2);
            history.Errors = new[] { new ReconnectError(Now.AddSeconds(1), Events, 2) };
            history.Connected = new[] { Ago(20), Now.AddSeconds(0.5) };
            Assert.AreEqual("reconnect 450 backoff", Advise(2, history).ToString());
        }

        private sealed class Throwing<T> : IEnumerable<T>
        {
            public IEnumerator<T> GetEnumerator()
            {
                throw new InvalidOperationException("no history");
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }
        }

        [Test]
        public void AHistoryThatThrowsOrHoldsNullsReadsAsNone()
        {
            var history = new ReconnectHistory { Reconnects = new Throwing<DateTimeOffset>(), Connected = new Throwing<DateTimeOffset>(), Errors = new Throwing<ReconnectError>() };
            Assert.AreEqual("reconnect 50 backoff", Advise(2, history).ToString());
            Assert.AreEqual("reconnect 50 backoff", Advise(2, new ReconnectHistory()).ToString());
            var nulls = Flapped(2);
            nulls.Errors = new ReconnectError[] { null, new ReconnectError(Ago(19), null, null), new ReconnectError(Ago(19), Events, new object()) };
            Assert.AreEqual("reconnect 450 backoff", Advise(2, nulls).ToString());
        }

        [Test]
        public void ExtremeKeysTimesAndNumbersGiveAnAnswer()
        {
            foreach (object key in new object[] { long.MaxValue, long.MinValue, ulong.MaxValue, float.MaxValue, -0.0, new string('2', 100000), "\uD800", "2\0" })
            {
                StringAssert.IsMatch("^(stop unknown-code|stop not-an-error)$", Advise(key).ToString(), key.ToString().Length > 20 ? "long" : key.ToString());
            }
            var history = new ReconnectHistory
            {
                Reconnects = new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue },
                Connected = new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue },
                Errors = new[] { new ReconnectError(DateTimeOffset.MinValue, Events, 2), new ReconnectError(DateTimeOffset.MaxValue, Events, 2) },
            };
            Assert.AreEqual("reconnect 50 backoff", Advise(2, history).ToString());
            // At either end of time, the reconnect at now counts.
            Assert.AreEqual("reconnect 150 backoff", Reconnects.AdviseReconnect(Policy(), Events, 2, history, DateTimeOffset.MinValue, null).ToString());
            Assert.AreEqual("reconnect 150 backoff", Reconnects.AdviseReconnect(Policy(), Events, 2, history, DateTimeOffset.MaxValue, null).ToString());
            // The longest spans a policy can hold: the backoff reaches its ceiling rather than overflowing.
            var huge = new ReconnectPolicy(TimeSpan.MaxValue, double.MaxValue, TimeSpan.MaxValue, 0, TimeSpan.MaxValue, int.MaxValue, TimeSpan.MaxValue, int.MaxValue, new[] { EventFamily() });
            ReconnectAdvice advice = Reconnects.AdviseReconnect(huge, Events, 2, Started(1, 2, 3), Now, null);
            Assert.AreEqual(ReconnectAction.Reconnect, advice.Action);
            Assert.AreEqual((long)TimeSpan.MaxValue.TotalMilliseconds, advice.DelayMs);
            Assert.AreEqual(TimeSpan.MaxValue, advice.Delay);
        }

        [Test]
        public void WithoutAPolicyItStops()
        {
            Assert.AreEqual("stop not-reconnectable", Reconnects.AdviseReconnect(null, Events, 2, null, Now, null).ToString());
            // The runtime alone supplies no policy; the package supplies the catalog's.
            Assert.AreEqual("stop not-reconnectable", Reconnects.AdviseReconnect(Events, 2).ToString());
        }

        [Test]
        public void OptionsCarryThePolicyTheClockAndTheRandomSource()
        {
            var options = new ReconnectOptions { Policy = Policy(), Clock = () => Now, Random = () => 1 };
            Assert.AreEqual("reconnect 113 backoff", Reconnects.AdviseReconnect(Events, 2, Started(1), options).ToString());
            // A clock that throws reads as the current time: the history, years before, is out of the window.
            options.Clock = () => { throw new InvalidOperationException(); };
            Assert.AreEqual("reconnect 38 backoff", Reconnects.AdviseReconnect(Events, 2, Started(1), options).ToString());
        }

        [Test]
        public void APolicyChecksItsNumbers()
        {
            var families = new ReconnectFamily[0];
            TimeSpan ms = TimeSpan.FromMilliseconds(1);
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(-ms, 1, ms, 0, ms, 1, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, double.NaN, ms, 0, ms, 1, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, -ms, 0, ms, 1, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, ms, 1.5, ms, 1, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, ms, double.NaN, ms, 1, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, ms, 0, TimeSpan.Zero, 1, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, ms, 0, ms, 0, ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, ms, 0, ms, 1, -ms, 1, families));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectPolicy(ms, 1, ms, 0, ms, 1, ms, 0, families));
            Assert.Throws<ArgumentNullException>(() => new ReconnectPolicy(ms, 1, ms, 0, ms, 1, ms, 1, null));
            Assert.Throws<ArgumentException>(() => new ReconnectPolicy(ms, 1, ms, 0, ms, 1, ms, 1, new[] { EventFamily(), EventFamily() }));
            Assert.Throws<ArgumentException>(() => new ReconnectFamily(Events, k => k, new[] { new ReconnectCode("Flaky", ReconnectClass.Stop), new ReconnectCode("Flaky", ReconnectClass.Reconnect) }));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReconnectCode("Flaky", (ReconnectClass)99));
            ReconnectPolicy policy = Policy();
            Assert.AreEqual(TimeSpan.FromMilliseconds(50), policy.InitialDelay);
            Assert.AreEqual(4, policy.MaxReconnects);
            Assert.AreEqual(ReconnectClass.ReconnectNow, policy.Families[Events].Codes["Moved"].Class);
        }

        [Test]
        public void WordsAreSpelledAsTheyTravel()
        {
            Assert.AreEqual("reconnect-now", ReconnectClass.ReconnectNow.Wire());
            Assert.AreEqual("window-exhausted", ReconnectStopReason.WindowExhausted.Wire());
            Assert.AreEqual("wait-for-network", ReconnectAction.WaitForNetwork.Wire());
            Assert.AreEqual("immediate", ReconnectBasis.Immediate.Wire());
            Assert.AreEqual("42", ((ReconnectStopReason)42).Wire());
        }
    }
}
