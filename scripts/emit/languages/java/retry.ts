// The retry policy as Java data (RetryStrategy, RetryPolicyData), the decision type and adviseRetry with
// the same contract and answers as src/retry.ts, and ApiResponses, the envelope decoder that rejects what
// the envelope's JSON Schema rejects.
import type { Model } from "../../../catalog/model.js";
import { file, quote } from "../shared/common.js";
import { FAILING_STRATEGIES, FAIL_REASONS, RETRY_BASES, constantName, decisionPolicy, strategies } from "../shared/jvm-policy.js";
import { detailsChecks, unknownCodePattern, type FieldCheck, type JsonType } from "../../../catalog/details-checks.js";
import { javaPackage, java, javadoc } from "./profile.js";

const header = java.header("scripts/emit/languages/java/retry.ts");

const wireEnum = (name: string, doc: string, wires: readonly string[], indent = "") => [
  ...javadoc([doc], indent),
  `${indent}public enum ${name} {`,
  ...wires.map((w, i) => `${indent}    ${constantName(w)}(${quote(w)})${i === wires.length - 1 ? ";" : ","}`),
  "",
  `${indent}    private final String wire;`,
  "",
  `${indent}    ${name}(String wire) {`,
  `${indent}        this.wire = wire;`,
  `${indent}    }`,
  "",
  `${indent}    /** The name as the catalog and the TypeScript package spell it. */`,
  `${indent}    public String wire() {`,
  `${indent}        return wire;`,
  `${indent}    }`,
  `${indent}}`,
];

export function strategyFile(model: Model): string {
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    ...wireEnum("RetryStrategy", "What a client does about an error, as the catalog's retry advice names it.", strategies().map((s) => s.wire)),
  ]);
}

export function policyFile(model: Model): string {
  const p = decisionPolicy(model);
  const rest = model.restFamily.name;
  const deprecated = model.restFamily.codes.some((c) => c.deprecated);
  const num = (n: number) => (Number.isInteger(n) ? String(n) : `${n}`);
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    "import java.util.EnumMap;",
    "import java.util.Map;",
    "import java.util.Optional;",
    "import java.util.OptionalInt;",
    "import java.util.OptionalLong;",
    "",
    ...javadoc([`${model.retryPolicy.source.publisher ?? model.retryPolicy.source.title}'s retry policy as data, from the catalog's retryPolicy and its ${model.statusStrategy.size} HTTP statuses; Retries.adviseRetry reads it.`], ""),
    ...(deprecated ? ['@SuppressWarnings("deprecation")'] : []),
    "public final class RetryPolicyData {",
    "    private RetryPolicyData() {}",
    "",
    "    /** The wait before the first retry; each later one multiplies it by MULTIPLIER. */",
    `    public static final long INITIAL_DELAY_MS = ${p.initialDelayMs};`,
    `    public static final double MULTIPLIER = ${num(p.multiplier)};`,
    "    /** Random jitter added to each backoff wait, from the injected random source. */",
    `    public static final long JITTER_MIN_MS = ${p.jitterMinMs};`,
    `    public static final long JITTER_MAX_MS = ${p.jitterMaxMs};`,
    `    public static final int MAX_RETRIES = ${p.maxRetries};`,
    `    public static final long MAX_DELAY_MS = ${p.maxDelayMs};`,
    `    public static final String RETRY_AFTER_HEADER = ${quote(p.retryAfterHeader)};`,
    `    public static final String RESET_HEADER = ${quote(p.resetHeader)};`,
    "    /** The longest wait a client honours; a server asking for more gets a failure. */",
    `    public static final long MAX_WAIT_MS = ${p.maxWaitMs};`,
    "    /** A reset value at or above this is Unix milliseconds rather than seconds; empty when every value is seconds. */",
    `    public static final OptionalLong RESET_MILLISECONDS_FROM = ${p.resetMillisecondsFrom === undefined ? "OptionalLong.empty()" : `OptionalLong.of(${p.resetMillisecondsFrom}L)`};`,
    "    /** When a known code arrives under another status, the more cautious of the two rules wins. */",
    `    public static final boolean MOST_CAUTIOUS = ${p.mostCautious};`,
    "",
    "    private static final Map<Integer, RetryStrategy> STATUS_STRATEGY = Map.ofEntries(",
    ...p.statuses.map((s, i) => `            Map.entry(${s.status}, RetryStrategy.${constantName(s.strategy)})${i === p.statuses.length - 1 ? ");" : ","}`),
    "",
    `    private static final Map<${rest}, RetryStrategy> CODE_STRATEGY = new EnumMap<>(${rest}.class);`,
    `    private static final Map<${rest}, Integer> CODE_STATUS = new EnumMap<>(${rest}.class);`,
    "",
    "    static {",
    ...p.codes.map((c) => `        CODE_STRATEGY.put(${rest}.${c.wire}, RetryStrategy.${constantName(c.strategy)});`),
    ...p.codes.filter((c) => c.httpStatus !== undefined).map((c) => `        CODE_STATUS.put(${rest}.${c.wire}, ${c.httpStatus});`),
    "    }",
    "",
    "    /** A status's strategy, from its entry in the HTTP status family; empty for a status the catalog does not list. */",
    "    public static Optional<RetryStrategy> statusStrategy(int status) {",
    "        return Optional.ofNullable(STATUS_STRATEGY.get(status));",
    "    }",
    "",
    "    /** A code's own strategy. */",
    `    public static RetryStrategy codeStrategy(${rest} code) {`,
    "        return CODE_STRATEGY.get(code);",
    "    }",
    "",
    "    /** The status the API documents for a code; empty for a code documented without one. */",
    `    public static OptionalInt documentedStatus(${rest} code) {`,
    "        Integer status = CODE_STATUS.get(code);",
    "        return status == null ? OptionalInt.empty() : OptionalInt.of(status);",
    "    }",
    "}",
  ]);
}

