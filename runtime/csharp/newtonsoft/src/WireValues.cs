// A code's wire value as Json.NET reads and writes it: a JSON integer for an integer family, a JSON string
// for a name family, nothing else (no "7" for 7, no 7.0), as the catalog's schemas type them.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using System.Globalization;
    using Newtonsoft.Json;

    internal static class WireValues
    {
        /// <summary>Refuses a raw type no family has, when a converter is made rather than when it first reads.</summary>
        internal static void Check<TRaw>()
        {
            if (typeof(TRaw) != typeof(int) && typeof(TRaw) != typeof(string)) throw new ArgumentException("a family's wire values are int or string, not " + typeof(TRaw).Name, "TRaw");
        }

        /// <exception cref="JsonSerializationException">The token is not a wire value of the family.</exception>
        internal static TRaw Read<TRaw>(JsonReader reader)
        {
            if (typeof(TRaw) == typeof(string))
            {
                if (reader.TokenType != JsonToken.String) throw JsonText.Refused(reader, "a code of this family is a JSON string, not " + reader.TokenType);
                return (TRaw)reader.Value;
            }
            if (reader.TokenType != JsonToken.Integer) throw JsonText.Refused(reader, "a code of this family is a JSON integer, not " + reader.TokenType);
            // Json.NET gives a long, or a BigInteger beyond one; either may be outside int.
            string digits = Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
            int code;
            if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code)) throw JsonText.Refused(reader, "no code of this family is " + digits);
            return (TRaw)(object)code;
        }

        internal static void Write<TRaw>(JsonWriter writer, TRaw raw)
        {
            if (typeof(TRaw) == typeof(string)) writer.WriteValue((string)(object)raw);
            else writer.WriteValue((int)(object)raw);
        }
    }
}
