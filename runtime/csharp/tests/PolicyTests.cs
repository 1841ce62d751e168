namespace VpnErrorCodes.Tests
{
    using System;
    using System.Collections.Generic;
    using NUnit.Framework;

    [TestFixture]
    public class DecisionPolicyTests
    {
        private static DecisionPolicy With(long initialDelayMs = 100, double multiplier = 2, long jitterMinMs = 0, long jitterMaxMs = 10, int maxRetries = 2, long maxDelayMs = 1000, string waitHeader = Synthetic.WaitHeader, long maxWaitMs = 1000, IEnumerable<KeyValuePair<int, RetryStrategy>> statuses = null, IEnumerable<CodeAdvice> codes = null, IEnumerable<RetryStrategy> failing = null)
        {
            return new DecisionPolicy(initialDelayMs, multiplier, jitterMinMs, jitterMaxMs, maxRetries, maxDelayMs, waitHeader, Synthetic.WindowEndHeader, maxWaitMs, null, true,
                statuses ?? new Dictionary<int, RetryStrategy>(), codes ?? new CodeAdvice[0], failing ?? new RetryStrategy[0]);
        }

        [Test]
        public void KeepsWhatItIsGiven()
        {
            DecisionPolicy policy = Synthetic.Decision();
            Assert.AreEqual(100, policy.InitialDelayMs);
            Assert.AreEqual(3, policy.Multiplier);
            Assert.AreEqual(Synthetic.WaitHeader, policy.RetryAfterHeader);
            Assert.AreEqual(Synthetic.MillisecondsFrom, policy.ResetMillisecondsFrom);
            Assert.AreEqual(RetryStrategy.WaitForWindow, policy.Statuses[Synthetic.WindowStatus]);
            Assert.AreEqual(Synthetic.FinalStatus, policy.Codes[Synthetic.FinalCode].DocumentedStatus);
            Assert.AreEqual(Synthetic.FinalReason, policy.Codes[Synthetic.FinalCode].Reason);
            Assert.IsNull(policy.Codes[Synthetic.FloatingCode].DocumentedStatus);
            Assert.AreEqual(3, policy.FailingStrategies.Count);
            Assert.IsTrue(policy.Fails(RetryStrategy.ReconnectTunnel));
            Assert.IsFalse(policy.Fails(RetryStrategy.Backoff));
        }

        [Test]
        public void CopiesItsCollections()
        {
            var statuses = new Dictionary<int, RetryStrategy> { { Synthetic.FlakyStatus, RetryStrategy.Backoff } };
            DecisionPolicy policy = With(statuses: statuses);
            statuses[Synthetic.FinalStatus] = RetryStrategy.NoRetry;
            Assert.AreEqual(1, policy.Statuses.Count);
        }

        [Test]
        public void RefusesNumbersThatMakeNoPolicy()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => With(initialDelayMs: -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(multiplier: double.NaN));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(multiplier: double.PositiveInfinity));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(multiplier: -2));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(jitterMinMs: 20, jitterMaxMs: 10));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(maxRetries: -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(maxDelayMs: -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(maxWaitMs: -1));
        }

        [Test]
        public void RefusesMissingOrUndefinedEntries()
        {
            Assert.Throws<ArgumentNullException>(() => With(waitHeader: null));
            Assert.Throws<ArgumentNullException>(() => With(codes: new CodeAdvice[] { null }));
            Assert.Throws<ArgumentNullException>(() => new CodeAdvice(null, RetryStrategy.Backoff, null));
            Assert.Throws<ArgumentOutOfRangeException>(() => new CodeAdvice("SYN_A", (RetryStrategy)99, null));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(statuses: new Dictionary<int, RetryStrategy> { { Synthetic.FlakyStatus, (RetryStrategy)99 } }));
            Assert.Throws<ArgumentOutOfRangeException>(() => With(failing: new[] { (RetryStrategy)99 }));
            Assert.Throws<ArgumentException>(() => With(codes: new[] { new CodeAdvice("SYN_A", RetryStrategy.Backoff, null), new CodeAdvice("SYN_A", RetryStrategy.NoRetry, null) }));
        }
    }

    [TestFixture]
    public class RetryWordsTests
    {
        [Test]
        public void EachWordAsItTravels()
        {
            Assert.AreEqual("wait-for-window", RetryStrategy.WaitForWindow.Wire());
            Assert.AreEqual("rate-limit-reset", RetryBasis.RateLimitReset.Wire());
            Assert.AreEqual("refresh-already-tried", FailReason.RefreshAlreadyTried.Wire());
        }

        [Test]
        public void EveryMemberHasItsOwnWord()
        {
            foreach (RetryStrategy s in Enum.GetValues(typeof(RetryStrategy))) Assert.AreNotEqual(((int)s).ToString(), s.Wire());
            foreach (RetryBasis b in Enum.GetValues(typeof(RetryBasis))) Assert.AreNotEqual(((int)b).ToString(), b.Wire());
            foreach (FailReason r in Enum.GetValues(typeof(FailReason))) Assert.AreNotEqual(((int)r).ToString(), r.Wire());
        }

        [Test]
        public void AnUndefinedValueGivesItsNumber()
        {
            Assert.AreEqual("99", ((RetryStrategy)99).Wire());
            Assert.AreEqual("-1", ((RetryBasis)(-1)).Wire());
            Assert.AreEqual("42", ((FailReason)42).Wire());
        }

        [Test]
        public void ADecisionPrintsInOneLine()
        {
            Assert.AreEqual("retry 7 retry-after", RetryDecision.Retry(7, RetryBasis.RetryAfter).ToString());
            Assert.AreEqual("refresh-token", RetryDecision.RefreshToken().ToString());
            Assert.AreEqual("fail wait-too-long", RetryDecision.Fail(FailReason.WaitTooLong, "why").ToString());
        }
    }
}