export function decisionFile(model: Model): string {
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    "import java.util.Objects;",
    "import java.util.Optional;",
    "",
    ...javadoc(["What to do about a response: send it again after a delay, refresh the access token, or fail. toString() gives it in one line, as the shared decision vectors print it."], ""),
    "public final class RetryDecision {",
    "    /** The three answers. */",
    "    public enum Action {",
    "        RETRY,",
    "        REFRESH_TOKEN,",
    "        FAIL",
    "    }",
    "",
    ...wireEnum("Basis", "What set a retry's delay.", RETRY_BASES, "    "),
    "",
    ...wireEnum("FailReason", "Why the request should not be sent again.", FAIL_REASONS, "    "),
    "",
    "    private final Action action;",
    "    private final long delayMs;",
    "    private final Basis basis;",
    "    private final FailReason reason;",
    "    private final String detail;",
    "",
    "    private RetryDecision(Action action, long delayMs, Basis basis, FailReason reason, String detail) {",
    "        this.action = action;",
    "        this.delayMs = delayMs;",
    "        this.basis = basis;",
    "        this.reason = reason;",
    "        this.detail = detail;",
    "    }",
    "",
    "    static RetryDecision retry(long delayMs, Basis basis) {",
    "        return new RetryDecision(Action.RETRY, delayMs, Objects.requireNonNull(basis), null, \"\");",
    "    }",
    "",
    "    static RetryDecision refreshToken() {",
    "        return new RetryDecision(Action.REFRESH_TOKEN, 0, null, null, \"\");",
    "    }",
    "",
    "    static RetryDecision fail(FailReason reason, String detail) {",
    "        return new RetryDecision(Action.FAIL, 0, null, Objects.requireNonNull(reason), detail);",
    "    }",
    "",
    "    public Action action() {",
    "        return action;",
    "    }",
    "",
    "    /** How long to wait before sending again; 0 unless the action is RETRY. */",
    "    public long delayMs() {",
    "        return delayMs;",
    "    }",
    "",
    "    /** What set the delay, for RETRY. */",
    "    public Optional<Basis> basis() {",
    "        return Optional.ofNullable(basis);",
    "    }",
    "",
    "    /** Why not to retry, for FAIL. */",
    "    public Optional<FailReason> reason() {",
    "        return Optional.ofNullable(reason);",
    "    }",
    "",
    "    /** One sentence for logs on a FAIL; empty otherwise. */",
    "    public String detail() {",
    "        return detail;",
    "    }",
    "",
    "    @Override",
    "    public String toString() {",
    "        switch (action) {",
    "            case RETRY:",
    "                return \"retry \" + delayMs + \" \" + basis.wire();",
    "            case REFRESH_TOKEN:",
    "                return \"refresh-token\";",
    "            default:",
    "                return \"fail \" + reason.wire();",
    "        }",
    "    }",
    "}",
  ]);
}

