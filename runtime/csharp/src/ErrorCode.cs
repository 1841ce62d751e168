// The envelope's error.code, open to codes the catalog does not know (runtime/SPEC.md §9). The package
// adds Known, the catalog's member for a code it knows.
namespace VpnErrorCodes
{
    using System;
    using Newtonsoft.Json;

    /// <summary>
    /// The envelope's error.code: a code the catalog knows, or one it does not know yet, kept as its string
    /// so that a response with a newer code still decodes.
    /// </summary>
    [JsonConverter(typeof(ErrorCodeJsonConverter))]
    public sealed partial class ErrorCode : IEquatable<ErrorCode>
    {
        /// <summary>Any code, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public ErrorCode(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            Value = value;
        }

        /// <summary>The code as it travels.</summary>
        public string Value { get; }

        /// <summary>Whether <paramref name="other"/> is the same code.</summary>
        public bool Equals(ErrorCode other)
        {
            return other != null && string.Equals(other.Value, Value, StringComparison.Ordinal);
        }

        /// <summary>Whether <paramref name="obj"/> is the same code.</summary>
        public override bool Equals(object obj)
        {
            return Equals(obj as ErrorCode);
        }

        /// <summary>The code's hash.</summary>
        public override int GetHashCode()
        {
            return StringComparer.Ordinal.GetHashCode(Value);
        }

        /// <summary>The code as it travels.</summary>
        public override string ToString()
        {
            return Value;
        }
    }

    /// <summary>Reads and writes an <see cref="ErrorCode"/> as its string.</summary>
    public sealed class ErrorCodeJsonConverter : JsonConverter
    {
        /// <summary>True for <see cref="ErrorCode"/>.</summary>
        public override bool CanConvert(Type objectType)
        {
            return objectType == typeof(ErrorCode);
        }

        /// <summary>The code from a JSON string; anything else is a JsonSerializationException.</summary>
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType != JsonToken.String)
            {
                throw new JsonSerializationException("error.code must be a string");
            }
            return new ErrorCode((string)reader.Value);
        }

        /// <summary>The code as a JSON string.</summary>
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            writer.WriteValue(((ErrorCode)value).Value);
        }
    }
}
