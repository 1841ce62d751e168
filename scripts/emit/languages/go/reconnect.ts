// generated/go/reconnect/default_policy.go: the catalog's reconnect policy as a literal of the runtime's
// reconnect.Policy, with each SDK family's lookup (its package's Find) and every code's class. Every value
// comes from reconnectFacts(model), which derives the classes once; this file only lays them out.
import type { Model } from "../../../catalog/model.js";
import { reconnectFacts, type ReconnectClass } from "../../../catalog/reconnect-classes.js";
import { file } from "../shared/common.js";
import { block } from "./policy.js";
import { goModule, goPackage, goQuote, sourceHeader } from "./profile.js";

const header = sourceHeader("scripts/emit/languages/go/reconnect.ts");

/** The runtime's constant for a class: "reconnect-now" is ClassReconnectNow. */
const CLASS: Readonly<Record<ReconnectClass, string>> = {
  reconnect: "ClassReconnect",
  "reconnect-now": "ClassReconnectNow",
  "wait-for-network": "ClassWaitForNetwork",
  stop: "ClassStop",
  "not-an-error": "ClassNotAnError",
};

const UNITS: ReadonlyArray<[name: string, ms: number]> = [
  ["time.Hour", 3_600_000],
  ["time.Minute", 60_000],
  ["time.Second", 1000],
  ["time.Millisecond", 1],
];

/** A time.Duration expression for ms, in the largest unit that holds it whole: 600000 is 10 * time.Minute. */
export function goDuration(ms: number): string {
  if (ms === 0) return "0";
  const [unit, size] = UNITS.find(([, size]) => Number.isInteger(ms / size))!;
  if (Number.isInteger(ms)) return size === ms ? unit : `${ms / size} * ${unit}`;
  return `time.Duration(${ms} * float64(time.Millisecond))`;
}

const adviseWrapper = [
  "// Advise is DefaultPolicy.Advise: what to do about an SDK error under the catalog's reconnect policy.",
  "func Advise(family string, code any, history History, options Options) Advice {",
  "\treturn DefaultPolicy.Advise(family, code, history, options)",
  "}",
];

export function reconnectPolicyFile(model: Model): string {
  const facts = reconnectFacts(model);
  const lines = [header, "", "package reconnect", ""];
  if (!facts) {
    return file([...lines, "// DefaultPolicy is nil: the catalog has no reconnect policy, and Advise stops with ReasonNotReconnectable.", "var DefaultPolicy *Policy", "", ...adviseWrapper]);
  }
  const packages = facts.families.map((f) => goPackage(model.families.find((m) => m.name === f.family)!));
  const { backoff, window, flapping } = facts.policy;
  const families = facts.families.map((f, i): [string, string] => [
    goQuote(f.family),
    block(
      "",
      [
        ["Find", `${packages[i]}.Find`],
        [
          "Classes",
          block(
            "map[string]CodeClass",
            f.codes.map((c) => [goQuote(String(c.value)), c.class === "stop" ? `{Class: ${CLASS[c.class]}, Reason: ${goQuote(c.reason)}}` : `{Class: ${CLASS[c.class]}}`]),
            3,
          ),
        ],
      ],
      2,
    ),
  ]);
  const literal = block(
    "&Policy",
    [
      ["InitialDelayMs", String(backoff.initialDelayMs)],
      ["Multiplier", String(backoff.multiplier)],
      ["MaxDelayMs", String(backoff.maxDelayMs)],
      ["JitterRatio", String(backoff.jitterRatio)],
      ["Window", goDuration(window.durationMs)],
      ["MaxReconnects", String(window.maxReconnects)],
      ["FlappingWithin", goDuration(flapping.withinMs)],
      ["FlappingTimes", String(flapping.times)],
      ["Families", block("map[string]Family", families, 1)],
    ],
    0,
  );
  return file([
    ...lines,
    "import (",
    '\t"time"',
    "",
    ...[...new Set(packages)].sort().map((p) => `\t"${goModule(model)}/${p}"`),
    ")",
    "",
    `// DefaultPolicy is the catalog's reconnect policy for the SDK families (${facts.families.map((f) => f.family).join(", ")}).`,
    `var DefaultPolicy = ${literal}`,
    "",
    ...adviseWrapper,
  ]);
}