export function retriesFile(model: Model): string {
  const rest = model.restFamily.name;
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    String.raw`import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ${javaPackage(model)}.RetryDecision.Basis;
import ${javaPackage(model)}.RetryDecision.FailReason;

/**
 * "This response failed; should I retry, and when?" The same contract and the same answers as the
 * TypeScript package's adviseRetry, with the numbers of {@link RetryPolicyData}. Never throws.
 */
public final class Retries {
    private Retries() {}

    private static final Pattern DELAY_SECONDS = Pattern.compile("^(\\d+)[ \\t]*(?:,|\\z)");
    private static final Pattern LIST_END = Pattern.compile("^[ \\t]*(?:,|\\z)");
    private static final Pattern RESET = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    private static final Pattern RFC_850 = Pattern.compile(
            "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    private static final Pattern ASCTIME = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \\d|\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");
    private static final List<String> MONTHS = Arrays.asList("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /**
     * What to do about the response to the {@code attempt}-th send of a request (1-based). A code's own
     * advice wins over its status's rule; a known code under another status gets the more cautious of the
     * two. On a rate limit the Retry-After and reset headers set the wait, up to the policy's ceiling.
     *
     * @param headers the response headers, names in any case (HttpHeaders.map() and
     *     HttpURLConnection.getHeaderFields() both fit); a repeated header's values count as one joined by ", "
     * @param body the response text, or null when there is none
     * @param tokenRefreshed true once the token has been refreshed for this request
     * @param nowMs the current time in Unix milliseconds
     * @param random the jitter's source, returning values in [0, 1) as Math::random does
     */
    public static RetryDecision adviseRetry(int status, Map<String, List<String>> headers, String body, int attempt,
            boolean tokenRefreshed, long nowMs, DoubleSupplier random) {
        if (attempt < 1) return RetryDecision.fail(FailReason.INVALID_ATTEMPT, "attempt must be a whole number from 1, not " + attempt);
        if (status >= 200 && status < 300) return RetryDecision.fail(FailReason.NOT_AN_ERROR, "status " + status + " is a success");

        Optional<ErrorCode> code = ApiResponses.errorCode(body);
        Optional<${rest}> known = code.flatMap(ErrorCode::known);
        Optional<RetryStrategy> byStatus = RetryPolicyData.statusStrategy(status);
        Optional<RetryStrategy> strategy;
        String subject;
        if (known.isPresent()) {
            RetryStrategy own = RetryPolicyData.codeStrategy(known.get());
            OptionalInt documented = RetryPolicyData.documentedStatus(known.get());
            if (documented.isPresent() && documented.getAsInt() == status) {
                subject = known.get().identifier() + " (" + status + ")";
                strategy = Optional.of(own);
            } else {
                // The server contradicts itself (a code under a status it is not documented with).
                subject = known.get().identifier() + " (" + status + ", documented " + (documented.isPresent() ? String.valueOf(documented.getAsInt()) : "without a status") + ")";
                strategy = RetryPolicyData.MOST_CAUTIOUS && failing(own) ? Optional.of(own) : byStatus;
            }
        } else {
            subject = code.isPresent() ? "unknown code " + code.get() + " (" + status + ")" : "status " + status;
            strategy = byStatus;
        }

        if (strategy.isEmpty()) return RetryDecision.fail(FailReason.NOT_RETRYABLE, subject + ": the retry policy does not list status " + status);
        if (failing(strategy.get())) return RetryDecision.fail(FailReason.NOT_RETRYABLE, subject + ": " + strategy.get().wire());
        if (strategy.get() == RetryStrategy.REFRESH_CREDENTIALS) {
            return tokenRefreshed
                    ? RetryDecision.fail(FailReason.REFRESH_ALREADY_TRIED, subject + " again after a token refresh: re-authenticate")
                    : RetryDecision.refreshToken();
        }
        if (attempt > RetryPolicyData.MAX_RETRIES) {
            return RetryDecision.fail(FailReason.ATTEMPTS_EXHAUSTED, subject + ": " + RetryPolicyData.MAX_RETRIES + " retries already made");
        }
        if (strategy.get() == RetryStrategy.WAIT_FOR_WINDOW) {
            Optional<RetryDecision> window = rateLimitWait(headers, nowMs).map(wait -> {
                if (wait.ms > RetryPolicyData.MAX_WAIT_MS) {
                    return RetryDecision.fail(FailReason.WAIT_TOO_LONG, subject + ": the server asks for "
                            + (long) Math.ceil(wait.ms / 1000) + " s, over the " + RetryPolicyData.MAX_WAIT_MS / 1000 + " s a client waits");
                }
                return RetryDecision.retry((long) Math.ceil(wait.ms + unit(random) * RetryPolicyData.JITTER_MAX_MS), wait.basis);
            });
            if (window.isPresent()) return window.get();
        }
        return RetryDecision.retry(backoffMs(attempt, random), Basis.BACKOFF);
    }

    /** The backoff before retry {@code attempt} (1 to MAX_RETRIES): exponential, plus jitter, capped at MAX_DELAY_MS. */
    public static long backoffMs(int attempt, DoubleSupplier random) {
        double base = RetryPolicyData.INITIAL_DELAY_MS * Math.pow(RetryPolicyData.MULTIPLIER, attempt - 1);
        double jitter = RetryPolicyData.JITTER_MIN_MS + unit(random) * (RetryPolicyData.JITTER_MAX_MS - RetryPolicyData.JITTER_MIN_MS);
        return Math.min(Math.round(base + jitter), RetryPolicyData.MAX_DELAY_MS);
    }

    private static boolean failing(RetryStrategy strategy) {
        // A tunnel reconnect is no step an HTTP client can take before sending again.
        return ${FAILING_STRATEGIES.map((f) => `strategy == RetryStrategy.${constantName(f)}`).join(" || ")};
    }

    /** A value in [0, 1]; a source that throws or gives NaN counts as 0. */
    private static double unit(DoubleSupplier random) {
        double x;
        try {
            x = random.getAsDouble();
        } catch (RuntimeException e) {
            return 0;
        }
        return x > 0 ? Math.min(x, 1) : 0;
    }

    private static final class Wait {
        final double ms;
        final Basis basis;

        Wait(double ms, Basis basis) {
            this.ms = ms;
            this.basis = basis;
        }
    }

    /** The wait the rate-limit headers ask for; of two usable answers, the later one. */
    private static Optional<Wait> rateLimitWait(Map<String, List<String>> headers, long nowMs) {
        Wait best = null;
        String retryAfter = trim(header(headers, RetryPolicyData.RETRY_AFTER_HEADER));
        if (!retryAfter.isEmpty()) {
            double ms = retryAfterMs(retryAfter, nowMs);
            if (Double.isFinite(ms) && ms > 0) best = new Wait(ms, Basis.RETRY_AFTER);
        }
        String reset = header(headers, RetryPolicyData.RESET_HEADER);
        // A repeated reset header, joined: its first value.
        reset = trim(reset == null || reset.indexOf(',') < 0 ? reset : reset.substring(0, reset.indexOf(',')));
        if (RESET.matcher(reset).matches()) {
            double n = Double.parseDouble(reset);
            OptionalLong msFrom = RetryPolicyData.RESET_MILLISECONDS_FROM;
            double ms = (msFrom.isPresent() && n >= msFrom.getAsLong() ? n : n * 1000) - nowMs;
            if (Double.isFinite(ms) && ms > 0 && (best == null || ms > best.ms)) best = new Wait(ms, Basis.RATE_LIMIT_RESET);
        }
        return Optional.ofNullable(best);
    }

    /** Retry-After as delay-seconds or an HTTP-date, in ms from now; NaN when it is neither. */
    private static double retryAfterMs(String value, long nowMs) {
        Matcher seconds = DELAY_SECONDS.matcher(value);
        if (seconds.lookingAt()) return Double.parseDouble(seconds.group(1)) * 1000;
        // IMF-fixdate holds a comma itself, so the first list element is found by parsing, not splitting.
        long[] date = httpDatePrefix(value, nowMs);
        if (date == null || !LIST_END.matcher(value.substring((int) date[1])).lookingAt()) return Double.NaN;
        return (double) (date[0] - nowMs);
    }

    /** An HTTP-date (IMF-fixdate, RFC 850 or asctime) at the start of text: {epoch ms, characters used}, or null. */
    private static long[] httpDatePrefix(String text, long nowMs) {
        Matcher m = IMF_FIXDATE.matcher(text);
        if (m.lookingAt()) return at(m, epochMs(num(m, 4), month(m, 3), num(m, 2), num(m, 5), num(m, 6), num(m, 7)));
        m = RFC_850.matcher(text);
        if (m.lookingAt()) {
            // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
            int current = Instant.ofEpochMilli(nowMs).atOffset(ZoneOffset.UTC).getYear();
            int year = current / 100 * 100 + num(m, 4);
            if (year > current + 50) year -= 100;
            return at(m, epochMs(year, month(m, 3), num(m, 2), num(m, 5), num(m, 6), num(m, 7)));
        }
        m = ASCTIME.matcher(text);
        if (m.lookingAt()) return at(m, epochMs(num(m, 7), month(m, 2), Integer.parseInt(m.group(3).trim()), num(m, 4), num(m, 5), num(m, 6)));
        return null;
    }

    private static long[] at(Matcher m, Long ms) {
        return ms == null ? null : new long[] {ms, m.end()};
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(Matcher m, int group) {
        return MONTHS.indexOf(m.group(group));
    }

    /** Null when a field is out of range (Feb 30, 24:00:00); second 60 is a leap second. */
    private static Long epochMs(int year, int month, int day, int hour, int minute, int second) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int days = month == 1 && leap ? 29 : DAYS_IN_MONTH[month];
        if (day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return null;
        long epochDay = LocalDate.of(year, month + 1, day).toEpochDay();
        return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
    }

    /** A header's values, names matched in any case, joined by ", " as a fetch Headers object joins them; null when absent. */
    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) return null;
        StringBuilder joined = null;
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() == null || !entry.getKey().equalsIgnoreCase(name) || entry.getValue() == null) continue;
            for (String value : entry.getValue()) {
                if (value == null) continue;
                if (joined == null) joined = new StringBuilder();
                else joined.append(", ");
                joined.append(value.strip());
            }
        }
        return joined == null ? null : joined.toString();
    }

    /** JavaScript's trim: the whitespace and line terminators of ECMAScript, so that every language reads a header alike. */
    private static String trim(String text) {
        if (text == null) return "";
        int start = 0;
        int end = text.length();
        while (start < end && isJsSpace(text.charAt(start))) start++;
        while (end > start && isJsSpace(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }
}`,
  ]);
}

