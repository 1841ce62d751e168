// Copied from runtime/csharp/src/RetryOptions.cs by npm run build: edit that file, not this copy.
// The optional inputs of a retry decision, with defaults: the attempt, whether the token was refreshed, the
// clock and the jitter's random source (issue 20: no call passes seven positional arguments).
namespace VpnErrorCodes
{
    using System;

    /// <summary>What a retry decision needs besides the response; every property has a default.</summary>
    public sealed class RetryOptions
    {
        private static readonly Random Shared = new Random();

        /// <summary>The numbers and tables to decide by; null for the package's policy from the catalog.</summary>
        public DecisionPolicy Policy { get; set; }

        /// <summary>Which send of the request the response answers, from 1 (the default).</summary>
        public int Attempt { get; set; } = 1;

        /// <summary>True once the token has been refreshed for this request.</summary>
        public bool TokenRefreshed { get; set; }

        /// <summary>The current time; null for <see cref="DateTimeOffset.UtcNow"/>.</summary>
        public Func<DateTimeOffset> Clock { get; set; }

        /// <summary>The jitter's source, giving values in [0, 1); null for a shared <see cref="System.Random"/>.</summary>
        public Func<double> Random { get; set; }

        internal long NowMs()
        {
            return NowMs(Clock);
        }

        internal Func<double> RandomSource()
        {
            return RandomSource(Random);
        }

        // The clock's time in Unix ms; the reconnect decision reads its clock alike.
        internal static long NowMs(Func<DateTimeOffset> clock)
        {
            try
            {
                return (clock == null ? DateTimeOffset.UtcNow : clock()).ToUnixTimeMilliseconds();
            }
            catch (Exception)
            {
                // A clock that fails reads as the current time (runtime/SPEC.md §11).
                return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }
        }

        internal static Func<double> RandomSource(Func<double> random)
        {
            if (random != null) return random;
            return () =>
            {
                lock (Shared) return Shared.NextDouble();
            };
        }
    }
}
