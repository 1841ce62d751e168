// "This response failed; should I retry, and when?" The decision of runtime/SPEC.md §2–§7, with every
// number and table from a DecisionPolicy.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;

    /// <summary>The retry decision. Never throws for any response, clock or random source.</summary>
    public static partial class Retries
    {

        /// <summary>What to do about a response given by its parts; headers are any name-values pairs, names in any case.</summary>
        /// <param name="status">The HTTP status.</param>
        /// <param name="headers">The response headers; a repeated header's values count as one joined by ", ".</param>
        /// <param name="body">The response text, or null when there is none.</param>
        /// <param name="options">The attempt, the token's state, the clock, the random source and the policy; null for the defaults.</param>
        public static RetryDecision AdviseRetry(int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string body, RetryOptions options = null)
        {
            return Advise(PolicyOf(options), status, headers, body, options);
        }

        // The package's policy, which the generated part supplies; the runtime alone has none.
        static partial void PackagePolicy(ref DecisionPolicy policy);

        internal static DecisionPolicy PolicyOf(RetryOptions options)
        {
            DecisionPolicy policy = options == null ? null : options.Policy;
            if (policy == null) PackagePolicy(ref policy);
            if (policy == null) throw new ArgumentException("no policy: set RetryOptions.Policy", "options");
            return policy;
        }

        internal static RetryDecision Advise(DecisionPolicy policy, int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string body, RetryOptions options)
        {
            if (options == null) options = new RetryOptions();
            return AdviseRetry(policy, status, headers, body, options.Attempt, options.TokenRefreshed, options.NowMs(), options.RandomSource());
        }

        /// <summary>
        /// What to do about the response to the attempt-th send of a request (1-based). A code's own advice
        /// wins over its status's rule; a known code under a status it is not documented with gets the more
        /// cautious of the two when the policy says so. When the strategy is to wait for the rate-limit
        /// window, the policy's wait and reset headers set the wait, up to its ceiling.
        /// </summary>
        /// <param name="policy">The numbers and tables to decide by.</param>
        /// <param name="status">The HTTP status.</param>
        /// <param name="headers">The response headers (HttpResponseMessage.Headers fits), names in any case; a repeated header's values count as one joined by ", ".</param>
        /// <param name="body">The response text, or null when there is none.</param>
        /// <param name="attempt">Which send of the request this response answers, from 1.</param>
        /// <param name="tokenRefreshed">True once the token has been refreshed for this request.</param>
        /// <param name="nowMs">The current time in Unix milliseconds.</param>
        /// <param name="random">The jitter's source, giving values in [0, 1).</param>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        public static RetryDecision AdviseRetry(DecisionPolicy policy, int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string body, int attempt, bool tokenRefreshed, long nowMs, Func<double> random)
        {
            if (policy == null) throw new ArgumentNullException("policy");
            if (attempt < 1) return RetryDecision.Fail(FailReason.InvalidAttempt, "attempt must be a whole number from 1, not " + Text(attempt));
            if (status >= 200 && status < 300) return RetryDecision.Fail(FailReason.NotAnError, "status " + Text(status) + " is a success");

            ErrorCode code = ApiResponses.ErrorCodeOf(body);
            CodeAdvice known;
            if (code == null || !policy.TryGetCodeAdvice(code.Value, out known)) known = null;
            RetryStrategy byStatusValue;
            RetryStrategy? byStatus = policy.TryGetStatusStrategy(status, out byStatusValue) ? byStatusValue : (RetryStrategy?)null;
            RetryStrategy? strategy;
            string subject;
            string reason = null;
            if (known != null && known.DocumentedStatus == status)
            {
                subject = known.Code + " (" + Text(status) + ")";
                strategy = known.Strategy;
                reason = known.Reason;
            }
            else if (known != null)
            {
                // The server contradicts itself: a code under a status it is not documented with.
                subject = known.Code + " (" + Text(status) + ", documented " + (known.DocumentedStatus.HasValue ? Text(known.DocumentedStatus.Value) : "without a status") + ")";
                if (policy.MostCautious && policy.Fails(known.Strategy))
                {
                    strategy = known.Strategy;
                    reason = (known.Reason ?? "the code is not retryable") + " (code and status disagree; the more cautious wins)";
                }
                else
                {
                    strategy = byStatus;
                }
            }
            else
            {
                subject = code != null ? "unknown code " + code.Value + " (" + Text(status) + ")" : "status " + Text(status);
                strategy = byStatus;
            }

            if (!strategy.HasValue) return RetryDecision.Fail(FailReason.NotRetryable, subject + ": the retry policy does not list status " + Text(status));
            if (policy.Fails(strategy.Value)) return RetryDecision.Fail(FailReason.NotRetryable, subject + ": " + (reason ?? "the policy says it will not resolve with retries"));
            if (strategy.Value == RetryStrategy.RefreshCredentials)
            {
                return tokenRefreshed
                    ? RetryDecision.Fail(FailReason.RefreshAlreadyTried, subject + " again after a token refresh: re-authenticate")
                    : RetryDecision.RefreshToken();
            }
            if (attempt > policy.MaxRetries)
            {
                return RetryDecision.Fail(FailReason.AttemptsExhausted, subject + ": " + Text(policy.MaxRetries) + " retries already made");
            }
            if (strategy.Value == RetryStrategy.WaitForWindow)
            {
                double waitMs;
                RetryBasis basis;
                if (RateLimitWait(policy, headers, nowMs, out waitMs, out basis))
                {
                    if (waitMs > policy.MaxWaitMs)
                    {
                        return RetryDecision.Fail(FailReason.WaitTooLong, subject + ": the server asks for " + Text(Math.Ceiling(waitMs / 1000))
                            + " s, over the " + Text(policy.MaxWaitMs / 1000.0) + " s a client waits");
                    }
                    return RetryDecision.Retry((long)Math.Ceiling(waitMs + Unit(random) * policy.JitterMaxMs), basis);
                }
            }
            return RetryDecision.Retry(BackoffMs(policy, attempt, random), RetryBasis.Backoff);
        }

        /// <summary>
        /// The backoff before retry <paramref name="attempt"/> (1 to MaxRetries): InitialDelayMs times
        /// Multiplier to the power attempt − 1, plus jitter, rounded half up, at most MaxDelayMs (runtime/SPEC.md §2).
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        public static long BackoffMs(DecisionPolicy policy, int attempt, Func<double> random)
        {
            if (policy == null) throw new ArgumentNullException("policy");
            double exponential = policy.InitialDelayMs * Math.Pow(policy.Multiplier, attempt - 1);
            double jitter = policy.JitterMinMs + Unit(random) * (policy.JitterMaxMs - policy.JitterMinMs);
            // Half rounds up; Math.Round would round it to even.
            double rounded = Math.Floor(exponential + jitter + 0.5);
            return rounded < policy.MaxDelayMs ? (long)rounded : policy.MaxDelayMs;
        }

        // A value in [0, 1]; a source that is missing, throws or gives NaN counts as 0 (runtime/SPEC.md §11).
        internal static double Unit(Func<double> random)
        {
            double x;
            try
            {
                x = random == null ? 0 : random();
            }
            catch (Exception)
            {
                return 0;
            }
            return x > 0 ? Math.Min(x, 1) : 0;
        }

        // The wait the rate-limit headers ask for; of two usable answers, the later one (runtime/SPEC.md §4, §5).
        private static bool RateLimitWait(DecisionPolicy policy, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, long nowMs, out double waitMs, out RetryBasis basis)
        {
            waitMs = 0;
            basis = RetryBasis.RetryAfter;
            bool found = false;
            string retryAfter = HeaderValues.TrimOptionalWhitespace(HeaderValues.Get(headers, policy.RetryAfterHeader));
            if (retryAfter.Length > 0)
            {
                double ms = RetryAfterMs(retryAfter, nowMs);
                if (Usable(ms))
                {
                    waitMs = ms;
                    found = true;
                }
            }
            string reset = HeaderValues.Get(headers, policy.ResetHeader);
            // A repeated reset header, joined: its first value.
            if (reset != null && reset.IndexOf(',') >= 0) reset = reset.Substring(0, reset.IndexOf(','));
            reset = HeaderValues.TrimOptionalWhitespace(reset);
            if (IsResetValue(reset))
            {
                double ms = ResetAtMs(policy, reset) - nowMs;
                if (Usable(ms) && (!found || ms > waitMs))
                {
                    waitMs = ms;
                    basis = RetryBasis.RateLimitReset;
                    found = true;
                }
            }
            return found;
        }

        // A wait in the future; NaN (no value) and infinity (a number too large to hold) are none.
        private static bool Usable(double ms)
        {
            return !double.IsNaN(ms) && !double.IsInfinity(ms) && ms > 0;
        }

        // The wait header (RetryAfterHeader) as delay-seconds or an HTTP-date, in ms from now; of a list, the first element; NaN when it is neither.
        private static double RetryAfterMs(string value, long nowMs)
        {
            int digits = Digits(value, 0);
            if (digits > 0 && IsListEnd(value, digits)) return Decimal(value.Substring(0, digits)) * 1000;
            // IMF-fixdate holds a comma itself, so the first list element is found by parsing, not splitting.
            long ms;
            int length;
            if (!HttpDates.TryParsePrefix(value, nowMs, out ms, out length) || !IsListEnd(value, length)) return double.NaN;
            return (double)ms - nowMs;
        }

        // Scanners rather than regular expressions: a Regex costs a cold start on Mono its tens of milliseconds.
        // How many ASCII digits start at <paramref name="at"/>.
        private static int Digits(string value, int at)
        {
            int i = at;
            while (i < value.Length && value[i] >= '0' && value[i] <= '9') i++;
            return i - at;
        }

        // The end of a list element: SP and HTAB, then a comma or the end.
        private static bool IsListEnd(string value, int at)
        {
            int i = at;
            while (i < value.Length && (value[i] == ' ' || value[i] == '\t')) i++;
            return i == value.Length || value[i] == ',';
        }

        // Digits with an optional fraction of digits, and nothing else.
        private static bool IsResetValue(string value)
        {
            int whole = Digits(value, 0);
            if (whole == 0) return false;
            if (whole == value.Length) return true;
            return value[whole] == '.' && Digits(value, whole + 1) > 0 && whole + 1 + Digits(value, whole + 1) == value.Length;
        }

        // The reset as Unix ms: seconds, or milliseconds from the policy's threshold up (runtime/SPEC.md §5).
        private static double ResetAtMs(DecisionPolicy policy, string value)
        {
            double n = Decimal(value);
            long? msFrom = policy.ResetMillisecondsFrom;
            return msFrom.HasValue && n >= msFrom.Value ? n : n * 1000;
        }

        // Digits with an optional fraction, to the nearest double; infinity when too large to hold.
        private static double Decimal(string digits)
        {
            double n;
            return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out n) ? n : double.PositiveInfinity;
        }

        private static string Text(long value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Text(double value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