const JAVA_TYPE: Record<JsonType, string> = {
  string: "STRING",
  integer: "INTEGER",
  number: "NUMBER",
  boolean: "BOOLEAN",
  array: "ARRAY",
  object: "OBJECT",
};

export function apiResponsesFile(model: Model): string {
  const rest = model.restFamily.name;
  const checks = detailsChecks(model);
  const pkg = javaPackage(model);
  const field = (f: FieldCheck) =>
    `new Field(${quote(f.name)}, ${f.type ? `Type.${JAVA_TYPE[f.type]}` : "null"}, ${f.minimum === undefined ? "null" : Number.isInteger(f.minimum) ? `${f.minimum}.0` : String(f.minimum)}, ${f.format ? `Format.${constantName(f.format)}` : "null"}, ${f.items ? `Type.${JAVA_TYPE[f.items]}` : "null"})`;
  const shapes = checks.map(
    (c) =>
      `        SHAPES.put(${rest}.${c.code}, new Shape(Arrays.asList(${c.required.map(quote).join(", ")}), Arrays.asList(\n${c.fields.map((f) => `                ${field(f)}`).join(",\n")})));`,
  );
  return file([
    header,
    `package ${pkg};`,
    "",
    String.raw`import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ${pkg}.DecodedResponse.ApiError;

/**
 * Reads a response body as the OrbVPN envelope. It accepts exactly what
 * generated/schema/api-response.schema.json accepts, and gives every other body (HTML from a proxy, a
 * {@code {"success":false}} without its error, a wrong type) as an INVALID result, never an exception.
 */
public final class ApiResponses {
    private ApiResponses() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** What a code the catalog does not know must look like. */
    private static final Pattern UNKNOWN_CODE = Pattern.compile(${quote(unknownCodePattern(model))});
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF<>\"{}|\\\\^\u0060]*");
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private enum Type { STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT }

    private enum Format { DATE_TIME, URI }

    private static final class Field {
        final String name;
        final Type type;
        final Double minimum;
        final Format format;
        final Type items;

        Field(String name, Type type, Double minimum, Format format, Type items) {
            this.name = name;
            this.type = type;
            this.minimum = minimum;
            this.format = format;
            this.items = items;
        }
    }

    private static final class Shape {
        final List<String> required;
        final List<Field> fields;

        Shape(List<String> required, List<Field> fields) {
            this.required = required;
            this.fields = fields;
        }
    }

    /** Each detailed code's details shape, from the catalog. */
    private static final Map<${rest}, Shape> SHAPES = new EnumMap<>(${rest}.class);

    static {
${shapes.join("\n")}
    }

    /** The body as the envelope; null or empty text is INVALID. */
    public static DecodedResponse decode(String body) {
        return read(body, true);
    }

    /**
     * The error's code, as adviseRetry reads it: from the envelope's core (success, error.code and
     * error.message), so that details of the wrong shape do not hide the code.
     */
    static Optional<ErrorCode> errorCode(String body) {
        return read(body, false).error().map(ApiError::code);
    }

    private static DecodedResponse read(String body, boolean strict) {
        if (body == null || body.isBlank()) return DecodedResponse.invalid("the body is empty");
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return DecodedResponse.invalid(body.strip().startsWith("<") ? "the body is HTML, not JSON (a proxy or gateway page?)" : "the body is not valid JSON");
        }
        if (root == null || !root.isObject()) return wrong("the body must be an object");
        JsonNode success = root.get("success");
        if (success == null) return wrong("the body must have required property 'success'");
        if (!success.isBoolean()) return wrong("/success must be a boolean");
        if (success.booleanValue()) {
            JsonNode data = root.get("data");
            return data == null ? wrong("the body must have required property 'data'") : DecodedResponse.success(data);
        }
        JsonNode error = root.get("error");
        if (error == null) return wrong("the body must have required property 'error'");
        if (!error.isObject()) return wrong("/error must be an object");
        JsonNode code = error.get("code");
        if (code == null || !code.isTextual()) return wrong("/error/code must be a string");
        JsonNode message = error.get("message");
        if (message == null || !message.isTextual()) return wrong("/error/message must be a string");
        Optional<${rest}> known = ${rest}.fromCode(code.textValue());
        JsonNode details = error.get("details");
        if (strict) {
            if (known.isEmpty() && !UNKNOWN_CODE.matcher(code.textValue()).matches()) return wrong("/error/code is neither a known code nor shaped like one");
            if (details != null && !details.isObject()) return wrong("/error/details must be an object");
            String problem = details != null && known.isPresent() ? detailsProblem(SHAPES.get(known.get()), details) : null;
            if (problem != null) return wrong("/error/details" + problem);
        }
        // JSON null details mean no details, as a server that always sends the key means it.
        boolean hasDetails = details != null && !details.isNull();
        return DecodedResponse.failure(new ApiError(ErrorCode.of(code.textValue()), message.textValue(), hasDetails ? details : null));
    }

    private static DecodedResponse wrong(String problem) {
        return DecodedResponse.invalid("not the OrbVPN envelope: " + problem);
    }

    /** What differs from the code's documented details, or null when nothing does (or the code documents none). */
    private static String detailsProblem(Shape shape, JsonNode details) {
        if (shape == null) return null;
        for (String name : shape.required) if (!details.has(name)) return " must have required property '" + name + "'";
        for (Field field : shape.fields) {
            JsonNode value = details.get(field.name);
            if (value == null) continue;
            if (field.type != null && !is(value, field.type)) return "/" + field.name + " must be " + field.type.name().toLowerCase();
            if (field.minimum != null && value.isNumber() && value.doubleValue() < field.minimum) return "/" + field.name + " must be >= " + field.minimum;
            if (field.format != null && value.isTextual() && !hasFormat(value.textValue(), field.format)) return "/" + field.name + " must match format " + field.format;
            if (field.items != null && value.isArray()) {
                for (JsonNode item : value) if (!is(item, field.items)) return "/" + field.name + " items must be " + field.items.name().toLowerCase();
            }
        }
        return null;
    }

    private static boolean is(JsonNode value, Type type) {
        switch (type) {
            case STRING:
                return value.isTextual();
            case INTEGER:
                // JSON Schema's integer is a number with no fraction: 2.0 is one.
                return value.isIntegralNumber() || (value.isNumber() && Double.isFinite(value.doubleValue()) && value.doubleValue() == Math.rint(value.doubleValue()));
            case NUMBER:
                return value.isNumber();
            case BOOLEAN:
                return value.isBoolean();
            case ARRAY:
                return value.isArray();
            default:
                return value.isObject();
        }
    }

    private static boolean hasFormat(String text, Format format) {
        if (format == Format.URI) return URI.matcher(text).matches();
        java.util.regex.Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) return false;
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if (month < 1 || month > 12) return false;
        int days = month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
        if (day < 1 || day > days) return false;
        if (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 || Integer.parseInt(m.group(6)) > 60) return false;
        return m.group(7) == null || (Integer.parseInt(m.group(8)) <= 23 && Integer.parseInt(m.group(9)) <= 59);
    }
}`,
  ]);
}

