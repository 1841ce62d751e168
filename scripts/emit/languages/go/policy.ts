// The catalog's policies as Go literals of the runtime's own types (runtime/go): retry.DefaultPolicy with
// the one-line Advise and DelayMs that use it, and api.DefaultEnvelopePolicy. Every value comes from
// runtimePolicy(model); this file only lays it out as gofmt does.
import type { Model } from "../../../catalog/model.js";
import type { FieldCheck } from "../../../catalog/details-checks.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import { file, pascalName, quote } from "../shared/common.js";
import { sourceHeader } from "./profile.js";
import { detailsName } from "../../json-schema.js";

const header = sourceHeader("scripts/emit/languages/go/policy.ts");

/** The runtime's constant for a strategy word: "wait-for-window" is StrategyWaitForWindow. */
const strategy = (word: string) => `Strategy${pascalName(word)}`;

/**
 * Key-value lines of a composite literal, at `indent` tabs. gofmt aligns the values of consecutive
 * one-line entries; an entry whose value spans lines stands alone.
 */
function entries(rows: ReadonlyArray<[key: string, value: string]>, indent: number): string[] {
  const tabs = "\t".repeat(indent);
  const out: string[] = [];
  let run: Array<[string, string]> = [];
  const flush = () => {
    const width = Math.max(...run.map(([k]) => k.length)) + 1;
    for (const [k, v] of run) out.push(`${tabs}${`${k}:`.padEnd(width)} ${v},`);
    run = [];
  };
  for (const [key, value] of rows) {
    if (!value.includes("\n")) {
      run.push([key, value]);
      continue;
    }
    if (run.length > 0) flush();
    out.push(`${tabs}${key}: ${value},`);
  }
  if (run.length > 0) flush();
  return out;
}

/** A composite literal spanning lines: `type{`, its entries one tab deeper, then `}` at `indent`. */
export function block(type: string, rows: ReadonlyArray<[string, string]>, indent: number): string {
  return [`${type}{`, ...entries(rows, indent + 1), `${"\t".repeat(indent)}}`].join("\n");
}

/** A Go string literal: raw when the text holds no backquote, so that a pattern reads as written. */
const goString = (text: string) => (text.includes("`") ? quote(text) : `\`${text}\``);

/** Items of a one-type list, wrapped at about 100 columns. */
function wrapped(type: string, items: readonly string[], indent: number): string {
  const tabs = "\t".repeat(indent + 1);
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    if (line !== "" && tabs.length * 4 + line.length + item.length + 2 > 100) {
      lines.push(`${tabs}${line}`);
      line = "";
    }
    line += `${line === "" ? "" : " "}${item},`;
  }
  if (line !== "") lines.push(`${tabs}${line}`);
  return [`${type}{`, ...lines, `${"\t".repeat(indent)}}`].join("\n");
}

