// "The SDK reported an error; reconnect the tunnel, and when?" The decision of runtime/SPEC.md §12, with every
// number and class from a ReconnectPolicy. Pure: the history, the clock and the random source are the caller's.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;

    /// <summary>An error the SDK reported earlier: when, and which code.</summary>
    public sealed partial class ReconnectError
    {
        /// <summary>An earlier error.</summary>
        /// <param name="at">When it was reported.</param>
        /// <param name="family">Its family's name.</param>
        /// <param name="code">Its value (an int), any text key its family's lookup accepts, or the family's enum member.</param>
        public ReconnectError(DateTimeOffset at, string family, object code)
        {
            At = at;
            Family = family;
            Code = code;
        }

        /// <summary>When it was reported.</summary>
        public DateTimeOffset At { get; }

        /// <summary>Its family's name.</summary>
        public string Family { get; }

        /// <summary>Its value or key.</summary>
        public object Code { get; }
    }

    /// <summary>What happened before; order does not matter, and times after now are ignored.</summary>
    public sealed class ReconnectHistory
    {
        /// <summary>When each reconnect started: the window's cap and the backoff count these.</summary>
        public IEnumerable<DateTimeOffset> Reconnects { get; set; }

        /// <summary>When the tunnel came up: flapping counts an error that follows one of these, not a reconnect that failed.</summary>
        public IEnumerable<DateTimeOffset> Connected { get; set; }

        /// <summary>The errors the SDK reported.</summary>
        public IEnumerable<ReconnectError> Errors { get; set; }
    }

    /// <summary>What a reconnect decision needs besides the error and its history; every property has a default.</summary>
    public sealed class ReconnectOptions
    {
        /// <summary>The policy to decide by; null for the package's policy from the catalog.</summary>
        public ReconnectPolicy Policy { get; set; }

        /// <summary>The current time; null for <see cref="DateTimeOffset.UtcNow"/>.</summary>
        public Func<DateTimeOffset> Clock { get; set; }

        /// <summary>The jitter's source, giving values in [0, 1); null for a shared <see cref="System.Random"/>.</summary>
        public Func<double> Random { get; set; }
    }

    /// <summary>The reconnect decision. Never throws for any family, code, history, clock or random source.</summary>
    public static partial class Reconnects
    {
        // The package's policy, which the generated part supplies; the runtime alone has none.
        static partial void PackagePolicy(ref ReconnectPolicy policy);

        /// <summary>
        /// What to do about an SDK error <paramref name="code"/> of <paramref name="family"/>, given the history:
        /// under <see cref="ReconnectOptions.Policy"/>, else the package's policy.
        /// </summary>
        /// <param name="family">The family's name.</param>
        /// <param name="code">The code's value (an int or long), any text key its family's lookup accepts, or the family's enum member; anything else is an unknown code.</param>
        /// <param name="history">What happened before; null for nothing.</param>
        /// <param name="options">The policy, the clock and the random source; null for the defaults.</param>
        public static ReconnectAdvice AdviseReconnect(string family, object code, ReconnectHistory history = null, ReconnectOptions options = null)
        {
            ReconnectPolicy policy = options == null ? null : options.Policy;
            if (policy == null) PackagePolicy(ref policy);
            long now = RetryOptions.NowMs(options == null ? null : options.Clock);
            return Advise(policy, family, code, history, now, RetryOptions.RandomSource(options == null ? null : options.Random));
        }

        /// <summary>What to do about an SDK error under <paramref name="policy"/>, at <paramref name="now"/>, with jitter from <paramref name="random"/>.</summary>
        /// <param name="policy">The numbers and classes to decide by; null gives a stop (not-reconnectable).</param>
        /// <param name="family">The family's name.</param>
        /// <param name="code">The code's value (an int or long), any text key its family's lookup accepts, or the family's enum member.</param>
        /// <param name="history">What happened before; null for nothing.</param>
        /// <param name="now">The current time.</param>
        /// <param name="random">The jitter's source, giving values in [0, 1); missing, throwing or NaN reads as 0.</param>
        public static ReconnectAdvice AdviseReconnect(ReconnectPolicy policy, string family, object code, ReconnectHistory history, DateTimeOffset now, Func<double> random)
        {
            return Advise(policy, family, code, history, now.ToUnixTimeMilliseconds(), random);
        }

        private static ReconnectAdvice Advise(ReconnectPolicy policy, string family, object code, ReconnectHistory history, long now, Func<double> random)
        {
            if (policy == null) return ReconnectAdvice.Stop(ReconnectStopReason.NotReconnectable, "no reconnect policy");
            ReconnectCode known = Find(policy, family, code);
            if (known == null) return ReconnectAdvice.Stop(ReconnectStopReason.UnknownCode, (family ?? "null") + " has no code " + Describe(code));
            string subject = family + "." + known.Identifier;
            if (known.Class == ReconnectClass.NotAnError) return ReconnectAdvice.Stop(ReconnectStopReason.NotAnError, subject + " is a success code");
            if (known.Class == ReconnectClass.Stop) return ReconnectAdvice.Stop(ReconnectStopReason.NotReconnectable, subject + ": " + (known.Reason ?? "a new tunnel would fail the same way"));

            List<long> reconnects;
            List<long> connected;
            List<long> errors;
            try
            {
                reconnects = Times(history == null ? null : history.Reconnects, now);
                connected = Times(history == null ? null : history.Connected, now);
                errors = SameCode(policy, history == null ? null : history.Errors, family, known, now);
            }
            catch (Exception)
            {
                // A history whose enumerators throw reads as none.
                reconnects = new List<long>();
                connected = new List<long>();
                errors = new List<long>();
            }
            errors.Add(now);

            long windowMs = Ms(policy.Window);
            long withinMs = Ms(policy.FlappingWithin);
            int recent = 0;
            bool soon = false;
            foreach (long t in reconnects)
            {
                if (t > now - windowMs) recent++;
                if (t > now - withinMs) soon = true;
            }
            if (recent >= policy.MaxReconnects)
            {
                return ReconnectAdvice.Stop(ReconnectStopReason.WindowExhausted, subject + ": " + Text(recent) + " reconnects in the last " + Text(windowMs / 1000.0)
                    + " s, the most the policy allows; ask the user");
            }
            if (Flapping(connected, errors, policy.FlappingTimes, withinMs))
            {
                return ReconnectAdvice.Stop(ReconnectStopReason.Flapping, subject + " came back within " + Text(withinMs / 1000.0) + " s of each of the last "
                    + Text(policy.FlappingTimes) + " times the tunnel came up: a new tunnel does not clear it; ask the user");
            }
            if (known.Class == ReconnectClass.WaitForNetwork) return ReconnectAdvice.WaitForNetwork();
            if (known.Class == ReconnectClass.ReconnectNow && !soon) return ReconnectAdvice.Reconnect(0, ReconnectBasis.Immediate);
            double backoff = Math.Min(Ms(policy.InitialDelay) * Math.Pow(policy.Multiplier, recent), Ms(policy.MaxDelay));
            // Half rounds up; Math.Round would round it to even.
            double delay = Math.Floor(backoff * (1 - policy.JitterRatio * Retries.Unit(random)) + 0.5);
            return ReconnectAdvice.Reconnect((long)delay, ReconnectBasis.Backoff);
        }

        // A reconnect that never connected (the gateway is down) is the backoff's business, not flapping: each of
        // the last times the tunnel came up must be followed, within the limit (after, not at), by this error.
        private static bool Flapping(List<long> connected, List<long> errors, int times, long withinMs)
        {
            if (connected.Count < times) return false;
            for (int i = connected.Count - times; i < connected.Count; i++)
            {
                long up = connected[i];
                if (!errors.Exists(t => t > up && t - up <= withinMs)) return false;
            }
            return true;
        }

        // The code a family's key finds, when the family is one of the policy's.
        private static ReconnectCode Find(ReconnectPolicy policy, string family, object code)
        {
            ReconnectFamily known;
            if (family == null || !policy.Families.TryGetValue(family, out known)) return null;
            return known.FindMember(code) ?? known.Find(Key(code));
        }

        // A key as text: a string as it is, a whole number as its decimal digits; null for anything else (an
        // enum member's number means nothing outside its own family, whose ReconnectFamily finds the member).
        private static string Key(object code)
        {
            if (code == null || code is Enum) return null;
            string text = code as string;
            if (text != null) return text;
            if (code is int || code is long || code is short || code is sbyte || code is byte || code is ushort || code is uint || code is ulong)
            {
                return Convert.ToString(code, CultureInfo.InvariantCulture);
            }
            if (code is double || code is float)
            {
                double n = Convert.ToDouble(code, CultureInfo.InvariantCulture);
                // A fractional or huge number is no code; from 2^53 a double is no exact integer either.
                return n == Math.Floor(n) && Math.Abs(n) < 9007199254740992.0 ? ((long)n).ToString(CultureInfo.InvariantCulture) : null;
            }
            return null;
        }

        private static string Describe(object code)
        {
            string text = code as string;
            if (text != null) return "\"" + text + "\"";
            string key = Key(code);
            return key ?? (code == null ? "null" : "of type " + code.GetType().Name);
        }

        // The times at or before now, sorted.
        private static List<long> Times(IEnumerable<DateTimeOffset> list, long now)
        {
            var times = new List<long>();
            if (list == null) return times;
            foreach (DateTimeOffset t in list)
            {
                long ms = t.ToUnixTimeMilliseconds();
                if (ms <= now) times.Add(ms);
            }
            times.Sort();
            return times;
        }

        // When the same code of the same family came before, at or before now.
        private static List<long> SameCode(ReconnectPolicy policy, IEnumerable<ReconnectError> list, string family, ReconnectCode known, long now)
        {
            var times = new List<long>();
            if (list == null) return times;
            foreach (ReconnectError e in list)
            {
                if (e == null || e.Family != family) continue;
                long ms = e.At.ToUnixTimeMilliseconds();
                if (ms <= now && Find(policy, e.Family, e.Code) == known) times.Add(ms);
            }
            return times;
        }

        private static long Ms(TimeSpan span)
        {
            return (long)span.TotalMilliseconds;
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
