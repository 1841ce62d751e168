// Decodes the shared vectors with the generated C# types and prints one canonical line per vector.
// Usage: mono harness.exe <repository root>, or mono harness.exe --words for the decision's words.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using VpnErrorCodes;
using VpnErrorCodes.Api;
using VpnErrorCodes.CatalogModel;

public static class Harness
{
    // What the harness needs of any family, so that one loop serves all four.
    private sealed class Found
    {
        public string Name;
        public bool Retryable;
        public object Member;
    }

    // The member Decode found; Decode must keep the raw code whether or not it knows it.
    private static Found Kept<T>(OpenCode<T> open, object raw, Func<T, Found> found) where T : struct
    {
        if (!open.Raw.Equals(raw)) throw new InvalidOperationException("Decode(" + raw + ") kept " + open.Raw);
        return open.Known.HasValue ? found(open.Known.Value) : null;
    }

    private static Found ByValue(string family, JToken value)
    {
        if (value.Type == JTokenType.Integer)
        {
            int code = value.Value<int>();
            if (family == "OperationalError")
                return Kept(OperationalErrorExtensions.Decode(code), code, o => new Found { Name = o.Identifier(), Retryable = o.IsRetryable(), Member = o });
            if (family == "HttpStatus")
                return Kept(HttpStatusExtensions.Decode(code), code, h => new Found { Name = h.Identifier(), Retryable = h.IsRetryable(), Member = h });
            return null;
        }
        if (value.Type == JTokenType.String)
        {
            string code = value.Value<string>();
            if (family == "ResponseResult")
                return Kept(ResponseResultExtensions.Decode(code), code, r => new Found { Name = r.Identifier(), Retryable = r.IsRetryable(), Member = r });
            if (family == "RestErrorCode")
                return Kept(RestErrorCodeExtensions.Decode(code), code, e => new Found { Name = e.Identifier(), Retryable = e.IsRetryable(), Member = e });
        }
        return null;
    }

    private static string ByName(string family, string name)
    {
        OperationalError o;
        HttpStatus h;
        ResponseResult r;
        RestErrorCode e;
        switch (family)
        {
            case "OperationalError": return OperationalErrorExtensions.TryParse(name, out o) ? o.Identifier() : null;
            case "HttpStatus": return HttpStatusExtensions.TryParse(name, out h) ? h.Identifier() : null;
            case "ResponseResult": return ResponseResultExtensions.TryParse(name, out r) ? r.Identifier() : null;
            case "RestErrorCode": return RestErrorCodeExtensions.TryParse(name, out e) ? e.Identifier() : null;
            default: throw new ArgumentException("no family " + family);
        }
    }

    private static int MemberCount(string family)
    {
        switch (family)
        {
            case "OperationalError": return OperationalErrorExtensions.Values.Count;
            case "HttpStatus": return HttpStatusExtensions.Values.Count;
            case "ResponseResult": return ResponseResultExtensions.Values.Count;
            case "RestErrorCode": return RestErrorCodeExtensions.Values.Count;
            default: throw new ArgumentException("no family " + family);
        }
    }

    private static string Json(object value)
    {
        return JsonConvert.SerializeObject(value);
    }

    private static string Bool(bool value)
    {
        return value ? "true" : "false";
    }

    private static string List(IEnumerable<string> items)
    {
        return "[" + string.Join("|", items) + "]";
    }

    private static string Stamp(DateTimeOffset time)
    {
        return time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string TypedDetails(RestErrorCode code, Dictionary<string, object> details)
    {
        string raw = Json(details);
        switch (code)
        {
            case RestErrorCode.TOKEN_EXPIRED:
            {
                var d = TokenExpiredDetails.FromJson(raw);
                return "TokenExpiredDetails(expiredAt=" + Stamp(d.ExpiredAt) + ";tokenType=" + d.TokenType + ")";
            }
            case RestErrorCode.VALIDATION_ERROR:
            {
                var d = ValidationErrorDetails.FromJson(raw);
                return "ValidationErrorDetails(constraint=" + d.Constraint + ";field=" + d.Field + ";received=" + Json(d.Received) + ")";
            }
            case RestErrorCode.WEAK_PASSWORD:
            {
                var d = WeakPasswordDetails.FromJson(raw);
                return "WeakPasswordDetails(failedChecks=" + List(d.FailedChecks) + ";requirements=" + List(d.Requirements) + ")";
            }
            case RestErrorCode.DEVICE_LIMIT_REACHED:
            {
                var d = DeviceLimitReachedDetails.FromJson(raw);
                return "DeviceLimitReachedDetails(currentDevices=" + d.CurrentDevices + ";maxDevices=" + d.MaxDevices
                    + ";plan=" + d.Plan + ";upgradeUrl=" + (d.UpgradeUrl == null ? "null" : d.UpgradeUrl.ToString()) + ")";
            }
            case RestErrorCode.SUBSCRIPTION_EXPIRED:
            {
                var d = SubscriptionExpiredDetails.FromJson(raw);
                return "SubscriptionExpiredDetails(expiredAt=" + Stamp(d.ExpiredAt) + ";plan=" + d.Plan
                    + ";renewUrl=" + (d.RenewUrl == null ? "null" : d.RenewUrl.ToString()) + ")";
            }
            default:
                return null;
        }
    }

    // The envelope's line, from the package's own decoder; a body it rejects is "invalid".
    private static string EnvelopeLine(string file, string text)
    {
        var response = ApiResponses.Decode(text);
        if (response.Kind == ResponseKind.Invalid) return "envelope " + file + " -> invalid";
        if (response.Kind == ResponseKind.Success)
        {
            return "envelope " + file + " success=true data=" + (response.Data is JObject ? "object" : "other");
        }
        var error = response.Error;
        var known = error.Code.Known;
        string details = "none";
        if (error.Details != null)
        {
            var asDictionary = error.Details.ToObject<Dictionary<string, object>>();
            details = (known.HasValue ? TypedDetails(known.Value, asDictionary) : null)
                ?? "keys(" + string.Join(",", error.Details.Properties().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal)) + ")";
        }
        return "envelope " + file + " success=false code=" + error.Code
            + " known=" + (known.HasValue ? known.Value.Identifier() : "unknown")
            + " retryable=" + (known.HasValue ? Bool(known.Value.IsRetryable()) : "unknown")
            + " message=" + Json(error.Message) + " details=" + details;
    }