export function retryPolicyFile(model: Model): string {
  const policy = runtimePolicy(model);
  const p = policy.decision;
  const literal = block(
    "&Policy",
    [
      ["InitialDelayMs", String(p.initialDelayMs)],
      ["Multiplier", String(p.multiplier)],
      ["JitterMinMs", String(p.jitterMinMs)],
      ["JitterMaxMs", String(p.jitterMaxMs)],
      ["MaxRetries", String(p.maxRetries)],
      ["MaxDelayMs", String(p.maxDelayMs)],
      ["RetryAfterHeader", quote(p.retryAfterHeader)],
      ["ResetHeader", quote(p.resetHeader)],
      ["MaxWaitMs", String(p.maxWaitMs)],
      ["ResetMillisecondsFrom", String(p.resetMillisecondsFrom ?? 0)],
      ["MostCautious", String(p.mostCautious)],
      [
        "FailingStrategies",
        block(
          "map[Strategy]bool",
          policy.failingStrategies.map((s) => [strategy(s), "true"]),
          1,
        ),
      ],
      [
        "Statuses",
        block(
          "map[int]Strategy",
          p.statuses.map((s) => [String(s.status), strategy(s.strategy)]),
          1,
        ),
      ],
      [
        "Codes",
        block(
          "map[string]CodeAdvice",
          p.codes.map((c) => [quote(c.wire), `{${strategy(c.strategy)}, ${c.httpStatus ?? 0}, ${quote(c.reason)}}`]),
          1,
        ),
      ],
    ],
    0,
  );
  return file([
    header,
    "",
    "package retry",
    "",
    'import "net/http"',
    "",
    `// DefaultPolicy is the catalog's ${model.restFamily.name} retry policy.`,
    `var DefaultPolicy = ${literal}`,
    "",
    "// Advise is DefaultPolicy.Advise: what to do about a response under the catalog's policy.",
    "func Advise(status int, header http.Header, body []byte, attempt int, options Options) Decision {",
    "\treturn DefaultPolicy.Advise(status, header, body, attempt, options)",
    "}",
    "",
    "// AdviseResponse is DefaultPolicy.AdviseResponse: Advise for a net/http response and its body.",
    "func AdviseResponse(response *http.Response, body []byte, attempt int, options Options) Decision {",
    "\treturn DefaultPolicy.AdviseResponse(response, body, attempt, options)",
    "}",
    "",
    "// DelayMs is DefaultPolicy.DelayMs: the backoff before retry attempt under the catalog's policy.",
    "func DelayMs(attempt int, random func() float64) (int, bool) {",
    "\treturn DefaultPolicy.DelayMs(attempt, random)",
    "}",
  ]);
}

/** A FieldCheck literal naming only what it checks. */
function fieldCheck(f: FieldCheck): string {
  const parts = [`Name: ${quote(f.name)}`];
  if (f.type !== undefined) parts.push(`Type: ${quote(f.type)}`);
  if (f.minimum !== undefined) parts.push(`Minimum: ${f.minimum}`, "HasMinimum: true");
  if (f.format !== undefined) parts.push(`Format: ${quote(f.format)}`);
  if (f.items !== undefined) parts.push(`Items: ${quote(f.items)}`);
  return `{${parts.join(", ")}}`;
}

export function envelopePolicyFile(model: Model): string {
  const { decision, envelope } = runtimePolicy(model);
  const details = envelope.details.map((d): [string, string] => [
    quote(d.code),
    ["{", `\t\t\tRequired: []string{${d.required.map(quote).join(", ")}},`, "\t\t\tFields: []FieldCheck{", ...d.fields.map((f) => `\t\t\t\t${fieldCheck(f)},`), "\t\t\t},", "\t\t}"].join("\n"),
  ]);
  const literal = block(
    "&EnvelopePolicy",
    [
      [
        "KnownCodes",
        block(
          "map[string]bool",
          decision.codes.map((c) => [quote(c.wire), "true"]),
          1,
        ),
      ],
      ["UnknownCodePattern", goString(envelope.unknownCodePattern)],
      ["Details", block("map[string]DetailsShape", details, 1)],
      ["DateTimePattern", goString(envelope.dateTimePattern)],
      ["URISchemePattern", goString(envelope.uriSchemePattern)],
      [
        "URIForbidden",
        wrapped(
          "[]rune",
          envelope.uriForbidden.map((c) => `0x${c.toString(16)}`),
          1,
        ),
      ],
      [
        "DetailsTypes",
        block(
          "map[string]func() any",
          envelope.details.map((d) => [quote(d.code), `func() any { return new(${detailsName(d.code)}) }`]),
          1,
        ),
      ],
    ],
    0,
  );
  return file([
    header,
    "",
    "package api",
    "",
    `// DefaultEnvelopePolicy is what the envelope's JSON Schema checks beyond its core: the ${model.restFamily.name}`,
    "// codes, the shape of a code the catalog does not know, and each detailed code's details.",
    `var DefaultEnvelopePolicy = ${literal}`,
  ]);
}
