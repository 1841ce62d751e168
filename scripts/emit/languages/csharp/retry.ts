// The retry policy as C# data (RetryStrategy, RetryPolicyData), RetryDecision and Retries.AdviseRetry with
// the same contract and answers as src/retry.ts, and ApiResponses.Decode, the envelope decoder that rejects
// what the envelope's JSON Schema rejects. C# 6, so that Mono's mcs builds it.
import type { Model } from "../../../catalog/model.js";
import { file, quote } from "../shared/common.js";
import { FAILING_STRATEGIES, FAIL_REASONS, RETRY_BASES, decisionPolicy, pascalName, strategies } from "../shared/jvm-policy.js";
import { detailsChecks, unknownCodePattern, type FieldCheck } from "../../../catalog/details-checks.js";
import { csharp, csharpNamespace } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/retry.ts");

/** An enum and its Wire() extension, the names as the catalog and the TypeScript package spell them. */
function wireEnum(name: string, doc: string, wires: readonly string[]): string[] {
  return [
    `    /// <summary>${doc}</summary>`,
    `    public enum ${name}`,
    "    {",
    ...wires.map((w) => `        ${pascalName(w)},`),
    "    }",
    "",
    `    /// <summary>The names of <see cref="${name}"/> as the catalog and the TypeScript package spell them.</summary>`,
    `    public static class ${name}Extensions`,
    "    {",
    `        public static string Wire(this ${name} value)`,
    "        {",
    "            switch (value)",
    "            {",
    ...wires.map((w) => `                case ${name}.${pascalName(w)}: return ${quote(w)};`),
    "                default: throw new ArgumentOutOfRangeException(\"value\", value, null);",
    "            }",
    "        }",
    "    }",
  ];
}

export function policyFile(model: Model): string {
  const p = decisionPolicy(model);
  const rest = model.restFamily.name;
  const deprecated = model.restFamily.codes.some((c) => c.deprecated);
  return file([
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using System.Collections.Generic;",
    "",
    ...wireEnum("RetryStrategy", "What a client does about an error, as the catalog's retry advice names it.", strategies().map((s) => s.wire)),
    "",
    ...(deprecated ? ["#pragma warning disable 618"] : []),
    `    /// <summary>${model.retryPolicy.source.publisher ?? model.retryPolicy.source.title}'s retry policy as data, from the catalog's retryPolicy and its HTTP statuses; Retries.AdviseRetry reads it.</summary>`,
    "    public static class RetryPolicyData",
    "    {",
    "        /// <summary>The wait before the first retry; each later one multiplies it by Multiplier.</summary>",
    `        public const long InitialDelayMs = ${p.initialDelayMs};`,
    `        public const double Multiplier = ${p.multiplier};`,
    "        /// <summary>The least random jitter added to each backoff wait.</summary>",
    `        public const long JitterMinMs = ${p.jitterMinMs};`,
    "        /// <summary>The most random jitter added to each backoff wait.</summary>",
    `        public const long JitterMaxMs = ${p.jitterMaxMs};`,
    "        /// <summary>How many times a request is sent again at most.</summary>",
    `        public const int MaxRetries = ${p.maxRetries};`,
    "        /// <summary>The longest backoff wait.</summary>",
    `        public const long MaxDelayMs = ${p.maxDelayMs};`,
    "        /// <summary>The header with the wait in seconds or as an HTTP date.</summary>",
    `        public const string RetryAfterHeader = ${quote(p.retryAfterHeader)};`,
    "        /// <summary>The header with the end of the rate-limit window as a Unix time.</summary>",
    `        public const string ResetHeader = ${quote(p.resetHeader)};`,
    "        /// <summary>The longest wait a client honours; a server asking for more gets a failure.</summary>",
    `        public const long MaxWaitMs = ${p.maxWaitMs};`,
    "        /// <summary>A reset value at or above this is Unix milliseconds rather than seconds; null when every value is seconds.</summary>",
    `        public static readonly long? ResetMillisecondsFrom = ${p.resetMillisecondsFrom === undefined ? "null" : `${p.resetMillisecondsFrom}L`};`,
    "        /// <summary>When a known code arrives under another status, the more cautious of the two rules wins.</summary>",
    `        public const bool MostCautious = ${p.mostCautious};`,
    "",
    "        /// <summary>Each listed status's strategy, from its entry in the HTTP status family.</summary>",
    "        public static readonly IReadOnlyDictionary<int, RetryStrategy> StatusStrategy = new Dictionary<int, RetryStrategy>",
    "        {",
    ...p.statuses.map((s) => `            { ${s.status}, RetryStrategy.${pascalName(s.strategy)} },`),
    "        };",
    "",
    "        /// <summary>Each code's own strategy.</summary>",
    `        public static readonly IReadOnlyDictionary<${rest}, RetryStrategy> CodeStrategy = new Dictionary<${rest}, RetryStrategy>`,
    "        {",
    ...p.codes.map((c) => `            { ${rest}.${c.wire}, RetryStrategy.${pascalName(c.strategy)} },`),
    "        };",
    "",
    "        /// <summary>The status the API documents for each code that has one.</summary>",
    `        public static readonly IReadOnlyDictionary<${rest}, int> CodeStatus = new Dictionary<${rest}, int>`,
    "        {",
    ...p.codes.filter((c) => c.httpStatus !== undefined).map((c) => `            { ${rest}.${c.wire}, ${c.httpStatus} },`),
    "        };",
    "    }",
    ...(deprecated ? ["#pragma warning restore 618"] : []),
    "}",
  ]);
}