export function decodedFile(model: Model): string {
  const pkg = javaPackage(model);
  return file([
    header,
    `package ${pkg};`,
    "",
    String.raw`import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A response body read by {@link ApiResponses#decode}: a success with its data, the API's error, or a body
 * that is not the envelope. The accessors of the other kinds are empty, never null.
 */
public final class DecodedResponse {
    /** Which of the three the body was. */
    public enum Kind {
        SUCCESS,
        FAILURE,
        INVALID
    }

    private final Kind kind;
    private final JsonNode data;
    private final ApiError error;
    private final String problem;

    private DecodedResponse(Kind kind, JsonNode data, ApiError error, String problem) {
        this.kind = kind;
        this.data = data;
        this.error = error;
        this.problem = problem;
    }

    static DecodedResponse success(JsonNode data) {
        return new DecodedResponse(Kind.SUCCESS, Objects.requireNonNull(data), null, null);
    }

    static DecodedResponse failure(ApiError error) {
        return new DecodedResponse(Kind.FAILURE, null, Objects.requireNonNull(error), null);
    }

    static DecodedResponse invalid(String problem) {
        return new DecodedResponse(Kind.INVALID, null, null, problem);
    }

    public Kind kind() {
        return kind;
    }

    /** The envelope's data, for a SUCCESS (a JSON null is a NullNode). */
    public Optional<JsonNode> data() {
        return Optional.ofNullable(data);
    }

    /** The API's error, for a FAILURE. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** What was wrong with the body, for INVALID, in one line for logs. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The error object of a failed response: its code (open to codes this catalog does not know), message and details. */
    public static final class ApiError {
        private final ErrorCode code;
        private final String message;
        private final JsonNode details;

        ApiError(ErrorCode code, String message, JsonNode details) {
            this.code = code;
            this.message = message;
            this.details = details;
        }

        public ErrorCode code() {
            return code;
        }

        /** Human-readable; branch on the code, not on this. */
        public String message() {
            return message;
        }

        /** The error's details object, when it has one; for a code that documents them, in that shape. */
        public Optional<JsonNode> details() {
            return Optional.ofNullable(details);
        }
    }
}`,
  ]);
}
