// Copied from runtime/csharp/newtonsoft/src/CodeEnumConverter.cs by npm run build: edit that file, not this copy.
// A family's enum as Json.NET reads and writes it: by its wire value, the vendor's spelling or the integer
// code, never the C# member's name, which is .NET's PascalCase and no part of the wire.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using System.Collections.Generic;
    using Newtonsoft.Json;

    /// <summary>
    /// Reads and writes <typeparamref name="TCode"/> (and <c>TCode?</c>) by its wire value. A code the catalog
    /// does not know cannot be a member: reading one throws, and <see cref="OpenCodeConverter{TCode, TRaw}"/>
    /// keeps it instead.
    /// </summary>
    /// <typeparam name="TCode">The family's enum.</typeparam>
    /// <typeparam name="TRaw">Its wire values: <see cref="int"/> or <see cref="string"/>.</typeparam>
    public sealed class CodeEnumConverter<TCode, TRaw> : JsonConverter
        where TCode : struct
    {
        private readonly Func<TCode, TRaw> code;
        private readonly Func<TRaw, TCode?> fromCode;

        /// <summary>A converter from the family's own two conversions.</summary>
        /// <param name="code">A member's wire value: the family's <c>Code()</c>.</param>
        /// <param name="fromCode">The member a wire value is, or null: the family's <c>FromCode</c>.</param>
        /// <exception cref="ArgumentNullException">A conversion is null.</exception>
        /// <exception cref="ArgumentException"><typeparamref name="TRaw"/> is neither int nor string.</exception>
        public CodeEnumConverter(Func<TCode, TRaw> code, Func<TRaw, TCode?> fromCode)
        {
            if (code == null) throw new ArgumentNullException("code");
            if (fromCode == null) throw new ArgumentNullException("fromCode");
            WireValues.Check<TRaw>();
            this.code = code;
            this.fromCode = fromCode;
        }

        /// <summary>True for <typeparamref name="TCode"/> and <c>TCode?</c>.</summary>
        public override bool CanConvert(Type objectType)
        {
            return objectType == typeof(TCode) || objectType == typeof(TCode?);
        }

        /// <summary>The member whose wire value the reader is on; null for a JSON null read as <c>TCode?</c>.</summary>
        /// <exception cref="JsonSerializationException">Not a wire value of the family, or one the catalog does not know.</exception>
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                if (objectType == typeof(TCode?)) return null;
                throw JsonText.Refused(reader, typeof(TCode).Name + " cannot be null");
            }
            TRaw raw = WireValues.Read<TRaw>(reader);
            TCode? member = fromCode(raw);
            if (!member.HasValue) throw JsonText.Refused(reader, "the catalog has no " + typeof(TCode).Name + " " + raw + "; read it as OpenCode<" + typeof(TCode).Name + ", " + typeof(TRaw).Name + "> to keep it");
            return member.Value;
        }

        /// <summary>The member's wire value.</summary>
        /// <exception cref="JsonSerializationException">A number that is no member: it has no wire value.</exception>
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            if (value == null)
            {
                writer.WriteNull();
                return;
            }
            var member = (TCode)value;
            TRaw raw = code(member);
            // A number no member has would be written as its digits, which no reader finds again.
            if (!EqualityComparer<TCode?>.Default.Equals(fromCode(raw), member)) throw new JsonSerializationException(member + " is no member of " + typeof(TCode).Name + " and has no wire value.");
            WireValues.Write(writer, raw);
        }
    }
}
