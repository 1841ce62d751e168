// DefaultPolicy: the catalog's runtime policy (scripts/catalog/runtime-policy.ts) as literals of the Java
// runtime's RetryPolicy and EnvelopePolicy, which Retries.adviseRetry and ApiResponses.decode take.
import type { Model } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import type { FieldCheck } from "../../../catalog/details-checks.js";
import { file, quote } from "../shared/common.js";
import { constantName } from "../shared/jvm-policy.js";
import { detailsClass } from "../shared/jvm.js";
import { java, javaPackage, javadoc } from "./profile.js";

const header = java.header("scripts/emit/languages/java/policy.ts");

/** A whole number as a Java int or long literal; a fraction where the runtime takes milliseconds fails the build. */
function whole(n: number, what: string): string {
  if (!Number.isSafeInteger(n)) throw new Error(`the runtime policy's ${what} is ${n}, not a whole number the Java runtime can take`);
  return Math.abs(n) > 2 ** 31 - 1 ? `${n}L` : String(n);
}

/** A number as a Java double literal's source. */
const real = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

/** `.call(a, b)` lines of a builder chain, indented under `public static final`. */
const call = (method: string, ...args: string[]) => `            .${method}(${args.join(", ")})`;

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
}

function field(f: FieldCheck): string {
  let text = `Field.of(${quote(f.name)})`;
  if (f.type) text += `.type(JsonType.${constantName(f.type)})`;
  if (f.minimum !== undefined) text += `.minimum(${real(f.minimum)})`;
  if (f.format) text += `.format(StringFormat.${constantName(f.format)})`;
  if (f.items) text += `.items(JsonType.${constantName(f.items)})`;
  return text;
}

/** A span of milliseconds as a java.time.Duration expression, in the largest unit that holds it whole. */
function duration(ms: number, what: string): string {
  whole(ms, what);
  if (ms !== 0 && ms % 60_000 === 0) return `Duration.ofMinutes(${ms / 60_000})`;
  if (ms !== 0 && ms % 1000 === 0) return `Duration.ofSeconds(${ms / 1000})`;
  return `Duration.ofMillis(${whole(ms, what)})`;
}

/** The ReconnectPolicy.CodeClass constant of a reconnect class. */
const codeClass = (kind: string) => `CodeClass.${constantName(kind)}`;

/**
 * DefaultPolicy's reconnect part: a holder class, so that the SDK families' enums load with the first call
 * of reconnect() rather than with the retry policy.
 */
function reconnectLines(model: Model): string[] {
  const facts = reconnectFacts(model);
  if (!facts) return [];
  const { window, flapping, backoff, source } = facts.policy;
  return [
    "",
    // javadoc() escapes its text, the @ of a tag included; the tag goes in after it.
    ...javadoc(
      [
        `${source.publisher ?? source.title}'s reconnect policy after an SDK error, as {@link Reconnects#adviseReconnect} takes it: the catalog's reconnectPolicy and the class of each code of its ${facts.families.length} SDK families.`,
      ],
      "    ",
    ).flatMap((line) => (line === "     */" ? ["     *", "     * @return the policy, built on the first call", line] : [line])),
    "    public static ReconnectPolicy reconnect() {",
    "        return ReconnectDefaults.POLICY;",
    "    }",
    "",
    "    private static final class ReconnectDefaults {",
    "        static final ReconnectPolicy POLICY = ReconnectPolicy.builder()",
    `                .window(${duration(window.durationMs, "window.durationMs")}, ${whole(window.maxReconnects, "window.maxReconnects")})`,
    `                .flapping(${whole(flapping.times, "flapping.times")}, ${duration(flapping.withinMs, "flapping.withinMs")})`,
    `                .backoff(${duration(backoff.initialDelayMs, "backoff.initialDelayMs")}, ${real(backoff.multiplier)}, ${duration(backoff.maxDelayMs, "backoff.maxDelayMs")}, ${real(backoff.jitterRatio)})`,
    ...facts.families.flatMap((f) => [
      `                .family(${quote(f.family)}, ${f.family}.index())`,
      ...f.codes.map((c) => `                .code(${quote(f.family)}, ${quote(c.name)}, ${codeClass(c.class)}, ${quote(c.class === "stop" ? c.reason : "")})`),
    ]),
    "                .build();",
    "    }",
  ];
}

