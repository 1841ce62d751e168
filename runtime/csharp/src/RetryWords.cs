// The words of a retry decision (runtime/SPEC.md §7): the strategies a policy assigns, what set a retry's
// delay and why a request fails. Wire() gives each as the decision vectors and the catalog spell it.
namespace VpnErrorCodes
{
    using System.Globalization;

    /// <summary>What a client does about an error, as a catalog's retry advice names it.</summary>
    public enum RetryStrategy
    {
        /// <summary>Not an error: nothing to retry.</summary>
        NotApplicable,

        /// <summary>Sending the request again will not help.</summary>
        NoRetry,

        /// <summary>Retry with exponential backoff.</summary>
        Backoff,

        /// <summary>Wait for the rate-limit window the headers name, then retry.</summary>
        WaitForWindow,

        /// <summary>Refresh the access token, then retry once.</summary>
        RefreshCredentials,

        /// <summary>Reconnect the tunnel: no step an HTTP client can take before sending again.</summary>
        ReconnectTunnel,
    }

    /// <summary>What set a retry's delay.</summary>
    public enum RetryBasis
    {
        /// <summary>The policy's exponential backoff.</summary>
        Backoff,

        /// <summary>The policy's header with the wait in seconds or as an HTTP date.</summary>
        RetryAfter,

        /// <summary>The header naming the end of the rate-limit window.</summary>
        RateLimitReset,
    }

    /// <summary>Why the request should not be sent again.</summary>
    public enum FailReason
    {
        /// <summary>The status is a success.</summary>
        NotAnError,

        /// <summary>The policy says a retry will not help, or does not list the status.</summary>
        NotRetryable,

        /// <summary>The policy's retries are used up.</summary>
        AttemptsExhausted,

        /// <summary>The token was refreshed already and the server still refuses it.</summary>
        RefreshAlreadyTried,

        /// <summary>The server asks for a longer wait than the policy allows.</summary>
        WaitTooLong,

        /// <summary>The attempt number is not a whole number from 1.</summary>
        InvalidAttempt,
    }

    /// <summary>The words of <see cref="RetryStrategy"/>, <see cref="RetryBasis"/> and <see cref="FailReason"/> as they travel.</summary>
    public static class RetryWords
    {
        /// <summary>The strategy as a catalog writes it ("wait-for-window"); an undefined value gives its number.</summary>
        public static string Wire(this RetryStrategy value)
        {
            switch (value)
            {
                case RetryStrategy.NotApplicable: return "not-applicable";
                case RetryStrategy.NoRetry: return "no-retry";
                case RetryStrategy.Backoff: return "backoff";
                case RetryStrategy.WaitForWindow: return "wait-for-window";
                case RetryStrategy.RefreshCredentials: return "refresh-credentials";
                case RetryStrategy.ReconnectTunnel: return "reconnect-tunnel";
                default: return Number((int)value);
            }
        }

        /// <summary>The basis as a decision prints it ("retry-after"); an undefined value gives its number.</summary>
        public static string Wire(this RetryBasis value)
        {
            switch (value)
            {
                case RetryBasis.Backoff: return "backoff";
                case RetryBasis.RetryAfter: return "retry-after";
                case RetryBasis.RateLimitReset: return "rate-limit-reset";
                default: return Number((int)value);
            }
        }

        /// <summary>The reason as a decision prints it ("wait-too-long"); an undefined value gives its number.</summary>
        public static string Wire(this FailReason value)
        {
            switch (value)
            {
                case FailReason.NotAnError: return "not-an-error";
                case FailReason.NotRetryable: return "not-retryable";
                case FailReason.AttemptsExhausted: return "attempts-exhausted";
                case FailReason.RefreshAlreadyTried: return "refresh-already-tried";
                case FailReason.WaitTooLong: return "wait-too-long";
                case FailReason.InvalidAttempt: return "invalid-attempt";
                default: return Number((int)value);
            }
        }

        // Enum.IsDefined reads the enum by reflection, which costs a cold start on Mono.
        internal static bool IsDefined(RetryStrategy value)
        {
            return value >= RetryStrategy.NotApplicable && value <= RetryStrategy.ReconnectTunnel;
        }

        private static string Number(int value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
