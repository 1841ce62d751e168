// The open value every family's Decode gives: known member or not, the raw code is kept.
namespace VpnErrorCodes
{
    using System;
    using System.Globalization;

    /// <summary>
    /// A code as it arrived from the SDK or the API: the member when the catalog knows the code, and the raw
    /// value either way, so that a code from a newer SDK or server is kept rather than lost or thrown.
    /// </summary>
    /// <typeparam name="T">The family's enum.</typeparam>
    public struct OpenCode<T> where T : struct
    {
        /// <summary>A raw value, with its member when there is one.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
        public OpenCode(object raw, T? known)
        {
            if (raw == null) throw new ArgumentNullException("raw");
            Raw = raw;
            Known = known;
        }

        /// <summary>The value as it arrived: an int in an integer family, a string in a name family.</summary>
        public object Raw { get; }

        /// <summary>The member, when the catalog knows the code; null otherwise.</summary>
        public T? Known { get; }

        /// <summary>True when the catalog knows the code.</summary>
        public bool IsKnown
        {
            get { return Known.HasValue; }
        }

        /// <summary>The raw value.</summary>
        public override string ToString()
        {
            return Convert.ToString(Raw, CultureInfo.InvariantCulture);
        }
    }
}