export function policyFile(model: Model): string {
  const policy = runtimePolicy(model);
  const d = policy.decision;
  const e = policy.envelope;
  const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(4, "0")}`;
  // The envelope builder's calls, as CatalogEnvelope.get() returns them: indented for the method body, the last
  // ending its statement.
  const envelopeParts = () =>
    [
      "            .knownCodes(",
      ...d.codes.map((c, i) => `                    ${quote(c.wire)}${i === d.codes.length - 1 ? ")" : ","}`),
      ...e.details.flatMap((c) => [
        `            .details(${quote(c.code)}, List.of(${c.required.map(quote).join(", ")})${c.fields.length > 0 ? "," : ")"}`,
        ...c.fields.map((f, i) => `                    ${field(f)}${i === c.fields.length - 1 ? ")" : ","}`),
      ]),
      ...e.details.map((c) => call("typedDetails", quote(c.code), `new DetailsReader(${quote(c.code)})`)),
      // Compiled when first matched (EnvelopePolicy.Builder.catalogPatterns), so that a first decision compiles none.
      call("catalogPatterns", quote(e.unknownCodePattern), quote(e.dateTimePattern), quote(e.uriSchemePattern)),
      "            .uriForbidden(",
      ...chunks(e.uriForbidden.map(hex), 12).map((line, i, all) => `                    ${line.join(", ")}${i === all.length - 1 ? ")" : ","}`),
    ]
      .map((line) => `        ${line}`)
      .map((line, i, all) => (i === all.length - 1 ? `${line};` : line));
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    ...["Field", "JsonType", "StringFormat"].map((name) => `import ${javaPackage(model)}.EnvelopePolicy.${name};`),
    ...(reconnectFacts(model) ? [`import ${javaPackage(model)}.ReconnectPolicy.CodeClass;`, "import java.time.Duration;"] : []),
    "import java.util.List;",
    ...(policy.envelope.details.length === 0 ? [] : ["import java.util.Map;", "import java.util.function.Function;"]),
    "import java.util.function.Supplier;",
    "",
    ...javadoc(["The catalog's policies, as {@link Retries#adviseRetry} and {@link ApiResponses#decode} take them."], ""),
    "public final class DefaultPolicy {",
    "    private DefaultPolicy() {}",
    "",
    ...javadoc(
      [
        `${model.retryPolicy.source.publisher ?? model.retryPolicy.source.title}'s retry policy: the catalog's retryPolicy, its ${d.statuses.length} HTTP statuses and the strategy of each of its ${d.codes.length} REST codes.`,
      ],
      "    ",
    ),
    "    public static final RetryPolicy RETRY = RetryPolicy.builder()",
    call("backoff", whole(d.initialDelayMs, "initialDelayMs"), real(d.multiplier), whole(d.jitterMinMs, "jitterMinMs"), whole(d.jitterMaxMs, "jitterMaxMs"), whole(d.maxDelayMs, "maxDelayMs")),
    call("maxRetries", whole(d.maxRetries, "maxRetries")),
    call("rateLimit", quote(d.retryAfterHeader), quote(d.resetHeader), whole(d.maxWaitMs, "maxWaitMs")),
    ...(d.resetMillisecondsFrom === undefined ? [] : [call("resetMillisecondsFrom", whole(d.resetMillisecondsFrom, "resetMillisecondsFrom"))]),
    call("mostCautious", String(d.mostCautious)),
    ...d.statuses.map((s) => call("status", String(s.status), quote(s.strategy))),
    ...d.codes.map((c) => call("code", quote(c.wire), quote(c.strategy), ...(c.httpStatus === undefined ? [] : [String(c.httpStatus)]))),
    call("failingStrategies", ...policy.failingStrategies.map(quote)),
    "            .build();",
    "",
    ...javadoc(
      [
        "What the envelope decoder checks beyond the envelope's core: the REST codes, the pattern of a code the catalog does not know, each detailed code's details and the formats they use; and the api class each detailed code's details read as.",
      ],
      "    ",
    ),
    "    public static final EnvelopePolicy ENVELOPE = EnvelopePolicy.deferred(new CatalogEnvelope());",
    ...reconnectLines(model),
    "",
    ...javadoc(
      [
        "The parts of {@link #ENVELOPE}, built when the policy is first asked something: a retry decision reads no envelope policy, and building it with this class would load the details' classes on a process's first decision.",
      ],
      "    ",
    ),
    "    private static final class CatalogEnvelope implements Supplier<EnvelopePolicy.Builder> {",
    "        @Override",
    "        public EnvelopePolicy.Builder get() {",
    "            return EnvelopePolicy.builder()",
    ...envelopeParts(),
    "        }",
    "    }",
    ...(e.details.length === 0
      ? []
      : [
          "",
          ...javadoc(["Reads a detailed code's details as its api class: a class rather than method references, which would start the JVM's lambda machinery as this class loads."], "    "),
          "    private static final class DetailsReader implements Function<Map<String, Object>, Object> {",
          "        private final String code;",
          "",
          "        DetailsReader(String code) {",
          "            this.code = code;",
          "        }",
          "",
          "        @Override",
          "        public Object apply(Map<String, Object> details) {",
          "            switch (code) {",
          ...e.details.flatMap((c) => [`                case ${quote(c.code)}:`, `                    return ${javaPackage(model)}.api.${detailsClass(c.code)}.read(details);`]),
          "                default:",
          "                    return null;",
          "            }",
          "        }",
          "    }",
        ]),
    "}",
  ]);
}
