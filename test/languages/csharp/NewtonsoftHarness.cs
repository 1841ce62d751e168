// Drives generated/csharp-newtonsoft's converters with Json.NET and prints one line per case, which
// test/languages/csharp-newtonsoft.test.ts holds against the catalog and the envelope vectors.
// --enums <cases.json>: each family's members and an unknown code, read and written as the closed enum and as
// its open code. --details <repository root> <classes.json>: every envelope vector whose error has details of
// a code with a details class, its details read by the adapter (alone, and inside a client's own classes)
// beside what the core decoder makes of the whole envelope.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using VpnErrorCodes;
using VpnErrorCodes.NewtonsoftJson;

public static class NewtonsoftHarness
{
    public sealed class ErrorBody
    {
        public OpenCode<RestErrorCode, string> Code { get; set; }

        public string Message { get; set; }

        public JToken Details { get; set; }
    }

    public sealed class Envelope
    {
        public bool Success { get; set; }

        public ErrorBody Error { get; set; }
    }

    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None }.ConfigureForVpnErrorCodes();

    // What Json.NET made of a text as the type: "value" when it read it, or the exception's type.
    private static string Outcome(string json, Type type, out object value)
    {
        value = null;
        try
        {
            value = JsonConvert.DeserializeObject(json, type, Settings);
            return "value";
        }
        catch (Exception e)
        {
            return "refused " + e.GetType().Name;
        }
    }

    private static void Enums(string casesPath)
    {
        Assembly package = typeof(ApiResponses).Assembly;
        foreach (JToken family in JArray.Parse(File.ReadAllText(casesPath)))
        {
            string name = (string)family["family"];
            Type enumType = package.GetType("VpnErrorCodes." + name, true);
            Type rawType = (string)family["raw"] == "int" ? typeof(int) : typeof(string);
            Type openType = typeof(OpenCode<,>).MakeGenericType(enumType, rawType);
            foreach (JToken member in family["members"])
            {
                string wire = (string)member["wire"];
                object closed, open;
                string read = Outcome(wire, enumType, out closed);
                string openRead = Outcome(wire, openType, out open);
                string closedLine = closed == null ? read : closed + " -> " + JsonConvert.SerializeObject(closed, Settings);
                string openLine = open == null ? openRead : openType.GetProperty("Known").GetValue(open) + " -> " + JsonConvert.SerializeObject(open, Settings);
                Console.WriteLine(name + " " + wire + " -> " + closedLine + " | open " + openLine);
            }
            foreach (JToken refusedWire in family["refused"])
            {
                string wire = (string)refusedWire;
                object closed, open;
                string read = Outcome(wire, enumType, out closed);
                string openRead = Outcome(wire, openType, out open);
                string openLine = open == null ? openRead : "known=" + openType.GetProperty("IsKnown").GetValue(open) + " raw=" + openType.GetProperty("Raw").GetValue(open) + " -> " + JsonConvert.SerializeObject(open, Settings);
                Console.WriteLine(name + " " + wire + " -> " + (closed == null ? read : "read " + closed) + " | open " + openLine);
            }
        }
    }

    // A JSON value with numbers as their binary64 values (by which the core judges them) and strings exactly.
    private static string Canonical(JsonData value)
    {
        switch (value.Type)
        {
            case JsonType.Object:
                return "{" + string.Join(",", value.Names.Select(n => JsonConvert.ToString(n) + ":" + Canonical(value[n]))) + "}";
            case JsonType.Array:
                return "[" + string.Join(",", value.Items.Select(Canonical)) + "]";
            case JsonType.Number:
                return value.AsDouble().Value.ToString("R", CultureInfo.InvariantCulture);
            default:
                return value.ToString();
        }
    }

    private static string Canonical(object property)
    {
        if (property == null) return "null";
        if (property is DateTimeOffset) return ((DateTimeOffset)property).ToString("o", CultureInfo.InvariantCulture);
        if (property is JsonData) return Canonical((JsonData)property);
        if (property is IEnumerable<string>) return "[" + string.Join(",", ((IEnumerable<string>)property).Select(s => s == null ? "null" : JsonConvert.ToString(s))) + "]";
        return Convert.ToString(property, CultureInfo.InvariantCulture);
    }

    // Every property of the details class, and the JSON it keeps, as one text.
    private static string Fields(ErrorDetails details)
    {
        IEnumerable<string> fields = details.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "Raw")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + Canonical(p.GetValue(details)));
        return details.GetType().Name + " " + string.Join(" ", fields) + " raw=" + Canonical(details.Raw);
    }

    private static string Adapter(string detailsJson, Type type, out string fields)
    {
        object value;
        string outcome = Outcome(detailsJson, type, out value);
        fields = value == null ? null : Fields((ErrorDetails)value);
        return value == null ? outcome : "accepted";
    }

    // The README's path: the client's own classes, then the details from the JToken once the code is known.
    private static string ClientPath(string body, Type type, out string fields)
    {
        fields = null;
        try
        {
            Envelope envelope = JsonConvert.DeserializeObject<Envelope>(body, Settings);
            var details = (ErrorDetails)envelope.Error.Details.ToObject(type, JsonSerializer.Create(Settings));
            fields = Fields(details);
            return "accepted";
        }
        catch (Exception e)
        {
            return "refused " + e.GetType().Name;
        }
    }

    private static void Details(string root, string classesPath)
    {
        Assembly package = typeof(ApiResponses).Assembly;
        JObject classes = JObject.Parse(File.ReadAllText(classesPath));
        string vectors = Path.Combine(root, "test", "vectors", "envelopes");
        IEnumerable<string> files = Directory.GetFiles(vectors).Concat(Directory.GetFiles(Path.Combine(vectors, "invalid")))
            .Select(f => f.Substring(vectors.Length + 1).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (string file in files)
        {
            string body = File.ReadAllText(Path.Combine(vectors, file));
            JsonData envelope = JsonData.Parse(body);
            JsonData error = envelope == null ? null : envelope["error"];
            JsonData code = error == null ? null : error["code"];
            JsonData details = error == null ? null : error["details"];
            if (code == null || code.Type != JsonType.String || details == null || classes[code.AsString()] == null) continue;
            Type type = package.GetType("VpnErrorCodes." + (string)classes[code.AsString()], true);

            DecodedResponse decoded = ApiResponses.Decode(EnvelopePolicy.Default, body);
            string core;
            if (decoded.Kind == ResponseKind.Failure) core = "accepted";
            else if (decoded.Problem.StartsWith("not the API's envelope: /error/details", StringComparison.Ordinal)) core = "refused";
            else
            {
                Console.WriteLine(file + " skipped: " + decoded.Problem);
                continue;
            }
            string coreFields = decoded.Kind == ResponseKind.Failure ? Fields(decoded.Error.Details) : null;
            string alone, inClient;
            string adapter = Adapter(details.ToString(), type, out alone);
            string client = ClientPath(body, type, out inClient);
            string same = core == "accepted" ? (coreFields == alone && coreFields == inClient).ToString() : "-";
            Console.WriteLine(file + " core=" + core + " adapter=" + adapter + " client=" + client + " same=" + same);
            if (same == "False") Console.Error.WriteLine(file + ":\n  core    " + coreFields + "\n  adapter " + alone + "\n  client  " + inClient);
        }
    }

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
        if (args.Length == 2 && args[0] == "--enums") Enums(args[1]);
        else if (args.Length == 3 && args[0] == "--details") Details(args[1], args[2]);
        else
        {
            Console.Error.WriteLine("usage: mono newtonsoft-harness.exe --enums <cases.json> | --details <repository root> <classes.json>");
            return 2;
        }
        return 0;
    }
}