export function retriesFile(model: Model): string {
  const rest = model.restFamily.name;
  return file([
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using System.Collections.Generic;",
    "    using System.Globalization;",
    "    using System.Text;",
    "    using System.Text.RegularExpressions;",
    "",
    ...wireEnum("RetryBasis", "What set a retry's delay.", RETRY_BASES),
    "",
    ...wireEnum("FailReason", "Why the request should not be sent again.", FAIL_REASONS),
    "",
    String.raw`    /// <summary>The three answers of a retry decision.</summary>
    public enum RetryAction
    {
        Retry,
        RefreshToken,
        Fail,
    }

    /// <summary>What to do about a response; ToString() gives it in one line, as the shared decision vectors print it.</summary>
    public sealed class RetryDecision
    {
        private RetryDecision(RetryAction action, long delayMs, RetryBasis? basis, FailReason? reason, string detail)
        {
            Action = action;
            DelayMs = delayMs;
            Basis = basis;
            Reason = reason;
            Detail = detail;
        }

        /// <summary>Send again, refresh the token, or fail.</summary>
        public RetryAction Action { get; }

        /// <summary>How long to wait before sending again; 0 unless Action is Retry.</summary>
        public long DelayMs { get; }

        /// <summary>What set the delay, for Retry; null otherwise.</summary>
        public RetryBasis? Basis { get; }

        /// <summary>Why not to retry, for Fail; null otherwise.</summary>
        public FailReason? Reason { get; }

        /// <summary>One sentence for logs on a Fail; empty otherwise.</summary>
        public string Detail { get; }

        internal static RetryDecision Retry(long delayMs, RetryBasis basis)
        {
            return new RetryDecision(RetryAction.Retry, delayMs, basis, null, "");
        }

        internal static RetryDecision RefreshToken()
        {
            return new RetryDecision(RetryAction.RefreshToken, 0, null, null, "");
        }

        internal static RetryDecision Fail(FailReason reason, string detail)
        {
            return new RetryDecision(RetryAction.Fail, 0, null, reason, detail);
        }

        public override string ToString()
        {
            switch (Action)
            {
                case RetryAction.Retry: return "retry " + DelayMs.ToString(CultureInfo.InvariantCulture) + " " + Basis.Value.Wire();
                case RetryAction.RefreshToken: return "refresh-token";
                default: return "fail " + Reason.Value.Wire();
            }
        }
    }

    /// <summary>
    /// "This response failed; should I retry, and when?" The same contract and the same answers as the
    /// TypeScript package's adviseRetry, with the numbers of RetryPolicyData. Never throws.
    /// </summary>
    public static class Retries
    {
        private static readonly Regex DelaySeconds = new Regex(@"^([0-9]+)[ \t]*(?:,|\z)", RegexOptions.CultureInvariant);
        private static readonly Regex ListEnd = new Regex(@"^[ \t]*(?:,|\z)", RegexOptions.CultureInvariant);
        private static readonly Regex Reset = new Regex(@"^[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant);
        private static readonly Regex ImfFixdate = new Regex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT", RegexOptions.CultureInvariant);
        private static readonly Regex Rfc850 = new Regex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT", RegexOptions.CultureInvariant);
        private static readonly Regex Asctime = new Regex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [0-9]|[0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})", RegexOptions.CultureInvariant);
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        internal static readonly int[] DaysInMonth = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        internal const string JsSpace = "\t\n\u000B\u000C\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

        /// <summary>
        /// What to do about the response to the attempt-th send of a request (1-based). A code's own advice
        /// wins over its status's rule; a known code under another status gets the more cautious of the two.
        /// On a rate limit the Retry-After and reset headers set the wait, up to the policy's ceiling.
        /// </summary>
        /// <param name="status">The HTTP status.</param>
        /// <param name="headers">The response headers (HttpResponseMessage.Headers fits), names in any case; a repeated header's values count as one joined by ", ".</param>
        /// <param name="body">The response text, or null when there is none.</param>
        /// <param name="attempt">Which send of the request this response answers, from 1.</param>
        /// <param name="tokenRefreshed">True once the token has been refreshed for this request.</param>
        /// <param name="nowMs">The current time in Unix milliseconds.</param>
        /// <param name="random">The jitter's source, giving values in [0, 1).</param>
        public static RetryDecision AdviseRetry(int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string body, int attempt, bool tokenRefreshed, long nowMs, Func<double> random)
        {
            if (attempt < 1) return RetryDecision.Fail(FailReason.InvalidAttempt, "attempt must be a whole number from 1, not " + attempt);
            if (status >= 200 && status < 300) return RetryDecision.Fail(FailReason.NotAnError, "status " + status + " is a success");

            ErrorCode code = ApiResponses.ErrorCodeOf(body);
            ${rest}? known = code == null ? null : code.Known;
            RetryStrategy byStatusValue;
            RetryStrategy? byStatus = RetryPolicyData.StatusStrategy.TryGetValue(status, out byStatusValue) ? byStatusValue : (RetryStrategy?)null;
            RetryStrategy? strategy;
            string subject;
            if (known.HasValue)
            {
                RetryStrategy own = RetryPolicyData.CodeStrategy[known.Value];
                int documented;
                bool hasStatus = RetryPolicyData.CodeStatus.TryGetValue(known.Value, out documented);
                if (hasStatus && documented == status)
                {
                    subject = known.Value.Identifier() + " (" + status + ")";
                    strategy = own;
                }
                else
                {
                    // The server contradicts itself (a code under a status it is not documented with).
                    subject = known.Value.Identifier() + " (" + status + ", documented " + (hasStatus ? documented.ToString(CultureInfo.InvariantCulture) : "without a status") + ")";
                    strategy = RetryPolicyData.MostCautious && Failing(own) ? own : byStatus;
                }
            }
            else
            {
                subject = code != null ? "unknown code " + code + " (" + status + ")" : "status " + status;
                strategy = byStatus;
            }

            if (!strategy.HasValue) return RetryDecision.Fail(FailReason.NotRetryable, subject + ": the retry policy does not list status " + status);
            if (Failing(strategy.Value)) return RetryDecision.Fail(FailReason.NotRetryable, subject + ": " + strategy.Value.Wire());
            if (strategy.Value == RetryStrategy.RefreshCredentials)
            {
                return tokenRefreshed
                    ? RetryDecision.Fail(FailReason.RefreshAlreadyTried, subject + " again after a token refresh: re-authenticate")
                    : RetryDecision.RefreshToken();
            }
            if (attempt > RetryPolicyData.MaxRetries)
            {
                return RetryDecision.Fail(FailReason.AttemptsExhausted, subject + ": " + RetryPolicyData.MaxRetries + " retries already made");
            }
            if (strategy.Value == RetryStrategy.WaitForWindow)
            {
                double waitMs;
                RetryBasis basis;
                if (RateLimitWait(headers, nowMs, out waitMs, out basis))
                {
                    if (waitMs > RetryPolicyData.MaxWaitMs)
                    {
                        return RetryDecision.Fail(FailReason.WaitTooLong, subject + ": the server asks for " + Math.Ceiling(waitMs / 1000).ToString(CultureInfo.InvariantCulture)
                            + " s, over the " + (RetryPolicyData.MaxWaitMs / 1000) + " s a client waits");
                    }
                    return RetryDecision.Retry((long)Math.Ceiling(waitMs + Unit(random) * RetryPolicyData.JitterMaxMs), basis);
                }
            }
            return RetryDecision.Retry(BackoffMs(attempt, random), RetryBasis.Backoff);
        }

        /// <summary>The backoff before retry attempt (1 to MaxRetries): exponential, plus jitter, capped at MaxDelayMs.</summary>
        public static long BackoffMs(int attempt, Func<double> random)
        {
            double b = RetryPolicyData.InitialDelayMs * Math.Pow(RetryPolicyData.Multiplier, attempt - 1);
            double jitter = RetryPolicyData.JitterMinMs + Unit(random) * (RetryPolicyData.JitterMaxMs - RetryPolicyData.JitterMinMs);
            // Half rounds up, as JavaScript's Math.round does (Math.Round would round it to even).
            return Math.Min((long)Math.Floor(b + jitter + 0.5), RetryPolicyData.MaxDelayMs);
        }

        // A tunnel reconnect is no step an HTTP client can take before sending again.
        private static bool Failing(RetryStrategy strategy)
        {
            return ${FAILING_STRATEGIES.map((f) => `strategy == RetryStrategy.${pascalName(f)}`).join(" || ")};
        }

        // A value in [0, 1]; a source that is missing, throws or gives NaN counts as 0.
        private static double Unit(Func<double> random)
        {
            double x;
            try
            {
                x = random == null ? 0 : random();
            }
            catch (Exception)
            {
                return 0;
            }
            return x > 0 ? Math.Min(x, 1) : 0;
        }

        // The wait the rate-limit headers ask for; of two usable answers, the later one.
        private static bool RateLimitWait(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, long nowMs, out double waitMs, out RetryBasis basis)
        {
            waitMs = 0;
            basis = RetryBasis.RetryAfter;
            bool found = false;
            string retryAfter = JsTrim(Header(headers, RetryPolicyData.RetryAfterHeader));
            if (retryAfter.Length > 0)
            {
                double ms = RetryAfterMs(retryAfter, nowMs);
                if (!double.IsNaN(ms) && !double.IsInfinity(ms) && ms > 0)
                {
                    waitMs = ms;
                    found = true;
                }
            }
            string reset = Header(headers, RetryPolicyData.ResetHeader);
            // A repeated reset header, joined: its first value.
            if (reset != null && reset.IndexOf(',') >= 0) reset = reset.Substring(0, reset.IndexOf(','));
            reset = JsTrim(reset);
            if (Reset.IsMatch(reset))
            {
                double n = double.Parse(reset, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                long? msFrom = RetryPolicyData.ResetMillisecondsFrom;
                double ms = (msFrom.HasValue && n >= msFrom.Value ? n : n * 1000) - nowMs;
                if (!double.IsNaN(ms) && !double.IsInfinity(ms) && ms > 0 && (!found || ms > waitMs))
                {
                    waitMs = ms;
                    basis = RetryBasis.RateLimitReset;
                    found = true;
                }
            }
            return found;
        }

        // Retry-After as delay-seconds or an HTTP-date, in ms from now; NaN when it is neither.
        private static double RetryAfterMs(string value, long nowMs)
        {
            Match seconds = DelaySeconds.Match(value);
            if (seconds.Success) return double.Parse(seconds.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) * 1000;
            // IMF-fixdate holds a comma itself, so the first list element is found by parsing, not splitting.
            long ms;
            int length;
            if (!HttpDatePrefix(value, nowMs, out ms, out length) || !ListEnd.IsMatch(value.Substring(length))) return double.NaN;
            return ms - nowMs;
        }

        // An HTTP-date (IMF-fixdate, RFC 850 or asctime) at the start of text.
        private static bool HttpDatePrefix(string text, long nowMs, out long ms, out int length)
        {
            Match m = ImfFixdate.Match(text);
            if (m.Success) return At(m, N(m, 4), Month(m, 3), N(m, 2), N(m, 5), N(m, 6), N(m, 7), out ms, out length);
            m = Rfc850.Match(text);
            if (m.Success)
            {
                // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
                int current = YearOf(nowMs);
                int year = current / 100 * 100 + N(m, 4);
                if (year > current + 50) year -= 100;
                return At(m, year, Month(m, 3), N(m, 2), N(m, 5), N(m, 6), N(m, 7), out ms, out length);
            }
            m = Asctime.Match(text);
            if (m.Success) return At(m, N(m, 7), Month(m, 2), N(m, 3), N(m, 4), N(m, 5), N(m, 6), out ms, out length);
            ms = 0;
            length = 0;
            return false;
        }

        private static int N(Match m, int group)
        {
            return int.Parse(m.Groups[group].Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        private static int Month(Match m, int group)
        {
            return Array.IndexOf(Months, m.Groups[group].Value);
        }

        // False when a field is out of range (Feb 30, 24:00:00); second 60 is a leap second.
        private static bool At(Match m, int year, int month, int day, int hour, int minute, int second, out long ms, out int length)
        {
            ms = 0;
            length = m.Length;
            bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            int days = month == 1 && leap ? 29 : DaysInMonth[month];
            if (day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return false;
            ms = (((DaysFromCivil(year, month + 1, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000L;
            return true;
        }

        // Days since 1970-01-01 in the proleptic Gregorian calendar, for any year (DateTime stops at year 1).
        private static long DaysFromCivil(long year, int month, int day)
        {
            year -= month <= 2 ? 1 : 0;
            long era = (year >= 0 ? year : year - 399) / 400;
            long yoe = year - era * 400;
            long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097 + doe - 719468;
        }

        private static int YearOf(long ms)
        {
            return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms).Year;
        }

        // A header's values, names matched in any case, joined by ", " as a fetch Headers object joins them; null when absent.
        private static string Header(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string name)
        {
            if (headers == null) return null;
            StringBuilder joined = null;
            foreach (var entry in headers)
            {
                if (entry.Key == null || entry.Value == null || !string.Equals(entry.Key, name, StringComparison.OrdinalIgnoreCase)) continue;
                foreach (string value in entry.Value)
                {
                    if (value == null) continue;
                    if (joined == null) joined = new StringBuilder();
                    else joined.Append(", ");
                    joined.Append(value.Trim(' ', '\t', '\r', '\n'));
                }
            }
            return joined == null ? null : joined.ToString();
        }

        // JavaScript's trim, so that every language reads a header alike.
        internal static string JsTrim(string text)
        {
            return text == null ? "" : text.Trim(JsSpace.ToCharArray());
        }
    }`,
    "}",
  ]);
}

