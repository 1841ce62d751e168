// How the package's converters join a user's settings: each once, beside the user's own, so that calling
// the registration twice, or after adding one by hand, changes nothing.
namespace VpnErrorCodes.NewtonsoftJson
{
    using System;
    using System.Collections.Generic;
    using System.Linq;
    using Newtonsoft.Json;

    /// <summary>The package's Json.NET converters, and the call that registers them.</summary>
    public static partial class VpnErrorCodesJson
    {
        /// <summary>Adds each converter whose type <paramref name="registered"/> lacks.</summary>
        internal static void AddMissing(IList<JsonConverter> registered, IEnumerable<JsonConverter> converters)
        {
            var types = new HashSet<Type>(registered.Where(c => c != null).Select(c => c.GetType()));
            foreach (JsonConverter converter in converters)
            {
                if (types.Add(converter.GetType())) registered.Add(converter);
            }
        }
    }
}
