// Copied from runtime/csharp/src/OpenCode.cs by npm run build: edit that file, not this copy.
// The open value every family's Decode gives: known member or not, the raw code is kept, typed as the
// family's wire values are (int or string), so that a caller compares and switches on it without a cast.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;

    /// <summary>
    /// A code as it arrived from the SDK or the API: the member when the catalog knows the code, and the raw
    /// value either way, so that a code from a newer SDK or server is kept rather than lost or thrown.
    /// </summary>
    /// <typeparam name="TCode">The family's enum.</typeparam>
    /// <typeparam name="TRaw">The family's wire values: <see cref="int"/> in an integer family, <see cref="string"/> in a name family.</typeparam>
    public struct OpenCode<TCode, TRaw> : IEquatable<OpenCode<TCode, TRaw>>
        where TCode : struct
    {
        /// <summary>A raw value, with its member when there is one.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
        public OpenCode(TRaw raw, TCode? known)
        {
            // A boxed null is the only null a TRaw can be; int never is.
            if ((object)raw == null) throw new ArgumentNullException("raw");
            Raw = raw;
            Known = known;
        }

        /// <summary>The value as it arrived.</summary>
        public TRaw Raw { get; }

        /// <summary>The member, when the catalog knows the code; null otherwise.</summary>
        public TCode? Known { get; }

        /// <summary>True when the catalog knows the code.</summary>
        public bool IsKnown
        {
            get { return Known.HasValue; }
        }

        /// <summary>Whether both have the same raw value and member.</summary>
        public static bool operator ==(OpenCode<TCode, TRaw> left, OpenCode<TCode, TRaw> right)
        {
            return left.Equals(right);
        }

        /// <summary>Whether the raw values or members differ.</summary>
        public static bool operator !=(OpenCode<TCode, TRaw> left, OpenCode<TCode, TRaw> right)
        {
            return !left.Equals(right);
        }

        /// <summary>Whether <paramref name="other"/> has the same raw value (ordinal for a string) and member.</summary>
        public bool Equals(OpenCode<TCode, TRaw> other)
        {
            return EqualityComparer<TRaw>.Default.Equals(Raw, other.Raw) && EqualityComparer<TCode?>.Default.Equals(Known, other.Known);
        }

        /// <summary>Whether <paramref name="obj"/> is an open code of the same family with the same raw value and member.</summary>
        public override bool Equals(object obj)
        {
            return obj is OpenCode<TCode, TRaw> && Equals((OpenCode<TCode, TRaw>)obj);
        }

        /// <summary>A hash of the raw value and member.</summary>
        public override int GetHashCode()
        {
            int raw = (object)Raw == null ? 0 : EqualityComparer<TRaw>.Default.GetHashCode(Raw);
            return (raw * 397) ^ EqualityComparer<TCode?>.Default.GetHashCode(Known);
        }

        /// <summary>The raw value, its digits in the invariant culture whatever the thread's culture is.</summary>
        public override string ToString()
        {
            return Convert.ToString(Raw, CultureInfo.InvariantCulture) ?? "";
        }
    }
}
