namespace VpnErrorCodes.Tests
{
    using System;
    using System.Collections;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text;
    using NUnit.Framework;

    [TestFixture]
    public class RetriesTests
    {
        private const double Quarter = 0.25;

        private static readonly DecisionPolicy Policy = Synthetic.Decision();

        private static RetryDecision Advise(int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = null, string body = null, int attempt = 1, bool tokenRefreshed = false, long? now = null, double random = Quarter, DecisionPolicy policy = null)
        {
            return Retries.AdviseRetry(policy ?? Policy, status, headers, body, attempt, tokenRefreshed, now ?? Synthetic.Now, () => random);
        }

        private static string Wait(string value, long? now = null)
        {
            return Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WaitHeader, value), now: now).ToString();
        }

        private static string WindowEnd(string value)
        {
            return Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WindowEndHeader, value)).ToString();
        }

        [Test]
        public void ADelayBeyondTimeSpanIsItsLargest()
        {
            var patient = new DecisionPolicy(100, 3, 10, 50, 3, 1000, Synthetic.WaitHeader, Synthetic.WindowEndHeader, long.MaxValue, null, true,
                new Dictionary<int, RetryStrategy> { { Synthetic.WindowStatus, RetryStrategy.WaitForWindow } }, new CodeAdvice[0], new RetryStrategy[0]);
            RetryDecision decision = Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WaitHeader, "9000000000000"), random: 0, policy: patient);
            Assert.AreEqual(9000000000000000L, decision.DelayMs);
            Assert.AreEqual(TimeSpan.MaxValue, decision.Delay);
        }

        [Test]
        public void ASuccessIsNoError()
        {
            Assert.AreEqual("fail not-an-error", Advise(Synthetic.SuccessStatus).ToString());
        }

        [TestCase(0)]
        [TestCase(-3)]
        [TestCase(int.MinValue)]
        public void AnAttemptFromOneOnlyIsValid(int attempt)
        {
            RetryDecision decision = Advise(Synthetic.FlakyStatus, attempt: attempt);
            Assert.AreEqual("fail invalid-attempt", decision.ToString());
            StringAssert.Contains(attempt.ToString(CultureInfo.InvariantCulture), decision.Detail);
        }

        [Test]
        public void AnAttemptIsCheckedBeforeTheStatus()
        {
            Assert.AreEqual("fail invalid-attempt", Advise(Synthetic.SuccessStatus, attempt: 0).ToString());
        }

        [Test]
        public void AStatusThePolicyDoesNotListFails()
        {
            RetryDecision decision = Advise(Synthetic.UnlistedStatus);
            Assert.AreEqual(RetryAction.Fail, decision.Action);
            Assert.AreEqual(FailReason.NotRetryable, decision.Reason);
            StringAssert.Contains("does not list status 499", decision.Detail);
        }

        [TestCase(Synthetic.FinalStatus)]
        [TestCase(Synthetic.TunnelStatus)]
        public void AFailingStrategyFailsAtOnce(int status)
        {
            Assert.AreEqual("fail not-retryable", Advise(status).ToString());
        }

        [TestCase(1, 120)]
        [TestCase(2, 320)]
        [TestCase(3, 920)]
        public void BackoffGrowsByTheMultiplierPlusJitter(int attempt, long delay)
        {
            RetryDecision decision = Advise(Synthetic.FlakyStatus, attempt: attempt);
            Assert.AreEqual(RetryAction.Retry, decision.Action);
            Assert.AreEqual(delay, decision.DelayMs);
            Assert.AreEqual(RetryBasis.Backoff, decision.Basis);
            Assert.AreEqual("", decision.Detail);
        }

        [Test]
        public void RetriesEndAfterThePolicysMaximum()
        {
            Assert.AreEqual("fail attempts-exhausted", Advise(Synthetic.FlakyStatus, attempt: 4).ToString());
        }

        [Test]
        public void RefreshingCredentialsIsTriedOnce()
        {
            Assert.AreEqual("refresh-token", Advise(Synthetic.RefreshStatus).ToString());
            Assert.AreEqual("fail refresh-already-tried", Advise(Synthetic.RefreshStatus, tokenRefreshed: true).ToString());
        }

        [Test]
        public void ARefreshComesBeforeTheAttemptLimit()
        {
            Assert.AreEqual("refresh-token", Advise(Synthetic.RefreshStatus, attempt: 40).ToString());
        }

        [Test]
        public void BackoffRoundsHalfUpAndStopsAtTheMaximum()
        {
            var policy = new DecisionPolicy(100, 2, 0, 1, 10, 1000, Synthetic.WaitHeader, Synthetic.WindowEndHeader, 1000, null, true, new Dictionary<int, RetryStrategy>(), new CodeAdvice[0], new RetryStrategy[0]);
            Assert.AreEqual(101, Retries.BackoffMs(policy, 1, () => 0.5));
            Assert.AreEqual(800, Retries.BackoffMs(policy, 4, () => 0));
            Assert.AreEqual(1000, Retries.BackoffMs(policy, 5, () => 0));
            Assert.AreEqual(1000, Retries.BackoffMs(policy, int.MaxValue, () => 0));
        }

        [Test]
        public void AHugeMultiplierStillGivesTheMaximum()
        {
            DecisionPolicy policy = Synthetic.Decision(multiplier: double.MaxValue);
            Assert.AreEqual(1000, Retries.BackoffMs(policy, 3, () => 1));
        }

        [Test]
        public void TheWaitHeaderInSecondsSetsTheWaitPlusJitter()
        {
            Assert.AreEqual("retry 7013 retry-after", Wait("7"));
        }

        [Test]
        public void WithoutAUsableWaitTheWindowFallsBackToBackoff()
        {
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.WindowStatus).ToString());
            Assert.AreEqual("retry 120 backoff", Wait("soon"));
            Assert.AreEqual("retry 120 backoff", Wait("0"));
            Assert.AreEqual("retry 120 backoff", Wait("-5"));
            Assert.AreEqual("retry 120 backoff", Wait("7.5"));
            Assert.AreEqual("retry 120 backoff", Wait(""));
        }

        [Test]
        public void AWaitOverTheCeilingFails()
        {
            RetryDecision decision = Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WaitHeader, "61"));
            Assert.AreEqual("fail wait-too-long", decision.ToString());
            StringAssert.Contains("asks for 61 s, over the 60 s", decision.Detail);
            Assert.AreEqual("retry 60013 retry-after", Wait("60"));
        }

        [Test]
        public void TheWaitHeaderAsAnHttpDate()
        {
            Assert.AreEqual("retry 30013 retry-after", Wait(Synthetic.Imf(Synthetic.Now + 30000)));
            // RFC 850 and asctime.
            Assert.AreEqual("retry 30013 retry-after", Wait("Thursday, 01-Jan-26 00:00:30 GMT"));
            Assert.AreEqual("retry 30013 retry-after", Wait("Thu Jan  1 00:00:30 2026"));
            Assert.AreEqual("retry 120 backoff", Wait(Synthetic.Imf(Synthetic.Now - 30000)));
            Assert.AreEqual("retry 120 backoff", Wait("Thu, 01 Jan 2026 00:00:30 UTC"));
        }

        [Test]
        public void OfARepeatedWaitHeaderTheFirstValueCounts()
        {
            var headers = new[]
            {
                new KeyValuePair<string, IEnumerable<string>>(Synthetic.WaitHeader, new[] { "7", "40" }),
            };
            Assert.AreEqual("retry 7013 retry-after", Advise(Synthetic.WindowStatus, headers).ToString());
            Assert.AreEqual("retry 30013 retry-after", Wait(Synthetic.Imf(Synthetic.Now + 30000) + ", " + Synthetic.Imf(Synthetic.Now + 50000)));
            // A first value that is no wait makes the whole header none.
            Assert.AreEqual("retry 120 backoff", Wait("soon, 7"));
        }

        [Test]
        public void HeaderNamesMatchInAnyCase()
        {
            Assert.AreEqual("retry 7013 retry-after", Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WaitHeader.ToUpperInvariant(), "7")).ToString());
            Assert.AreEqual("retry 7013 retry-after", Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WaitHeader.ToLowerInvariant(), "7")).ToString());
        }

        [Test]
        public void TheWindowEndInSecondsOrMilliseconds()
        {
            Assert.AreEqual("retry 20013 rate-limit-reset", WindowEnd(Synthetic.Seconds(Synthetic.Now + 20000)));
            Assert.AreEqual("retry 20513 rate-limit-reset", WindowEnd(Synthetic.Seconds(Synthetic.Now + 20000) + ".5"));
            Assert.AreEqual("retry 40013 rate-limit-reset", WindowEnd((Synthetic.Now + 40000).ToString(CultureInfo.InvariantCulture)));
            Assert.AreEqual("retry 120 backoff", WindowEnd(Synthetic.Seconds(Synthetic.Now - 20000)));
            Assert.AreEqual("retry 120 backoff", WindowEnd("-" + Synthetic.Seconds(Synthetic.Now + 20000)));
            Assert.AreEqual("retry 20013 rate-limit-reset", WindowEnd(Synthetic.Seconds(Synthetic.Now + 20000) + ", 0"));
        }

        [Test]
        public void WithoutAMillisecondsThresholdEveryWindowEndIsSeconds()
        {
            DecisionPolicy policy = Synthetic.Decision(millisecondsFrom: null);
            var headers = Synthetic.Headers(Synthetic.WindowEndHeader, (Synthetic.Now + 40000).ToString(CultureInfo.InvariantCulture));
            Assert.AreEqual("fail wait-too-long", Advise(Synthetic.WindowStatus, headers, policy: policy).ToString());
        }

        [Test]
        public void OfTwoUsableWaitsTheLaterCounts()
        {
            var later = Synthetic.Headers(Synthetic.WaitHeader, "7", Synthetic.WindowEndHeader, Synthetic.Seconds(Synthetic.Now + 20000));
            Assert.AreEqual("retry 20013 rate-limit-reset", Advise(Synthetic.WindowStatus, later).ToString());
            var earlier = Synthetic.Headers(Synthetic.WaitHeader, "30", Synthetic.WindowEndHeader, Synthetic.Seconds(Synthetic.Now + 20000));
            Assert.AreEqual("retry 30013 retry-after", Advise(Synthetic.WindowStatus, earlier).ToString());
        }

        // Optional whitespace is SP and HTAB only (runtime/SPEC.md §3).
        [TestCase(" 7")]
        [TestCase("7 ")]
        [TestCase("\t 7 \t")]
        public void SpacesAndTabsAroundAValueAreIgnored(string value)
        {
            Assert.AreEqual("retry 7013 retry-after", Wait(value));
            Assert.AreEqual("retry 20013 rate-limit-reset", WindowEnd(value.Replace("7", Synthetic.Seconds(Synthetic.Now + 20000))));
        }

        [TestCase("7\u00A0")]
        [TestCase("\u00A07")]
        [TestCase("7\u000B")]
        [TestCase("\u000C7")]
        [TestCase("7\u0085")]
        [TestCase("7\u001C")]
        [TestCase("\u001F7")]
        [TestCase("\u30007")]
        [TestCase("7\u2003")]
        [TestCase("\uFEFF7")]
        [TestCase("7\u2028")]
        public void OtherWhitespaceIsPartOfTheValue(string value)
        {
            Assert.AreEqual("retry 120 backoff", Wait(value));
            Assert.AreEqual("retry 120 backoff", WindowEnd(value.Replace("7", Synthetic.Seconds(Synthetic.Now + 20000))));
        }

        [Test]
        public void OtherWhitespaceAroundAnHttpDateIsPartOfIt()
        {
            Assert.AreEqual("retry 30013 retry-after", Wait("\t" + Synthetic.Imf(Synthetic.Now + 30000) + " "));
            Assert.AreEqual("retry 120 backoff", Wait("\u00A0" + Synthetic.Imf(Synthetic.Now + 30000)));
            Assert.AreEqual("retry 120 backoff", Wait(Synthetic.Imf(Synthetic.Now + 30000) + "\u000B"));
        }

        [Test]
        public void NumbersTooLargeForADoubleAreNoWait()
        {
            // Not an exception: a wait that cannot be held is no usable wait.
            Assert.AreEqual("retry 120 backoff", Wait(new string('9', 309)));
            Assert.AreEqual("retry 120 backoff", Wait(new string('9', 308)));
            Assert.AreEqual("retry 120 backoff", WindowEnd(new string('9', 309)));
            Assert.AreEqual("retry 120 backoff", WindowEnd(new string('9', 400) + ".5"));
        }

        [Test]
        public void AnHttpDateUnderAFarClockIsStillADate()
        {
            // Far in the past, a date in 2026 is a wait far beyond the ceiling; far ahead, no wait at all.
            Assert.AreEqual("fail wait-too-long", Wait(Synthetic.Imf(Synthetic.Now), long.MinValue));
            Assert.AreEqual("retry 120 backoff", Wait(Synthetic.Imf(Synthetic.Now), long.MaxValue));
        }

        [Test]
        public void AnRfc850DateUnderAClockBeyondDateTimesYearsIsRead()
        {
            // 12,000-01-01T00:00:00Z: no System.DateTime, but a calendar date.
            long year12000 = CivilCalendar.DaysFromCivil(12000, 1, 1) * CivilCalendar.MsPerDay;
            Assert.AreEqual("retry 30013 retry-after", Wait("Saturday, 01-Jan-00 00:00:30 GMT", year12000));
            long yearMinus5 = CivilCalendar.DaysFromCivil(-5, 1, 1) * CivilCalendar.MsPerDay;
            Assert.AreEqual("retry 30013 retry-after", Wait("Monday, 01-Jan-95 00:00:30 GMT", yearMinus5));
        }

        [TestCase(long.MaxValue)]
        [TestCase(long.MinValue)]
        [TestCase(CivilCalendar.MaxTimeMs + 1)]
        [TestCase(-CivilCalendar.MaxTimeMs - 1)]
        public void AClockWithNoCalendarDateReadsNoRfc850Date(long now)
        {
            Assert.AreEqual("retry 120 backoff", Wait("Thursday, 01-Jan-26 00:00:30 GMT", now));
        }

        [Test]
        public void ACodesOwnAdviceUnderItsDocumentedStatus()
        {
            Assert.AreEqual("refresh-token", Advise(Synthetic.RefreshStatus, body: Synthetic.ErrorBody(Synthetic.ExpiredCode)).ToString());
            RetryDecision final = Advise(Synthetic.FinalStatus, body: Synthetic.ErrorBody(Synthetic.FinalCode));
            Assert.AreEqual("fail not-retryable", final.ToString());
            StringAssert.Contains(Synthetic.FinalReason, final.Detail);
        }

        [Test]
        public void UnderAnotherStatusTheMoreCautiousRuleWins()
        {
            RetryDecision decision = Advise(Synthetic.FlakyStatus, body: Synthetic.ErrorBody(Synthetic.FinalCode));
            Assert.AreEqual("fail not-retryable", decision.ToString());
            StringAssert.Contains("documented 420", decision.Detail);
            StringAssert.Contains("the more cautious wins", decision.Detail);
            // A retrying code under another status follows the status.
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.FlakyStatus, body: Synthetic.ErrorBody(Synthetic.ExpiredCode)).ToString());
            Assert.AreEqual("retry 7013 retry-after", Advise(Synthetic.WindowStatus, Synthetic.Headers(Synthetic.WaitHeader, "7"), Synthetic.ErrorBody(Synthetic.FloatingCode)).ToString());
        }

        [Test]
        public void WithoutTheCautiousRuleTheStatusDecides()
        {
            DecisionPolicy policy = Synthetic.Decision(mostCautious: false);
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.FlakyStatus, body: Synthetic.ErrorBody(Synthetic.FinalCode), policy: policy).ToString());
        }

        [Test]
        public void AnUnknownCodeFollowsItsStatus()
        {
            RetryDecision decision = Advise(Synthetic.FinalStatus, body: Synthetic.ErrorBody("SYNTHETIC_OTHER"));
            Assert.AreEqual("fail not-retryable", decision.ToString());
            StringAssert.Contains("unknown code SYNTHETIC_OTHER (420)", decision.Detail);
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.FlakyStatus, body: Synthetic.ErrorBody("SYNTHETIC_OTHER")).ToString());
        }

        [Test]
        public void DetailsOfAnyShapeDoNotHideTheCode()
        {
            string body = "{\"success\":false,\"error\":{\"code\":\"" + Synthetic.ExpiredCode + "\",\"message\":\"m\",\"details\":[1]}}";
            Assert.AreEqual("refresh-token", Advise(Synthetic.RefreshStatus, body: body).ToString());
            Assert.AreEqual("fail not-retryable", Advise(Synthetic.FlakyStatus, body: body.Replace(Synthetic.ExpiredCode, Synthetic.FinalCode)).ToString());
        }

        [Test]
        public void ABodyThatIsNotTheEnvelopeGivesNoCode()
        {
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.FlakyStatus, body: "<html>" + Synthetic.FinalCode + "</html>").ToString());
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.FlakyStatus, body: "{\"success\":false,\"error\":{\"code\":\"" + Synthetic.FinalCode + "\"}}").ToString());
        }

        [Test]
        public void ARandomSourceIsNeverTrusted()
        {
            Func<double> throws = () => { throw new InvalidOperationException(); };
            Assert.AreEqual(110, Retries.BackoffMs(Policy, 1, throws));
            Assert.AreEqual(110, Retries.BackoffMs(Policy, 1, null));
            Assert.AreEqual(110, Retries.BackoffMs(Policy, 1, () => double.NaN));
            Assert.AreEqual(110, Retries.BackoffMs(Policy, 1, () => -1));
            Assert.AreEqual(150, Retries.BackoffMs(Policy, 1, () => 7));
            Assert.AreEqual(150, Retries.BackoffMs(Policy, 1, () => double.PositiveInfinity));
        }

        [Test]
        public void HostileHeadersReadAsAbsent()
        {
            var broken = new List<KeyValuePair<string, IEnumerable<string>>>
            {
                new KeyValuePair<string, IEnumerable<string>>(null, new[] { "7" }),
                new KeyValuePair<string, IEnumerable<string>>(Synthetic.WaitHeader, null),
                new KeyValuePair<string, IEnumerable<string>>(Synthetic.WaitHeader, new string[] { null }),
            };
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.WindowStatus, broken).ToString());
            Assert.AreEqual("retry 120 backoff", Advise(Synthetic.WindowStatus, new ThrowingHeaders()).ToString());
        }

        [Test]
        public void ANullPolicyIsAnArgumentError()
        {
            Assert.Throws<ArgumentNullException>(() => Retries.AdviseRetry(null, Synthetic.FlakyStatus, null, null, 1, false, Synthetic.Now, null));
            Assert.Throws<ArgumentNullException>(() => Retries.BackoffMs(null, 1, null));
        }

        [Test]
        public void NeverThrowsForAnyResponse()
        {
            var seeded = new Random(20260101);
            string[] pieces =
            {
                "7", "0", "-", ".", ",", " ", "\t", "\u00A0", "GMT", "Thu, ", "01 Jan 2026 ", "00:00:30", "Thursday, 01-Jan-26 ",
                "Thu Jan  1 ", "9999999999999", "{", "}", "[", "]", "\"", ":", "success", "error", "code", "message",
                "details", "true", "false", "null", Synthetic.FinalCode, Synthetic.ExpiredCode, "\\u00", "1e400", "\uD800",
            };
            int[] statuses = { Synthetic.WindowStatus, Synthetic.FlakyStatus, Synthetic.RefreshStatus, Synthetic.FinalStatus, Synthetic.UnlistedStatus, int.MinValue, int.MaxValue, 0 };
            Func<string> garbage = () =>
            {
                var text = new StringBuilder();
                int count = seeded.Next(0, 12);
                for (int i = 0; i < count; i++) text.Append(pieces[seeded.Next(pieces.Length)]);
                return text.ToString();
            };
            for (int i = 0; i < 3000; i++)
            {
                var headers = Synthetic.Headers(Synthetic.WaitHeader, garbage(), Synthetic.WindowEndHeader, garbage());
                long now = seeded.Next(4) == 0 ? (long)(seeded.NextDouble() * long.MaxValue) * (seeded.Next(2) == 0 ? 1 : -1) : Synthetic.Now;
                double random = seeded.Next(5) == 0 ? double.NaN : seeded.NextDouble();
                RetryDecision decision = Advise(statuses[seeded.Next(statuses.Length)], headers, garbage(), seeded.Next(-1, 6), seeded.Next(2) == 0, now, random);
                Assert.IsTrue(decision.DelayMs >= 0 && decision.DelayMs <= 60 * 1000 + 50, decision.ToString());
            }
        }

        private sealed class ThrowingHeaders : IEnumerable<KeyValuePair<string, IEnumerable<string>>>
        {
            public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator()
            {
                yield return new KeyValuePair<string, IEnumerable<string>>(Synthetic.WaitHeader, new[] { "7" });
                throw new InvalidOperationException("the collection changed");
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }
        }
    }
}
