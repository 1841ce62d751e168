// Copied from runtime/csharp/src/ReconnectPolicy.cs by npm run build: edit that file, not this copy.
// The reconnect policy as a value (runtime/SPEC.md §12): the backoff, the cap per window, flapping, and each
// SDK family's codes with their class. The package supplies the catalog's as ReconnectPolicy.Default; any
// other policy of the same shape works alike.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Collections.ObjectModel;

    /// <summary>What the reconnect decision does with a code.</summary>
    public enum ReconnectClass
    {
        /// <summary>Reconnect after the policy's backoff.</summary>
        Reconnect,

        /// <summary>Reconnect at once the first time, as the source says; after the backoff when it comes back soon.</summary>
        ReconnectNow,

        /// <summary>The device has no network: reconnect once it is back.</summary>
        WaitForNetwork,

        /// <summary>A new tunnel would fail the same way.</summary>
        Stop,

        /// <summary>A success code.</summary>
        NotAnError,
    }

    /// <summary>One SDK code's class in a reconnect policy.</summary>
    public sealed class ReconnectCode
    {
        /// <summary>A code's class.</summary>
        /// <param name="identifier">The code's identifier, as its family's lookup gives it (<see cref="CodeFacts.Identifier"/>).</param>
        /// <param name="reconnectClass">What the decision does with it.</param>
        /// <param name="reason">Why a stop stops, for the advice's detail; null when the policy gives none.</param>
        /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="reconnectClass"/> is not a ReconnectClass.</exception>
        public ReconnectCode(string identifier, ReconnectClass reconnectClass, string reason = null)
        {
            if (identifier == null) throw new ArgumentNullException("identifier");
            if (reconnectClass < ReconnectClass.Reconnect || reconnectClass > ReconnectClass.NotAnError) throw new ArgumentOutOfRangeException("reconnectClass", reconnectClass, "not a ReconnectClass");
            Identifier = identifier;
            Class = reconnectClass;
            Reason = reason;
        }

        /// <summary>The code's identifier.</summary>
        public string Identifier { get; }

        /// <summary>What the decision does with the code.</summary>
        public ReconnectClass Class { get; }

        /// <summary>Why a stop stops, or null.</summary>
        public string Reason { get; }
    }

    /// <summary>An SDK family in a reconnect policy: how a key finds a code, and each code's class.</summary>
    public sealed class ReconnectFamily
    {
        private readonly Func<string, string> identify;

        // The identifier of the family's own enum member, given as an object; null for anything else.
        private readonly Func<object, string> identifyMember;
        private readonly Dictionary<string, ReconnectCode> codes = new Dictionary<string, ReconnectCode>(StringComparer.Ordinal);

        /// <summary>A family.</summary>
        /// <param name="name">The family's name, as a caller passes it ("Family").</param>
        /// <param name="identify">The identifier a key (decimal value, identifier, alias, older wire name) finds, or null: the family's own lookup.</param>
        /// <param name="codes">Each code's class; a code missing here is unknown to the decision.</param>
        /// <exception cref="ArgumentNullException">An argument or a code is null.</exception>
        /// <exception cref="ArgumentException">A code is listed twice.</exception>
        public ReconnectFamily(string name, Func<string, string> identify, IEnumerable<ReconnectCode> codes)
            : this(name, identify, null, codes)
        {
        }

        private ReconnectFamily(string name, Func<string, string> identify, Func<object, string> identifyMember, IEnumerable<ReconnectCode> codes)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (identify == null) throw new ArgumentNullException("identify");
            if (codes == null) throw new ArgumentNullException("codes");
            Name = name;
            this.identify = identify;
            this.identifyMember = identifyMember;
            foreach (ReconnectCode code in codes)
            {
                if (code == null) throw new ArgumentNullException("codes", "a code is null");
                if (this.codes.ContainsKey(code.Identifier)) throw new ArgumentException(name + "." + code.Identifier + " is listed twice", "codes");
                this.codes.Add(code.Identifier, code);
            }
            Codes = new ReadOnlyDictionary<string, ReconnectCode>(this.codes);
        }

        /// <summary>
        /// A family whose keys its lookup class finds (<c>Families.Lookup</c>): a match gives the code's
        /// identifier; a member of the family's enum, passed as an object, finds itself.
        /// </summary>
        /// <typeparam name="T">The family's enum.</typeparam>
        /// <param name="name">The family's name.</param>
        /// <param name="lookup">The family's lookup by text key.</param>
        /// <param name="identifier">A member's identifier (<c>Families.Identifier</c>).</param>
        /// <param name="codes">Each code's class.</param>
        /// <exception cref="ArgumentNullException">An argument or a code is null.</exception>
        public static ReconnectFamily Of<T>(string name, Func<string, CodeMatch<T>> lookup, Func<T, string> identifier, IEnumerable<ReconnectCode> codes) where T : struct
        {
            if (lookup == null) throw new ArgumentNullException("lookup");
            if (identifier == null) throw new ArgumentNullException("identifier");
            return new ReconnectFamily(name, key =>
            {
                CodeMatch<T> match = lookup(key);
                return match == null ? null : match.Facts.Identifier;
            }, code => code is T ? identifier((T)code) : null, codes);
        }

        /// <summary>The family's name.</summary>
        public string Name { get; }

        /// <summary>Each code's class, by identifier.</summary>
        public IReadOnlyDictionary<string, ReconnectCode> Codes { get; }

        /// <summary>The code a text key finds; null for an unknown or null key, or when the lookup throws.</summary>
        public ReconnectCode Find(string key)
        {
            if (key == null) return null;
            return ByIdentifier(() => identify(key));
        }

        // The code a member of the family's enum is; null for anything else.
        internal ReconnectCode FindMember(object member)
        {
            if (identifyMember == null || member == null) return null;
            return ByIdentifier(() => identifyMember(member));
        }

        private ReconnectCode ByIdentifier(Func<string> identifier)
        {
            string found;
            try
            {
                found = identifier();
            }
            catch (Exception)
            {
                return null;
            }
            ReconnectCode code;
            return found != null && codes.TryGetValue(found, out code) ? code : null;
        }
    }

    /// <summary>The numbers and tables <see cref="Reconnects"/> decides by.</summary>
    public sealed partial class ReconnectPolicy
    {
        private readonly Dictionary<string, ReconnectFamily> families = new Dictionary<string, ReconnectFamily>(StringComparer.Ordinal);

        /// <summary>A policy; it checks its own numbers.</summary>
        /// <param name="initialDelay">The backoff before the first reconnect of a window.</param>
        /// <param name="multiplier">What each reconnect already in the window multiplies the backoff by.</param>
        /// <param name="maxDelay">The longest backoff.</param>
        /// <param name="jitterRatio">The most of a backoff the jitter takes off, in [0, 1].</param>
        /// <param name="window">How far back reconnects count.</param>
        /// <param name="maxReconnects">How many reconnects a window holds; one more is a stop.</param>
        /// <param name="flappingWithin">How soon after the tunnel came up the same error counts as flapping.</param>
        /// <param name="flappingTimes">After how many times the tunnel came up flapping is a stop.</param>
        /// <param name="families">The SDK families and their codes; any other family is unknown.</param>
        /// <exception cref="ArgumentNullException"><paramref name="families"/> or one of them is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A number is negative, not finite, or out of its range.</exception>
        /// <exception cref="ArgumentException">A family is listed twice.</exception>
        public ReconnectPolicy(TimeSpan initialDelay, double multiplier, TimeSpan maxDelay, double jitterRatio, TimeSpan window, int maxReconnects, TimeSpan flappingWithin, int flappingTimes, IEnumerable<ReconnectFamily> families)
        {
            if (initialDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException("initialDelay", initialDelay, "must not be negative");
            if (double.IsNaN(multiplier) || double.IsInfinity(multiplier) || multiplier < 0) throw new ArgumentOutOfRangeException("multiplier", multiplier, "must be a finite number from 0");
            if (maxDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException("maxDelay", maxDelay, "must not be negative");
            if (!(jitterRatio >= 0 && jitterRatio <= 1)) throw new ArgumentOutOfRangeException("jitterRatio", jitterRatio, "must lie in [0, 1]");
            if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException("window", window, "must be positive");
            if (maxReconnects < 1) throw new ArgumentOutOfRangeException("maxReconnects", maxReconnects, "must be at least 1");
            if (flappingWithin < TimeSpan.Zero) throw new ArgumentOutOfRangeException("flappingWithin", flappingWithin, "must not be negative");
            if (flappingTimes < 1) throw new ArgumentOutOfRangeException("flappingTimes", flappingTimes, "must be at least 1");
            if (families == null) throw new ArgumentNullException("families");
            InitialDelay = initialDelay;
            Multiplier = multiplier;
            MaxDelay = maxDelay;
            JitterRatio = jitterRatio;
            Window = window;
            MaxReconnects = maxReconnects;
            FlappingWithin = flappingWithin;
            FlappingTimes = flappingTimes;
            foreach (ReconnectFamily family in families)
            {
                if (family == null) throw new ArgumentNullException("families", "a family is null");
                if (this.families.ContainsKey(family.Name)) throw new ArgumentException(family.Name + " is listed twice", "families");
                this.families.Add(family.Name, family);
            }
            Families = new ReadOnlyDictionary<string, ReconnectFamily>(this.families);
        }

        /// <summary>The backoff before the first reconnect of a window.</summary>
        public TimeSpan InitialDelay { get; }

        /// <summary>What each reconnect already in the window multiplies the backoff by.</summary>
        public double Multiplier { get; }

        /// <summary>The longest backoff.</summary>
        public TimeSpan MaxDelay { get; }

        /// <summary>The most of a backoff the jitter takes off, in [0, 1].</summary>
        public double JitterRatio { get; }

        /// <summary>How far back reconnects count.</summary>
        public TimeSpan Window { get; }

        /// <summary>How many reconnects a window holds.</summary>
        public int MaxReconnects { get; }

        /// <summary>How soon after the tunnel came up the same error counts as flapping.</summary>
        public TimeSpan FlappingWithin { get; }

        /// <summary>After how many times the tunnel came up flapping is a stop.</summary>
        public int FlappingTimes { get; }

        /// <summary>The SDK families, by name.</summary>
        public IReadOnlyDictionary<string, ReconnectFamily> Families { get; }
    }
}