export function apiResponsesFile(model: Model): string {
  const rest = model.restFamily.name;
  const field = (f: FieldCheck) =>
    `new Field(${quote(f.name)}, ${f.type ? `JsonKind.${pascalName(f.type)}` : "null"}, ${f.minimum === undefined ? "null" : `${f.minimum}`}, ${f.format ? `StringFormat.${pascalName(f.format)}` : "null"}, ${f.items ? `JsonKind.${pascalName(f.items)}` : "null"})`;
  const shapes = detailsChecks(model).map(
    (c) => `            { ${rest}.${c.code}, new Shape(new[] { ${c.required.map(quote).join(", ")} }, new[]\n                {\n${c.fields.map((f) => `                    ${field(f)},`).join("\n")}\n                }) },`,
  );
  // .NET's $ also matches before a final newline; \z is the end, as JavaScript's $ is.
  const pattern = unknownCodePattern(model).replace(/\$$/, "\\z");
  return file([
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using System.Collections.Generic;",
    "    using System.Globalization;",
    "    using System.IO;",
    "    using System.Text.RegularExpressions;",
    "    using Newtonsoft.Json;",
    "    using Newtonsoft.Json.Linq;",
    "",
    String.raw`    /// <summary>Which of the three a response body was.</summary>
    public enum ResponseKind
    {
        Success,
        Failure,
        Invalid,
    }

    /// <summary>The error object of a failed response: its code (open to codes this catalog does not know), message and details.</summary>
    public sealed class ApiError
    {
        internal ApiError(ErrorCode code, string message, JObject details)
        {
            Code = code;
            Message = message;
            Details = details;
        }

        /// <summary>The code; Known gives the catalog's member when there is one.</summary>
        public ErrorCode Code { get; }

        /// <summary>Human-readable; branch on the code, not on this.</summary>
        public string Message { get; }

        /// <summary>The error's details object, or null; for a code that documents them, in that shape.</summary>
        public JObject Details { get; }
    }

    /// <summary>A response body read by ApiResponses.Decode: a success with its data, the API's error, or a body that is not the envelope.</summary>
    public sealed class DecodedResponse
    {
        private DecodedResponse(ResponseKind kind, JToken data, ApiError error, string problem)
        {
            Kind = kind;
            Data = data;
            Error = error;
            Problem = problem;
        }

        /// <summary>Success, Failure or Invalid.</summary>
        public ResponseKind Kind { get; }

        /// <summary>The envelope's data, for a Success (a JSON null is a JValue); null otherwise.</summary>
        public JToken Data { get; }

        /// <summary>The API's error, for a Failure; null otherwise.</summary>
        public ApiError Error { get; }

        /// <summary>What was wrong with the body, for Invalid, in one line for logs; null otherwise.</summary>
        public string Problem { get; }

        /// <summary>The API's error, when the body was one.</summary>
        public bool TryGetError(out ApiError error)
        {
            error = Error;
            return error != null;
        }

        internal static DecodedResponse OfSuccess(JToken data)
        {
            return new DecodedResponse(ResponseKind.Success, data, null, null);
        }

        internal static DecodedResponse OfFailure(ApiError error)
        {
            return new DecodedResponse(ResponseKind.Failure, null, error, null);
        }

        internal static DecodedResponse OfInvalid(string problem)
        {
            return new DecodedResponse(ResponseKind.Invalid, null, null, problem);
        }
    }

    /// <summary>
    /// Reads a response body as the OrbVPN envelope. It accepts exactly what
    /// generated/schema/api-response.schema.json accepts; every other body (HTML from a proxy, a
    /// {"success":false} without its error, a wrong type, null) is Invalid, never an exception.
    /// </summary>
    public static class ApiResponses
    {
        /// <summary>What a code the catalog does not know must look like.</summary>
        private static readonly Regex UnknownCode = new Regex(${quote(pattern)}, RegexOptions.CultureInvariant);
        private static readonly Regex DateTimeFormat = new Regex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))\z", RegexOptions.CultureInvariant);
        private static readonly Regex UriFormat = new Regex(@"^[A-Za-z][A-Za-z0-9+.-]*:[^<>""{}|\\^` + "`" + String.raw`" + Retries.JsSpace + @"]*\z", RegexOptions.CultureInvariant);

        private enum JsonKind { String, Integer, Number, Boolean, Array, Object }

        private enum StringFormat { DateTime, Uri }

        private sealed class Field
        {
            public readonly string Name;
            public readonly JsonKind? Type;
            public readonly double? Minimum;
            public readonly StringFormat? Format;
            public readonly JsonKind? Items;

            public Field(string name, JsonKind? type, double? minimum, StringFormat? format, JsonKind? items)
            {
                Name = name;
                Type = type;
                Minimum = minimum;
                Format = format;
                Items = items;
            }
        }

        private sealed class Shape
        {
            public readonly string[] Required;
            public readonly Field[] Fields;

            public Shape(string[] required, Field[] fields)
            {
                Required = required;
                Fields = fields;
            }
        }

        // Each detailed code's details shape, from the catalog.
        private static readonly Dictionary<${rest}, Shape> Shapes = new Dictionary<${rest}, Shape>
        {
${shapes.join("\n")}
        };

        /// <summary>The body as the envelope; null or empty text is Invalid.</summary>
        public static DecodedResponse Decode(string body)
        {
            return Read(body, true);
        }

        // The error's code as AdviseRetry reads it: from the envelope's core (success, error.code and
        // error.message), so that details of the wrong shape do not hide the code.
        internal static ErrorCode ErrorCodeOf(string body)
        {
            ApiError error;
            return Read(body, false).TryGetError(out error) ? error.Code : null;
        }

        private static DecodedResponse Wrong(string problem)
        {
            return DecodedResponse.OfInvalid("not the OrbVPN envelope: " + problem);
        }

        private static DecodedResponse Read(string body, bool strict)
        {
            if (body == null || Retries.JsTrim(body).Length == 0) return DecodedResponse.OfInvalid("the body is empty");
            JToken root = StrictJson.Parse(body);
            if (root == null)
            {
                return DecodedResponse.OfInvalid(Retries.JsTrim(body).StartsWith("<", StringComparison.Ordinal) ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON");
            }
            var envelope = root as JObject;
            if (envelope == null) return Wrong("the body must be an object");
            JToken success;
            if (!envelope.TryGetValue("success", out success)) return Wrong("the body must have required property 'success'");
            if (success.Type != JTokenType.Boolean) return Wrong("/success must be a boolean");
            if ((bool)success)
            {
                JToken data;
                return envelope.TryGetValue("data", out data) ? DecodedResponse.OfSuccess(data) : Wrong("the body must have required property 'data'");
            }
            JToken errorToken;
            if (!envelope.TryGetValue("error", out errorToken)) return Wrong("the body must have required property 'error'");
            var error = errorToken as JObject;
            if (error == null) return Wrong("/error must be an object");
            JToken code, message, details;
            if (!error.TryGetValue("code", out code) || code.Type != JTokenType.String) return Wrong("/error/code must be a string");
            if (!error.TryGetValue("message", out message) || message.Type != JTokenType.String) return Wrong("/error/message must be a string");
            string codeText = (string)code;
            ${rest} known;
            bool isKnown = ${rest}Extensions.TryFromCode(codeText, out known);
            error.TryGetValue("details", out details);
            if (strict)
            {
                if (!isKnown && !UnknownCode.IsMatch(codeText)) return Wrong("/error/code is neither a known code nor shaped like one");
                if (details != null && details.Type != JTokenType.Object) return Wrong("/error/details must be an object");
                Shape shape;
                string problem = details != null && isKnown && Shapes.TryGetValue(known, out shape) ? DetailsProblem(shape, (JObject)details) : null;
                if (problem != null) return Wrong("/error/details" + problem);
            }
            // JSON null details mean no details, as a server that always sends the key means it.
            return DecodedResponse.OfFailure(new ApiError(new ErrorCode(codeText), (string)message, details as JObject));
        }

        // What differs from the code's documented details, or null when nothing does.
        private static string DetailsProblem(Shape shape, JObject details)
        {
            foreach (string name in shape.Required)
            {
                if (details.Property(name) == null) return " must have required property '" + name + "'";
            }
            foreach (Field field in shape.Fields)
            {
                JToken value;
                if (!details.TryGetValue(field.Name, out value)) continue;
                if (field.Type.HasValue && !Is(value, field.Type.Value)) return "/" + field.Name + " must be " + field.Type.Value.ToString().ToLowerInvariant();
                if (field.Minimum.HasValue && IsNumber(value) && (double)value < field.Minimum.Value) return "/" + field.Name + " must be >= " + field.Minimum.Value.ToString(CultureInfo.InvariantCulture);
                if (field.Format.HasValue && value.Type == JTokenType.String && !HasFormat((string)value, field.Format.Value)) return "/" + field.Name + " must match format " + field.Format.Value;
                if (field.Items.HasValue && value.Type == JTokenType.Array)
                {
                    foreach (JToken item in value)
                    {
                        if (!Is(item, field.Items.Value)) return "/" + field.Name + " items must be " + field.Items.Value.ToString().ToLowerInvariant();
                    }
                }
            }
            return null;
        }

        private static bool IsNumber(JToken value)
        {
            return value.Type == JTokenType.Integer || value.Type == JTokenType.Float;
        }

        private static bool Is(JToken value, JsonKind kind)
        {
            switch (kind)
            {
                case JsonKind.String: return value.Type == JTokenType.String;
                case JsonKind.Integer:
                    // JSON Schema's integer is a number with no fraction: 2.0 is one.
                    if (value.Type == JTokenType.Integer) return true;
                    if (value.Type != JTokenType.Float) return false;
                    double d = (double)value;
                    return !double.IsInfinity(d) && !double.IsNaN(d) && d == Math.Floor(d);
                case JsonKind.Number: return IsNumber(value);
                case JsonKind.Boolean: return value.Type == JTokenType.Boolean;
                case JsonKind.Array: return value.Type == JTokenType.Array;
                default: return value.Type == JTokenType.Object;
            }
        }

        private static bool HasFormat(string text, StringFormat format)
        {
            if (format == StringFormat.Uri) return UriFormat.IsMatch(text);
            Match m = DateTimeFormat.Match(text);
            if (!m.Success) return false;
            Func<int, int> g = i => int.Parse(m.Groups[i].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            int year = g(1), month = g(2), day = g(3);
            bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            if (month < 1 || month > 12) return false;
            int days = month == 2 && leap ? 29 : Retries.DaysInMonth[month - 1];
            if (day < 1 || day > days || g(4) > 23 || g(5) > 59 || g(6) > 60) return false;
            return !m.Groups[7].Success || (g(8) <= 23 && g(9) <= 59);
        }
    }

    /// <summary>
    /// RFC 8259 JSON and nothing more: Json.NET alone would also read comments, single quotes, bare names
    /// and NaN, which a JSON Schema validator never sees as JSON.
    /// </summary>
    internal static class StrictJson
    {
        /// <summary>The value, or null when the text is not exactly one JSON value.</summary>
        public static JToken Parse(string text)
        {
            int at = 0;
            if (!Value(text, ref at, 0) || Skip(text, at) != text.Length) return null;
            try
            {
                using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double })
                {
                    return JToken.ReadFrom(reader);
                }
            }
            catch (JsonException)
            {
                return null;
            }
            catch (ArgumentException)
            {
                // A repeated key, which Json.NET refuses.
                return null;
            }
        }

        private static int Skip(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            return i;
        }

        private static bool Value(string s, ref int i, int depth)
        {
            if (depth > 512) return false;
            i = Skip(s, i);
            if (i >= s.Length) return false;
            char c = s[i];
            if (c == '{')
            {
                i = Skip(s, i + 1);
                if (i < s.Length && s[i] == '}') { i++; return true; }
                while (true)
                {
                    i = Skip(s, i);
                    if (!ReadString(s, ref i)) return false;
                    i = Skip(s, i);
                    if (i >= s.Length || s[i] != ':') return false;
                    i++;
                    if (!Value(s, ref i, depth + 1)) return false;
                    i = Skip(s, i);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    if (i < s.Length && s[i] == '}') { i++; return true; }
                    return false;
                }
            }
            if (c == '[')
            {
                i = Skip(s, i + 1);
                if (i < s.Length && s[i] == ']') { i++; return true; }
                while (true)
                {
                    if (!Value(s, ref i, depth + 1)) return false;
                    i = Skip(s, i);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    if (i < s.Length && s[i] == ']') { i++; return true; }
                    return false;
                }
            }
            if (c == '"') return ReadString(s, ref i);
            foreach (string word in new[] { "true", "false", "null" })
            {
                if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0) { i += word.Length; return true; }
            }
            return ReadNumber(s, ref i);
        }

        private static bool ReadString(string s, ref int i)
        {
            if (i >= s.Length || s[i] != '"') return false;
            i++;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '"') { i++; return true; }
                if (c < 0x20) return false;
                if (c == '\\')
                {
                    i++;
                    if (i >= s.Length) return false;
                    char e = s[i];
                    if (e == 'u')
                    {
                        if (i + 4 >= s.Length) return false;
                        for (int k = 1; k <= 4; k++)
                        {
                            if (!Uri.IsHexDigit(s[i + k])) return false;
                        }
                        i += 4;
                    }
                    else if ("\"\\/bfnrt".IndexOf(e) < 0) return false;
                }
                i++;
            }
            return false;
        }

        private static bool ReadNumber(string s, ref int i)
        {
            int start = i;
            if (i < s.Length && s[i] == '-') i++;
            if (i < s.Length && s[i] == '0') i++;
            else if (i < s.Length && s[i] >= '1' && s[i] <= '9') while (i < s.Length && char.IsDigit(s[i]) && s[i] <= '9') i++;
            else return false;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                if (i >= s.Length || s[i] < '0' || s[i] > '9') return false;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            }
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                if (i >= s.Length || s[i] < '0' || s[i] > '9') return false;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            }
            return i > start;
        }
    }`,
    "}",
  ]);
}
