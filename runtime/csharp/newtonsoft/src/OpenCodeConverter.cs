// A family's open code as Json.NET reads and writes it: any wire value of the family, the catalog's member
// when there is one, the raw value always, so that a code from a newer SDK or server survives a round trip.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using Newtonsoft.Json;

    /// <summary>
    /// Reads and writes <see cref="OpenCode{TCode, TRaw}"/> (and its nullable) as the raw wire value, through
    /// the family's own <c>Decode</c>: a code the catalog does not know is kept, not refused.
    /// </summary>
    /// <typeparam name="TCode">The family's enum.</typeparam>
    /// <typeparam name="TRaw">Its wire values: <see cref="int"/> or <see cref="string"/>.</typeparam>
    public sealed class OpenCodeConverter<TCode, TRaw> : JsonConverter
        where TCode : struct
    {
        private readonly Func<TRaw, OpenCode<TCode, TRaw>> decode;

        /// <summary>A converter from the family's <c>Decode</c>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="decode"/> is null.</exception>
        /// <exception cref="ArgumentException"><typeparamref name="TRaw"/> is neither int nor string.</exception>
        public OpenCodeConverter(Func<TRaw, OpenCode<TCode, TRaw>> decode)
        {
            if (decode == null) throw new ArgumentNullException("decode");
            WireValues.Check<TRaw>();
            this.decode = decode;
        }

        /// <summary>True for <c>OpenCode&lt;TCode, TRaw&gt;</c> and its nullable.</summary>
        public override bool CanConvert(Type objectType)
        {
            return objectType == typeof(OpenCode<TCode, TRaw>) || objectType == typeof(OpenCode<TCode, TRaw>?);
        }

        /// <summary>The code the reader is on, known or not; null for a JSON null read as the nullable.</summary>
        /// <exception cref="JsonSerializationException">Not a wire value of the family (a string in an integer family, say).</exception>
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                if (objectType == typeof(OpenCode<TCode, TRaw>?)) return null;
                throw JsonText.Refused(reader, "an open " + typeof(TCode).Name + " cannot be null");
            }
            return decode(WireValues.Read<TRaw>(reader));
        }

        /// <summary>The raw value, as it arrived.</summary>
        /// <exception cref="JsonSerializationException">The default value, which holds no code.</exception>
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            if (value == null)
            {
                writer.WriteNull();
                return;
            }
            var open = (OpenCode<TCode, TRaw>)value;
            if ((object)open.Raw == null) throw new JsonSerializationException("default(OpenCode<" + typeof(TCode).Name + ", string>) holds no code.");
            WireValues.Write(writer, open.Raw);
        }
    }
}
