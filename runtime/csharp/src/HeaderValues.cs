// Reading one header from a response's headers (runtime/SPEC.md §3).
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Text;

    internal static class HeaderValues
    {
        private static readonly char[] OptionalWhitespace = { ' ', '\t' };
        private static readonly char[] LineWhitespace = { ' ', '\t', '\r', '\n' };

        /// <summary>
        /// A header's values, the name matched in any case, joined by ", " in order; null when absent. Each
        /// value is read without the SP, HTAB, CR and LF around it, which a field line's value never holds.
        /// </summary>
        internal static string Get(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string name)
        {
            if (headers == null || name == null) return null;
            StringBuilder joined = null;
            try
            {
                foreach (var entry in headers)
                {
                    if (entry.Key == null || entry.Value == null || !string.Equals(entry.Key, name, StringComparison.OrdinalIgnoreCase)) continue;
                    foreach (string value in entry.Value)
                    {
                        if (value == null) continue;
                        if (joined == null) joined = new StringBuilder();
                        else joined.Append(", ");
                        joined.Append(value.Trim(LineWhitespace));
                    }
                }
            }
            catch (Exception)
            {
                // Headers that throw while they are read count as absent (runtime/SPEC.md §11).
                return null;
            }
            return joined == null ? null : joined.ToString();
        }

        /// <summary>
        /// A value without its optional whitespace, SP and HTAB only (RFC 9110 §5.6.3): any other character,
        /// a no-break or ideographic space, a vertical tab or a form feed among them, is part of the value.
        /// Null reads as empty.
        /// </summary>
        internal static string TrimOptionalWhitespace(string value)
        {
            return value == null ? "" : value.Trim(OptionalWhitespace);
        }
    }
}
