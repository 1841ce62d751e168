// Copied from runtime/csharp/newtonsoft/src/Registration.cs by npm run build: edit that file, not this copy.
// How the package's converters join a user's settings: each once, beside the user's own, so that calling
// the registration twice, or after adding one by hand, changes nothing. Which converters there are is the
// catalog's: the package renders AddCatalogConverters.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using System.Collections.Generic;
    using System.Linq;
    using Newtonsoft.Json;

    /// <summary>
    /// The package's Json.NET converters: each code enum by its wire value, each family's
    /// <see cref="OpenCode{TCode, TRaw}"/>, and each code's typed details under <see cref="EnvelopePolicy"/>.Default.
    /// </summary>
    public static partial class VpnErrorCodesJson
    {
        private static readonly IReadOnlyList<JsonConverter> All = Catalog();

        /// <summary>Every converter of the package, one per code enum, open code and typed details class.</summary>
        public static IReadOnlyList<JsonConverter> Converters
        {
            get { return All; }
        }

        /// <summary>Registers <see cref="Converters"/> on <paramref name="settings"/>, each once, beside the converters already there.</summary>
        /// <returns>The same settings, for chaining.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
        public static JsonSerializerSettings ConfigureForVpnErrorCodes(this JsonSerializerSettings settings)
        {
            if (settings == null) throw new ArgumentNullException("settings");
            AddMissing(settings.Converters, All);
            return settings;
        }

        /// <summary>Registers <see cref="Converters"/> on <paramref name="serializer"/>, each once, beside the converters already there.</summary>
        /// <returns>The same serializer, for chaining.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="serializer"/> is null.</exception>
        public static JsonSerializer ConfigureForVpnErrorCodes(this JsonSerializer serializer)
        {
            if (serializer == null) throw new ArgumentNullException("serializer");
            AddMissing(serializer.Converters, All);
            return serializer;
        }

        /// <summary>Adds each converter whose type <paramref name="registered"/> lacks.</summary>
        internal static void AddMissing(IList<JsonConverter> registered, IEnumerable<JsonConverter> converters)
        {
            var types = new HashSet<Type>(registered.Where(c => c != null).Select(c => c.GetType()));
            foreach (JsonConverter converter in converters)
            {
                if (types.Add(converter.GetType())) registered.Add(converter);
            }
        }

        // The catalog's converters, which the package renders; none without it.
        static partial void AddCatalogConverters(List<JsonConverter> converters);

        private static IReadOnlyList<JsonConverter> Catalog()
        {
            var converters = new List<JsonConverter>();
            AddCatalogConverters(converters);
            return converters.AsReadOnly();
        }
    }
}
