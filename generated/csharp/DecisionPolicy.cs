// Copied from runtime/csharp/src/DecisionPolicy.cs by npm run build: edit that file, not this copy.
// The retry policy as a value (runtime/SPEC.md §1): the backoff numbers, the rate-limit headers and
// ceiling, each status's strategy and each code's advice, keyed by the status number and the code as it
// travels. The package supplies the catalog's policy as DecisionPolicy.Default; any other policy of the
// same shape works alike.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Collections.ObjectModel;

    /// <summary>What a policy says about one error code.</summary>
    public sealed class CodeAdvice
    {
        /// <summary>A code's advice.</summary>
        /// <param name="code">The code as it arrives in the envelope's error.code.</param>
        /// <param name="strategy">What a client does about it.</param>
        /// <param name="documentedStatus">The status the API documents for it, or null; under any other status the code and its status disagree.</param>
        /// <param name="reason">Why the code fails, for a decision's detail; null when the policy gives none.</param>
        public CodeAdvice(string code, RetryStrategy strategy, int? documentedStatus, string reason = null)
        {
            if (code == null) throw new ArgumentNullException("code");
            if (!RetryWords.IsDefined(strategy)) throw new ArgumentOutOfRangeException("strategy", strategy, "not a RetryStrategy");
            Code = code;
            Strategy = strategy;
            DocumentedStatus = documentedStatus;
            Reason = reason;
        }

        /// <summary>The code as it travels.</summary>
        public string Code { get; }

        /// <summary>What a client does about the code.</summary>
        public RetryStrategy Strategy { get; }

        /// <summary>The status the API documents for the code, or null.</summary>
        public int? DocumentedStatus { get; }

        /// <summary>Why the code fails, for a decision's detail, or null.</summary>
        public string Reason { get; }
    }

    /// <summary>The numbers and tables <see cref="Retries.AdviseRetry(DecisionPolicy, int, IEnumerable{KeyValuePair{string, IEnumerable{string}}}, string, int, bool, long, Func{double})"/> reads.</summary>
    public sealed partial class DecisionPolicy
    {
        // An array, not a set: a handful of strategies, and no enum comparer to build at start-up.
        private readonly RetryStrategy[] failing;
        private readonly int[] statusCodes;
        private readonly RetryStrategy[] statusStrategies;

        private readonly Dictionary<string, CodeAdvice> codeAdvice;
        private IReadOnlyDictionary<int, RetryStrategy> statusTable;

        /// <summary>A policy; it checks its own numbers and copies every collection it is given.</summary>
        /// <param name="initialDelayMs">The backoff before the first retry.</param>
        /// <param name="multiplier">What each later backoff multiplies the previous one by.</param>
        /// <param name="jitterMinMs">The least random jitter added to a wait.</param>
        /// <param name="jitterMaxMs">The most random jitter added to a wait.</param>
        /// <param name="maxRetries">How many times a request is sent again at most.</param>
        /// <param name="maxDelayMs">The longest backoff.</param>
        /// <param name="retryAfterHeader">The header with the wait in seconds or as an HTTP date.</param>
        /// <param name="resetHeader">The header with the end of the rate-limit window as a Unix time.</param>
        /// <param name="maxWaitMs">The longest wait a client honours; a server asking for more gets a failure.</param>
        /// <param name="resetMillisecondsFrom">A reset value from this up is Unix milliseconds rather than seconds; null when every value is seconds.</param>
        /// <param name="mostCautious">Whether a known code under a status it is not documented with gets the more cautious of the two rules.</param>
        /// <param name="statuses">Each listed status's strategy; a status not listed fails.</param>
        /// <param name="codes">Each known code's advice.</param>
        /// <param name="failingStrategies">The strategies under which a decision fails at once.</param>
        public DecisionPolicy(
            long initialDelayMs,
            double multiplier,
            long jitterMinMs,
            long jitterMaxMs,
            int maxRetries,
            long maxDelayMs,
            string retryAfterHeader,
            string resetHeader,
            long maxWaitMs,
            long? resetMillisecondsFrom,
            bool mostCautious,
            IEnumerable<KeyValuePair<int, RetryStrategy>> statuses,
            IEnumerable<CodeAdvice> codes,
            IEnumerable<RetryStrategy> failingStrategies)
        {
            if (initialDelayMs < 0) throw new ArgumentOutOfRangeException("initialDelayMs", initialDelayMs, "must not be negative");
            if (double.IsNaN(multiplier) || double.IsInfinity(multiplier) || multiplier < 0) throw new ArgumentOutOfRangeException("multiplier", multiplier, "must be a finite number from 0");
            if (jitterMinMs < 0 || jitterMaxMs < jitterMinMs) throw new ArgumentOutOfRangeException("jitterMaxMs", jitterMaxMs, "the jitter must lie in 0 <= jitterMinMs <= jitterMaxMs");
            if (maxRetries < 0) throw new ArgumentOutOfRangeException("maxRetries", maxRetries, "must not be negative");
            if (maxDelayMs < 0) throw new ArgumentOutOfRangeException("maxDelayMs", maxDelayMs, "must not be negative");
            if (maxWaitMs < 0) throw new ArgumentOutOfRangeException("maxWaitMs", maxWaitMs, "must not be negative");
            if (retryAfterHeader == null) throw new ArgumentNullException("retryAfterHeader");
            if (resetHeader == null) throw new ArgumentNullException("resetHeader");
            if (statuses == null) throw new ArgumentNullException("statuses");
            if (codes == null) throw new ArgumentNullException("codes");
            if (failingStrategies == null) throw new ArgumentNullException("failingStrategies");

            InitialDelayMs = initialDelayMs;
            Multiplier = multiplier;
            JitterMinMs = jitterMinMs;
            JitterMaxMs = jitterMaxMs;
            MaxRetries = maxRetries;
            MaxDelayMs = maxDelayMs;
            RetryAfterHeader = retryAfterHeader;
            ResetHeader = resetHeader;
            MaxWaitMs = maxWaitMs;
            ResetMillisecondsFrom = resetMillisecondsFrom;
            MostCautious = mostCautious;

            // Arrays rather than a dictionary keyed by status: a handful of statuses, and no generic code over
            // an enum for a cold start to compile.
            // Arrays grown by hand rather than generic lists of an enum: a cold start on Mono compiles no
            // generic code for them (runtime/SPEC.md's answers are the same either way).
            statusCodes = new int[0];
            statusStrategies = new RetryStrategy[0];
            // An array (what the package passes) is indexed, not enumerated: no enumerator of a struct to compile.
            var statusArray = statuses as KeyValuePair<int, RetryStrategy>[] ?? new List<KeyValuePair<int, RetryStrategy>>(statuses).ToArray();
            for (int i = 0; i < statusArray.Length; i++)
            {
                KeyValuePair<int, RetryStrategy> entry = statusArray[i];
                if (!RetryWords.IsDefined(entry.Value)) throw new ArgumentOutOfRangeException("statuses", entry.Value, "not a RetryStrategy");
                RetryStrategy listed;
                if (TryGetStatusStrategy(entry.Key, out listed)) throw new ArgumentException("status " + entry.Key + " is listed twice", "statuses");
                statusCodes = Append(statusCodes, entry.Key);
                statusStrategies = Append(statusStrategies, entry.Value);
            }
            var byCode = new Dictionary<string, CodeAdvice>(StringComparer.Ordinal);
            foreach (CodeAdvice advice in codes)
            {
                if (advice == null) throw new ArgumentNullException("codes", "a code's advice is null");
                byCode.Add(advice.Code, advice);
            }
            failing = new RetryStrategy[0];
            var failingArray = failingStrategies as RetryStrategy[] ?? new List<RetryStrategy>(failingStrategies).ToArray();
            foreach (RetryStrategy strategy in failingArray)
            {
                if (!RetryWords.IsDefined(strategy)) throw new ArgumentOutOfRangeException("failingStrategies", strategy, "not a RetryStrategy");
                if (!Fails(strategy)) failing = Append(failing, strategy);
            }
            codeAdvice = byCode;
            Codes = new ReadOnlyDictionary<string, CodeAdvice>(byCode);
        }

        /// <summary>The backoff before the first retry.</summary>
        public long InitialDelayMs { get; }

        /// <summary>What each later backoff multiplies the previous one by.</summary>
        public double Multiplier { get; }

        /// <summary>The least random jitter added to a wait.</summary>
        public long JitterMinMs { get; }

        /// <summary>The most random jitter added to a wait.</summary>
        public long JitterMaxMs { get; }

        /// <summary>How many times a request is sent again at most.</summary>
        public int MaxRetries { get; }

        /// <summary>The longest backoff.</summary>
        public long MaxDelayMs { get; }

        /// <summary>The header with the wait in seconds or as an HTTP date.</summary>
        public string RetryAfterHeader { get; }

        /// <summary>The header with the end of the rate-limit window as a Unix time.</summary>
        public string ResetHeader { get; }

        /// <summary>The longest wait a client honours.</summary>
        public long MaxWaitMs { get; }

        /// <summary>A reset value from this up is Unix milliseconds rather than seconds; null when every value is seconds.</summary>
        public long? ResetMillisecondsFrom { get; }

        /// <summary>Whether a known code under a status it is not documented with gets the more cautious of the two rules.</summary>
        public bool MostCautious { get; }

        /// <summary>Each listed status's strategy.</summary>
        public IReadOnlyDictionary<int, RetryStrategy> Statuses
        {
            get
            {
                if (statusTable == null)
                {
                    var table = new Dictionary<int, RetryStrategy>();
                    for (int i = 0; i < statusCodes.Length; i++) table.Add(statusCodes[i], statusStrategies[i]);
                    statusTable = new ReadOnlyDictionary<int, RetryStrategy>(table);
                }
                return statusTable;
            }
        }

        /// <summary>Each known code's advice, by the code as it travels.</summary>
        public IReadOnlyDictionary<string, CodeAdvice> Codes { get; }

        /// <summary>The strategies under which a decision fails at once.</summary>
        public IReadOnlyList<RetryStrategy> FailingStrategies
        {
            get { return Array.AsReadOnly((RetryStrategy[])failing.Clone()); }
        }

        /// <summary>The strategy the policy lists for <paramref name="status"/>; false when it lists none.</summary>
        public bool TryGetStatusStrategy(int status, out RetryStrategy strategy)
        {
            for (int i = 0; i < statusCodes.Length; i++)
            {
                if (statusCodes[i] != status) continue;
                strategy = statusStrategies[i];
                return true;
            }
            strategy = RetryStrategy.NoRetry;
            return false;
        }

        /// <summary>The advice the policy gives for <paramref name="code"/>, as it travels; false for a code it does not know.</summary>
        public bool TryGetCodeAdvice(string code, out CodeAdvice advice)
        {
            advice = null;
            return code != null && codeAdvice.TryGetValue(code, out advice);
        }

        private static int[] Append(int[] items, int item)
        {
            var longer = new int[items.Length + 1];
            Array.Copy(items, longer, items.Length);
            longer[items.Length] = item;
            return longer;
        }

        private static RetryStrategy[] Append(RetryStrategy[] items, RetryStrategy item)
        {
            var longer = new RetryStrategy[items.Length + 1];
            Array.Copy(items, longer, items.Length);
            longer[items.Length] = item;
            return longer;
        }

        /// <summary>Whether a decision under <paramref name="strategy"/> fails at once.</summary>
        public bool Fails(RetryStrategy strategy)
        {
            foreach (RetryStrategy each in failing)
            {
                if (each == strategy) return true;
            }
            return false;
        }
    }
}