    // One decision vector's line, from the decision's properties rather than ToString, so that they are checked too.
    private static string DecisionLine(JToken c)
    {
        var headers = new List<KeyValuePair<string, IEnumerable<string>>>();
        foreach (var pair in c["headers"])
        {
            headers.Add(new KeyValuePair<string, IEnumerable<string>>((string)pair[0], new[] { (string)pair[1] }));
        }
        double random = (double)c["random"];
        var body = c["body"].Type == JTokenType.Null ? null : (string)c["body"];
        var d = Retries.AdviseRetry((int)c["status"], headers, body, (int)c["attempt"], (bool)c["tokenRefreshed"], (long)c["now"], () => random);
        string answer;
        switch (d.Action)
        {
            case RetryAction.Retry: answer = "retry " + d.DelayMs.ToString(CultureInfo.InvariantCulture) + " " + d.Basis.Value.Wire(); break;
            case RetryAction.RefreshToken: answer = "refresh-token"; break;
            default: answer = "fail " + d.Reason.Value.Wire(); break;
        }
        if (answer != d.ToString()) throw new InvalidOperationException("ToString() gives " + d + " for " + answer);
        return "decision " + (string)c["id"] + " -> " + answer;
    }

    // Strings stay strings: Json.NET would otherwise turn an HTTP-date or a body's timestamp into a DateTime.
    private static JObject ReadStrict(string path)
    {
        using (var reader = new JsonTextReader(new StringReader(File.ReadAllText(path))) { DateParseHandling = DateParseHandling.None })
        {
            return JObject.Load(reader);
        }
    }

    public static List<string> Lines(string root)
    {
        var output = new List<string>();
        var vectors = JObject.Parse(File.ReadAllText(Path.Combine(root, "test", "vectors", "codes.json")));
        foreach (var v in vectors["values"])
        {
            string family = (string)v["family"];
            var found = ByValue(family, v["value"]);
            output.Add("value " + family + " " + v["value"].ToString(Formatting.None) + " -> "
                + (found == null ? "unknown" : found.Name + " retryable=" + Bool(found.Retryable) + " json=" + Json(found.Member)));
        }
        foreach (var v in vectors["names"])
        {
            string family = (string)v["family"];
            string lookup = (string)v["lookup"];
            output.Add("name " + family + " " + Json(lookup) + " -> " + (ByName(family, lookup) ?? "unknown"));
        }

        string catalogText = File.ReadAllText(Path.Combine(root, "generated", "catalog.json"));
        var catalog = VpnErrorCodes.CatalogModel.Catalog.FromJson(catalogText);
        // The family's wire name: quicktype's converter settings are internal to the library, so it comes from the JSON.
        var names = JObject.Parse(catalogText)["families"].Select(f => (string)f["name"]).ToList();
        for (int i = 0; i < catalog.Families.Count; i++)
        {
            var family = catalog.Families[i];
            string name = names[i];
            output.Add("family " + name + " codes=" + family.Codes.Count + " members=" + MemberCount(name));
            foreach (var code in family.Codes)
            {
                JToken value = code.Value.Integer.HasValue ? new JValue(code.Value.Integer.Value) : new JValue(code.Value.String);
                var found = ByValue(name, value);
                output.Add("member " + name + " " + value.ToString(Formatting.None) + " -> "
                    + (found == null ? "unknown" : found.Name + " retryable=" + Bool(found.Retryable))
                    + " catalog-retryable=" + Bool(code.Retryable));
            }
        }

        var envelopes = Directory.GetFiles(Path.Combine(root, "test", "vectors", "envelopes"), "*.json")
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var path in envelopes) output.Add(EnvelopeLine(Path.GetFileName(path), File.ReadAllText(path)));
        var invalid = Directory.GetFiles(Path.Combine(root, "test", "vectors", "envelopes", "invalid"))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var path in invalid) output.Add(EnvelopeLine("invalid/" + Path.GetFileName(path), File.ReadAllText(path)));
        var decisions = ReadStrict(Path.Combine(root, "test", "vectors", "decisions.json"));
        foreach (var c in decisions["cases"]) output.Add(DecisionLine(c));
        return output;
    }

    // The decision's words as the runtime's enums spell them, one list a line, for the test to compare with
    // the policy's.
    private static void Words()
    {
        Console.WriteLine(string.Join(" ", Enum.GetValues(typeof(RetryStrategy)).Cast<RetryStrategy>().Select(s => s.Wire())));
        Console.WriteLine(string.Join(" ", Enum.GetValues(typeof(FailReason)).Cast<FailReason>().Select(r => r.Wire())));
        Console.WriteLine(string.Join(" ", Enum.GetValues(typeof(RetryBasis)).Cast<RetryBasis>().Select(b => b.Wire())));
    }

    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--words")
        {
            Words();
            return 0;
        }
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: harness.exe <repository root> | --words");
            return 2;
        }
        foreach (var line in Lines(args[0])) Console.WriteLine(line);
        return 0;
    }
}
