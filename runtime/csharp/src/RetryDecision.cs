// The answer of Retries.AdviseRetry: retry after a delay, refresh the token, or fail with a reason.
namespace VpnErrorCodes
{
    using System.Globalization;

    /// <summary>The three answers of a retry decision.</summary>
    public enum RetryAction
    {
        /// <summary>Send the request again after <see cref="RetryDecision.DelayMs"/>.</summary>
        Retry,

        /// <summary>Refresh the access token, then send the request once more.</summary>
        RefreshToken,

        /// <summary>Do not send the request again.</summary>
        Fail,
    }

    /// <summary>What to do about a response; ToString() gives it in one line, as the shared decision vectors print it.</summary>
    public sealed class RetryDecision
    {
        private RetryDecision(RetryAction action, long delayMs, RetryBasis? basis, FailReason? reason, string detail)
        {
            Action = action;
            DelayMs = delayMs;
            Basis = basis;
            Reason = reason;
            Detail = detail;
        }

        /// <summary>Send again, refresh the token, or fail.</summary>
        public RetryAction Action { get; }

        /// <summary>How long to wait before sending again, in milliseconds; 0 unless Action is Retry.</summary>
        public long DelayMs { get; }

        /// <summary>How long to wait before sending again (<c>await Task.Delay(decision.Delay)</c>); zero unless Action is Retry; TimeSpan.MaxValue for a wait longer than a TimeSpan holds.</summary>
        public System.TimeSpan Delay
        {
            get { return Span(DelayMs); }
        }

        /// <summary>What set the delay, for Retry; null otherwise.</summary>
        public RetryBasis? Basis { get; }

        /// <summary>Why not to retry, for Fail; null otherwise.</summary>
        public FailReason? Reason { get; }

        /// <summary>One sentence for logs on a Fail; empty otherwise.</summary>
        public string Detail { get; }

        /// <summary>True when the request should be sent again, after Delay or a token refresh.</summary>
        public bool ShouldRetry
        {
            get { return Action != RetryAction.Fail; }
        }

        /// <summary>"retry 1125 backoff", "refresh-token" or "fail wait-too-long".</summary>
        public override string ToString()
        {
            switch (Action)
            {
                case RetryAction.Retry: return "retry " + DelayMs.ToString(CultureInfo.InvariantCulture) + " " + Basis.Value.Wire();
                case RetryAction.RefreshToken: return "refresh-token";
                default: return "fail " + Reason.Value.Wire();
            }
        }

        // Milliseconds as a TimeSpan, TimeSpan.MaxValue beyond it: TimeSpan.FromMilliseconds throws past about 29,000 years.
        internal static System.TimeSpan Span(long ms)
        {
            return ms >= System.TimeSpan.MaxValue.Ticks / System.TimeSpan.TicksPerMillisecond ? System.TimeSpan.MaxValue : System.TimeSpan.FromTicks(ms * System.TimeSpan.TicksPerMillisecond);
        }

        internal static RetryDecision Retry(long delayMs, RetryBasis basis)
        {
            return new RetryDecision(RetryAction.Retry, delayMs, basis, null, "");
        }

        internal static RetryDecision RefreshToken()
        {
            return new RetryDecision(RetryAction.RefreshToken, 0, null, null, "");
        }

        internal static RetryDecision Fail(FailReason reason, string detail)
        {
            return new RetryDecision(RetryAction.Fail, 0, null, reason, detail);
        }
    }
}
