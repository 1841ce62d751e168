// Decodes the shared vectors with the generated C# package and prints one canonical line per vector; with
// --lookups, what the package's lookups answer for every key of test/languages/typescript/lookups.ts.
// It reads JSON with the package's own JsonData: the package has no JSON library, and neither has its user.
// With --reconnect, the reconnect decision's line for every case of test/vectors/reconnect.json.
// Usage: mono harness.exe <repository root> | --words | --lookups <keys.json> | --reconnect <repository root>
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using VpnErrorCodes;

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
    private static Found Kept<T, TRaw>(OpenCode<T, TRaw> open, TRaw raw, Func<T, Found> found) where T : struct
    {
        if (!EqualityComparer<TRaw>.Default.Equals(open.Raw, raw)) throw new InvalidOperationException("Decode(" + raw + ") kept " + open.Raw);
        return open.Known.HasValue ? found(open.Known.Value) : null;
    }

    private static Found ByValue(string family, JsonData value)
    {
        if (value.Type == JsonType.Number)
        {
            int code = int.Parse(value.NumberText, CultureInfo.InvariantCulture);
            if (family == "OperationalError")
                return Kept(OperationalErrors.Decode(code), code, o => new Found { Name = o.Identifier(), Retryable = o.IsRetryable(), Member = o });
            if (family == "HttpStatus")
                return Kept(HttpStatuses.Decode(code), code, h => new Found { Name = h.Identifier(), Retryable = h.IsRetryable(), Member = h });
            return null;
        }
        if (value.Type == JsonType.String)
        {
            string code = value.AsString();
            if (family == "ResponseResult")
                return Kept(ResponseResults.Decode(code), code, r => new Found { Name = r.Identifier(), Retryable = r.IsRetryable(), Member = r });
            if (family == "RestErrorCode")
                return Kept(RestErrorCodes.Decode(code), code, e => new Found { Name = e.Identifier(), Retryable = e.IsRetryable(), Member = e });
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
            case "OperationalError": return OperationalErrors.TryParse(name, out o) ? o.Identifier() : null;
            case "HttpStatus": return HttpStatuses.TryParse(name, out h) ? h.Identifier() : null;
            case "ResponseResult": return ResponseResults.TryParse(name, out r) ? r.Identifier() : null;
            case "RestErrorCode": return RestErrorCodes.TryParse(name, out e) ? e.Identifier() : null;
            default: throw new ArgumentException("no family " + family);
        }
    }

    private static int MemberCount(string family)
    {
        switch (family)
        {
            case "OperationalError": return OperationalErrors.Values.Count;
            case "HttpStatus": return HttpStatuses.Values.Count;
            case "ResponseResult": return ResponseResults.Values.Count;
            case "RestErrorCode": return RestErrorCodes.Values.Count;
            default: throw new ArgumentException("no family " + family);
        }
    }

    // JSON as JSON.stringify writes it: a string's lone surrogate escaped, non-ASCII as it is.
    private static string Json(string value)
    {
        var quoted = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
            if (c == '"' || c == '\\') quoted.Append('\\').Append(c);
            else if (c == '\n') quoted.Append("\\n");
            else if (c == '\r') quoted.Append("\\r");
            else if (c == '\t') quoted.Append("\\t");
            else if (c == '\b') quoted.Append("\\b");
            else if (c == '\f') quoted.Append("\\f");
            else if (c < 0x20 || (char.IsSurrogate(c) && !paired)) quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    private static string Json(object member)
    {
        if (member is OperationalError) return ((OperationalError)member).Code().ToString(CultureInfo.InvariantCulture);
        if (member is HttpStatus) return ((HttpStatus)member).Code().ToString(CultureInfo.InvariantCulture);
        if (member is ResponseResult) return Json(((ResponseResult)member).Code());
        return Json(((RestErrorCode)member).Code());
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

    // Dates print as they came (the reference prints the text); reading them typed must not throw.
    private static string Stamp(ErrorDetails details, string name, DateTimeOffset? typed)
    {
        string raw = details.Raw[name].AsString();
        if (!typed.HasValue) throw new InvalidOperationException(name + " " + raw + " did not read as a DateTimeOffset");
        return raw;
    }

    private static string TypedDetails(ErrorDetails details)
    {
        var expired = details as TokenExpiredDetails;
        if (expired != null) return "TokenExpiredDetails(expiredAt=" + Stamp(details, "expiredAt", expired.ExpiredAt) + ";tokenType=" + expired.TokenType + ")";
        var validation = details as ValidationErrorDetails;
        if (validation != null) return "ValidationErrorDetails(constraint=" + validation.Constraint + ";field=" + validation.Field + ";received=" + validation.Received + ")";
        var weak = details as WeakPasswordDetails;
        if (weak != null) return "WeakPasswordDetails(failedChecks=" + List(weak.FailedChecks) + ";requirements=" + List(weak.Requirements) + ")";
        var devices = details as DeviceLimitReachedDetails;
        if (devices != null)
        {
            return "DeviceLimitReachedDetails(currentDevices=" + devices.CurrentDevices + ";maxDevices=" + devices.MaxDevices
                + ";plan=" + devices.Plan + ";upgradeUrl=" + (devices.UpgradeUrl ?? "null") + ")";
        }
        var subscription = details as SubscriptionExpiredDetails;
        if (subscription != null)
        {
            return "SubscriptionExpiredDetails(expiredAt=" + Stamp(details, "expiredAt", subscription.ExpiredAt) + ";plan=" + subscription.Plan
                + ";renewUrl=" + (subscription.RenewUrl ?? "null") + ")";
        }
        return null;
    }

    // The envelope's line, from the package's own decoder; a body it rejects is "invalid".
    private static string EnvelopeLine(string file, string text)
    {
        var response = ApiResponses.Decode(text);
        if (response.Kind == ResponseKind.Invalid) return "envelope " + file + " -> invalid";
        if (response.Kind == ResponseKind.Success)
        {
            return "envelope " + file + " success=true data=" + (response.Data.Type == JsonType.Object ? "object" : "other");
        }
        var error = response.Error;
        var known = error.Code.Known;
        string details = "none";
        if (error.Details != null)
        {
            details = TypedDetails(error.Details)
                ?? "keys(" + string.Join(",", error.Details.Raw.Names.OrderBy(k => k, StringComparer.Ordinal)) + ")";
        }
        return "envelope " + file + " success=false code=" + error.Code
            + " known=" + (known.HasValue ? known.Value.Identifier() : "unknown")
            + " retryable=" + (known.HasValue ? Bool(known.Value.IsRetryable()) : "unknown")
            + " message=" + Json(error.Message) + " details=" + details;
    }

    // One decision vector's line, from the decision's properties rather than ToString, so that they are checked too.
    private static string DecisionLine(JsonData c)
    {
        var headers = new List<KeyValuePair<string, IEnumerable<string>>>();
        foreach (var pair in c["headers"].Items)
        {
            headers.Add(new KeyValuePair<string, IEnumerable<string>>(pair[0].AsString(), new[] { pair[1].AsString() }));
        }
        double random = c["random"].AsDouble().Value;
        var body = c["body"].AsString();
        var d = Retries.AdviseRetry(DecisionPolicy.Default, (int)c["status"].AsDouble().Value, headers, body, (int)c["attempt"].AsDouble().Value, c["tokenRefreshed"].AsBoolean().Value, (long)c["now"].AsDouble().Value, () => random);
        string answer;
        switch (d.Action)
        {
            case RetryAction.Retry: answer = "retry " + d.DelayMs.ToString(CultureInfo.InvariantCulture) + " " + d.Basis.Value.Wire(); break;
            case RetryAction.RefreshToken: answer = "refresh-token"; break;
            default: answer = "fail " + d.Reason.Value.Wire(); break;
        }
        if (answer != d.ToString()) throw new InvalidOperationException("ToString() gives " + d + " for " + answer);
        return "decision " + c["id"].AsString() + " -> " + answer;
    }

    public static List<string> Lines(string root)
    {
        var output = new List<string>();
        var vectors = JsonData.Parse(File.ReadAllText(Path.Combine(root, "test", "vectors", "codes.json")));
        foreach (var v in vectors["values"].Items)
        {
            string family = v["family"].AsString();
            var found = ByValue(family, v["value"]);
            output.Add("value " + family + " " + v["value"] + " -> "
                + (found == null ? "unknown" : found.Name + " retryable=" + Bool(found.Retryable) + " json=" + Json(found.Member)));
        }
        foreach (var v in vectors["names"].Items)
        {
            string family = v["family"].AsString();
            string lookup = v["lookup"].AsString();
            output.Add("name " + family + " " + Json(lookup) + " -> " + (ByName(family, lookup) ?? "unknown"));
        }

        var catalog = JsonData.Parse(File.ReadAllText(Path.Combine(root, "generated", "catalog.json")));
        foreach (var family in catalog["families"].Items)
        {
            string name = family["name"].AsString();
            output.Add("family " + name + " codes=" + family["codes"].Items.Count + " members=" + MemberCount(name));
            foreach (var code in family["codes"].Items)
            {
                var found = ByValue(name, code["value"]);
                output.Add("member " + name + " " + code["value"] + " -> "
                    + (found == null ? "unknown" : found.Name + " retryable=" + Bool(found.Retryable))
                    + " catalog-retryable=" + Bool(code["retryable"].AsBoolean().Value));
            }
        }

        var envelopes = Directory.GetFiles(Path.Combine(root, "test", "vectors", "envelopes"), "*.json")
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var path in envelopes) output.Add(EnvelopeLine(Path.GetFileName(path), File.ReadAllText(path)));
        var invalid = Directory.GetFiles(Path.Combine(root, "test", "vectors", "envelopes", "invalid"))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal);
        foreach (var path in invalid) output.Add(EnvelopeLine("invalid/" + Path.GetFileName(path), File.ReadAllText(path)));
        var decisions = JsonData.Parse(File.ReadAllText(Path.Combine(root, "test", "vectors", "decisions.json")));
        foreach (var c in decisions["cases"].Items) output.Add(DecisionLine(c));
        return output;
    }

    private static DateTimeOffset At(JsonData ms)
    {
        return DateTimeOffset.FromUnixTimeMilliseconds((long)ms.AsDouble().Value);
    }

    // A key as the vector gives it: a JSON number as a long, a string as it is.
    private static object Key(JsonData code)
    {
        return code.Type == JsonType.Number ? (object)long.Parse(code.NumberText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : code.AsString();
    }

    // One reconnect vector's line, from the advice's properties; the typed overload of a known member must agree.
    private static string ReconnectLine(JsonData c)
    {
        JsonData h = c["history"];
        var history = new ReconnectHistory
        {
            Reconnects = h["reconnects"].Items.Select(At).ToList(),
            Connected = h["connected"].Items.Select(At).ToList(),
            Errors = h["errors"].Items.Select(e => new ReconnectError(At(e["at"]), e["family"].AsString(), Key(e["code"]))).ToList(),
        };
        double random = c["random"].AsDouble().Value;
        string family = c["family"].AsString();
        object code = Key(c["code"]);
        DateTimeOffset now = At(c["now"]);
        var options = new ReconnectOptions { Clock = () => now, Random = () => random };
        var a = Reconnects.AdviseReconnect(family, code, history, options);
        string answer;
        switch (a.Action)
        {
            case ReconnectAction.Reconnect:
                if (a.Delay != TimeSpan.FromMilliseconds(a.DelayMs)) throw new InvalidOperationException("Delay " + a.Delay + " for " + a.DelayMs + " ms");
                answer = "reconnect " + a.DelayMs.ToString(CultureInfo.InvariantCulture) + " " + a.Basis.Value.Wire();
                break;
            case ReconnectAction.WaitForNetwork: answer = "wait-for-network"; break;
            default:
                if (string.IsNullOrEmpty(a.Detail)) throw new InvalidOperationException("a stop with no detail: " + c["id"]);
                answer = "stop " + a.Reason.Value.Wire();
                break;
        }
        if (answer != a.ToString()) throw new InvalidOperationException("ToString() gives " + a + " for " + answer);
        if (a.ToString() != Reconnects.AdviseReconnect(ReconnectPolicy.Default, family, code, history, now, () => random).ToString())
        {
            throw new InvalidOperationException("the policy overload disagrees for " + c["id"]);
        }
        ReconnectAdvice typed = null;
        var match = code is string ? (family == "OperationalError" ? (object)OperationalErrors.Lookup((string)code) : family == "ResponseResult" ? ResponseResults.Lookup((string)code) : null)
            : family == "OperationalError" ? OperationalErrors.Lookup((long)code) : null;
        if (match is CodeMatch<OperationalError>) typed = Reconnects.AdviseReconnect(((CodeMatch<OperationalError>)match).Member, history, options);
        if (match is CodeMatch<ResponseResult>) typed = Reconnects.AdviseReconnect(((CodeMatch<ResponseResult>)match).Member, history, options);
        if (typed != null && typed.ToString() != answer) throw new InvalidOperationException("the typed overload gives " + typed + " for " + c["id"]);
        object member = match == null ? null : match.GetType().GetProperty("Member").GetValue(match, null);
        if (member != null && Reconnects.AdviseReconnect(family, member, history, options).ToString() != answer)
        {
            throw new InvalidOperationException("the member as an object gives another answer for " + c["id"]);
        }
        return "reconnect " + c["id"].AsString() + " -> " + answer;
    }

    // A family's lookup of a key as it came: a JSON number by value, a string by any key.
    private static object Lookup(string family, JsonData key)
    {
        if (key.Type == JsonType.Number)
        {
            long value;
            if (!long.TryParse(key.NumberText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return null;
            if (family == "OperationalError") return OperationalErrors.Lookup(value);
            if (family == "HttpStatus") return HttpStatuses.Lookup(value);
            // A name family has no numbers.
            return null;
        }
        string text = key.AsString();
        switch (family)
        {
            case "OperationalError": return OperationalErrors.Lookup(text);
            case "HttpStatus": return HttpStatuses.Lookup(text);
            case "ResponseResult": return ResponseResults.Lookup(text);
            case "RestErrorCode": return RestErrorCodes.Lookup(text);
            default: throw new ArgumentException("no family " + family);
        }
    }

    // One line in the format of test/languages/typescript/lookups.ts, from the match's public members.
    private static string LookupLine(string family, JsonData key)
    {
        object found = Lookup(family, key);
        string head = "lookup " + family + " " + key;
        if (found == null) return head + " -> unknown";
        // CodeMatch<T> of any family: its Member, MatchedBy and Facts.
        var type = found.GetType();
        object member = type.GetProperty("Member").GetValue(found, null);
        var by = (MatchedBy)type.GetProperty("MatchedBy").GetValue(found, null);
        var facts = (CodeFacts)type.GetProperty("Facts").GetValue(found, null);
        RetryAdvice advice = facts.RetryAdvice;
        Deprecation deprecation = facts.Deprecation;
        return string.Join(" ", new[]
        {
            head + " -> " + facts.Identifier,
            "by=" + by.Wire(),
            "value=" + Json(member),
            "group=" + facts.Group,
            "status=" + (facts.HttpStatus.HasValue ? facts.HttpStatus.Value.ToString(CultureInfo.InvariantCulture) : "none"),
            "strategy=" + advice.Strategy.Wire(),
            "basis=" + advice.Basis,
            "retryable=" + Bool(facts.IsRetryable),
            "stability=" + facts.Stability,
            "deprecated=" + (deprecation == null ? "none" : deprecation.Reason + (deprecation.Replacement == null ? "" : ":" + deprecation.Replacement)),
            "action=" + (facts.Action == null ? "none" : Json(facts.Action)),
            "description=" + Json(facts.Description),
            "note=" + Json(advice.Note),
            "override=" + (advice.Override == null ? "none" : Json(advice.Override)),
        });
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
        Console.OutputEncoding = new UTF8Encoding(false);
        if (args.Length == 2 && args[0] == "--lookups")
        {
            foreach (var pair in JsonData.Parse(File.ReadAllText(args[1])).Items) Console.WriteLine(LookupLine(pair[0].AsString(), pair[1]));
            return 0;
        }
        if (args.Length == 2 && args[0] == "--reconnect")
        {
            var reconnect = JsonData.Parse(File.ReadAllText(Path.Combine(args[1], "test", "vectors", "reconnect.json")));
            foreach (var c in reconnect["cases"].Items) Console.WriteLine(ReconnectLine(c));
            return 0;
        }
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: harness.exe <repository root> | --words | --lookups <keys.json> | --reconnect <repository root>");
            return 2;
        }
        foreach (var line in Lines(args[0])) Console.WriteLine(line);
        return 0;
    }
}
