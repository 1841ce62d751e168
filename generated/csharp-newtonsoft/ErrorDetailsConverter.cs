// Copied from runtime/csharp/newtonsoft/src/ErrorDetailsConverter.cs by npm run build: edit that file, not this copy.
// A code's typed details as Json.NET reads and writes them: read through the core's own check and typing
// (ApiResponses.TryDecodeDetails), so that the adapter accepts exactly what ApiResponses.Decode accepts and
// gives the same class; written as the JSON they came as.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using Newtonsoft.Json;

    /// <summary>
    /// Reads and writes <typeparamref name="TDetails"/>, the details class of one code, as
    /// <see cref="ApiResponses.Decode(EnvelopePolicy, string)"/> reads an envelope's details: its fields typed
    /// (date-times as <see cref="DateTimeOffset"/>, integers as <see cref="System.Numerics.BigInteger"/>) and
    /// <see cref="ErrorDetails.Raw"/> keeping every member. Details the decoder refuses throw.
    /// </summary>
    /// <typeparam name="TDetails">The code's details class.</typeparam>
    public sealed class ErrorDetailsConverter<TDetails> : JsonConverter
        where TDetails : ErrorDetails
    {
        private readonly string code;
        private readonly EnvelopePolicy policy;

        /// <summary>A converter for the details of <paramref name="code"/>, checked and typed as <paramref name="policy"/> says.</summary>
        /// <param name="code">The code whose details these are, as it travels.</param>
        /// <param name="policy">What the decoder checks; the package's is <see cref="EnvelopePolicy"/>.Default.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public ErrorDetailsConverter(string code, EnvelopePolicy policy)
        {
            if (code == null) throw new ArgumentNullException("code");
            if (policy == null) throw new ArgumentNullException("policy");
            this.code = code;
            this.policy = policy;
        }

        /// <summary>True for <typeparamref name="TDetails"/>.</summary>
        public override bool CanConvert(Type objectType)
        {
            return objectType == typeof(TDetails);
        }

        /// <summary>The details the reader is on, typed; a JSON null is refused, as the decoder refuses it.</summary>
        /// <exception cref="JsonSerializationException">Details the decoder refuses, with its problem and the reader's path.</exception>
        /// <exception cref="JsonReaderException">Text that is not JSON, as Json.NET says.</exception>
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            JsonData details = JsonData.Parse(JsonText.Read(reader));
            ErrorDetails typed;
            string problem;
            if (details == null) throw JsonText.Refused(reader, "the details are not JSON the decoder reads");
            if (!ApiResponses.TryDecodeDetails(policy, code, details, out typed, out problem)) throw JsonText.Refused(reader, code + " details: " + problem);
            var result = typed as TDetails;
            if (result == null) throw JsonText.Refused(reader, "the policy gives " + code + " details as " + typed.GetType().Name + ", not " + typeof(TDetails).Name);
            return result;
        }

        /// <summary>The details as the JSON they came as, every member included.</summary>
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            if (value == null) writer.WriteNull();
            else JsonText.Write(writer, ((ErrorDetails)value).Raw);
        }
    }
}
