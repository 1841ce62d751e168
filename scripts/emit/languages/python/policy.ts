// The default policy as Python values, rendered from runtimePolicy(model) (scripts/catalog/runtime-policy.ts):
// RETRY_POLICY, a RetryPolicy, and ENVELOPE_POLICY, an EnvelopePolicy, both types of the runtime
// (runtime/python/vpn_error_codes/_policy.py); and RECONNECT_POLICY, a ReconnectPolicy, from reconnectFacts(model)
// (scripts/catalog/reconnect-classes.ts). Laid out as ruff format lays it out, one item per line.
import type { Model } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import { file, snake } from "../shared/common.js";
import { docstring, python, pyLiteral } from "./profile.js";

const header = python.header("scripts/emit/languages/python/policy.ts");

/** `name=value,` lines of a call, at `indent`. */
const keywords = (indent: string, entries: ReadonlyArray<readonly [string, string]>) => entries.map(([k, v]) => `${indent}${k}=${v},`);

/** A frozenset of strings, exploded one per line so that the formatter leaves it as it is. */
function frozenset(indent: string, items: readonly string[]): string {
  if (items.length === 0) return "frozenset()";
  return ["frozenset(", `${indent}    {`, ...items.map((i) => `${indent}        ${i},`), `${indent}    }`, `${indent})`].join("\n");
}

/** `name=(...)`: a tuple keyword, one item per line (each item's lines indented under it), or `()`. */
function tuple(indent: string, name: string, items: readonly string[][]): string[] {
  if (items.length === 0) return [`${indent}${name}=(),`];
  const inner = `${indent}    `;
  return [`${indent}${name}=(`, ...items.flatMap((lines) => lines.map((l, i) => `${inner}${l}${i === lines.length - 1 ? "," : ""}`)), `${indent}),`];
}

export function retryPolicyModule(model: Model): string {
  const { decision: p, failingStrategies } = runtimePolicy(model);
  const advice = p.codes.flatMap((c) => [
    `        ${pyLiteral(c.wire)}: CodeAdvice(`,
    ...keywords("            ", [
      ["strategy", pyLiteral(c.strategy)],
      ["http_status", pyLiteral(c.httpStatus)],
      ["reason", pyLiteral(c.reason)],
    ]),
    "        ),",
  ]);
  return file([
    header,
    ...docstring([`The ${model.restFamily.name} retry policy: the value advise_retry decides by.`], ""),
    "",
    "from ._policy import CodeAdvice, RetryPolicy",
    "",
    '__all__ = ["RETRY_POLICY"]',
    "",
    "RETRY_POLICY = RetryPolicy(",
    ...keywords("    ", [
      ["initial_delay_ms", pyLiteral(p.initialDelayMs)],
      ["multiplier", pyLiteral(p.multiplier)],
      ["jitter_min_ms", pyLiteral(p.jitterMinMs)],
      ["jitter_max_ms", pyLiteral(p.jitterMaxMs)],
      ["max_retries", pyLiteral(p.maxRetries)],
      ["max_delay_ms", pyLiteral(p.maxDelayMs)],
      ["retry_after_header", pyLiteral(p.retryAfterHeader)],
      ["reset_header", pyLiteral(p.resetHeader)],
      ["max_wait_ms", pyLiteral(p.maxWaitMs)],
      ["reset_milliseconds_from", pyLiteral(p.resetMillisecondsFrom)],
      ["most_cautious", pyLiteral(p.mostCautious)],
      ["failing_strategies", frozenset("    ", failingStrategies.map(pyLiteral))],
    ]),
    "    status_strategy={",
    ...p.statuses.map((s) => `        ${s.status}: ${pyLiteral(s.strategy)},`),
    "    },",
    "    code_advice={",
    ...advice,
    "    },",
    ")",
  ]);
}

export function envelopePolicyModule(model: Model): string {
  const { decision, envelope } = runtimePolicy(model);
  const shapes = envelope.details.flatMap((d) => [
    `        ${pyLiteral(d.code)}: DetailsShape(`,
    ...tuple(
      "            ",
      "required",
      d.required.map((r) => [pyLiteral(r)]),
    ),
    ...tuple(
      "            ",
      "fields",
      d.fields.map((f) => [
        "FieldCheck(",
        ...keywords("    ", [["name", pyLiteral(f.name)], ...(["type", "minimum", "format", "items"] as const).filter((k) => f[k] !== undefined).map((k) => [k, pyLiteral(f[k])] as const)]),
        ")",
      ]),
    ),
    "        ),",
  ]);
  return file([
    header,
    ...docstring([`What parse_response checks beyond the envelope's core: the ${model.restFamily.name} codes and their details.`], ""),
    "",
    "from ._policy import DetailsShape, EnvelopePolicy, FieldCheck",
    "",
    '__all__ = ["ENVELOPE_POLICY"]',
    "",
    "ENVELOPE_POLICY = EnvelopePolicy(",
    ...keywords("    ", [
      [
        "known_codes",
        frozenset(
          "    ",
          decision.codes.map((c) => pyLiteral(c.wire)),
        ),
      ],
      ["unknown_code_pattern", pyLiteral(envelope.unknownCodePattern)],
      ["date_time_pattern", pyLiteral(envelope.dateTimePattern)],
      ["uri_scheme_pattern", pyLiteral(envelope.uriSchemePattern)],
      [
        "uri_forbidden",
        frozenset(
          "    ",
          envelope.uriForbidden.map((c) => `0x${c.toString(16).toUpperCase().padStart(4, "0")}`),
        ),
      ],
    ]),
    "    details={",
    ...shapes,
    "    },",
    ")",
  ]);
}

/** RECONNECT_POLICY: the catalog's reconnect numbers and each SDK code's class, or None when the catalog has no policy. */
export function reconnectPolicyModule(model: Model): string {
  const facts = reconnectFacts(model);
  const intro = docstring(["The SDK reconnect policy: the value advise_reconnect decides by; None when the catalog has none."], "");
  if (!facts) return file([header, ...intro, "", "from __future__ import annotations", "", '__all__ = ["RECONNECT_POLICY"]', "", "RECONNECT_POLICY = None"]);
  const { backoff, window, flapping } = facts.policy;
  const families = facts.families.flatMap((f) => {
    const stops = f.codes.filter((c) => c.class === "stop");
    return [
      "        ReconnectFamily(",
      `            ${f.family},`,
      "            classes={",
      ...f.codes.map((c) => `                ${pyLiteral(c.value)}: ${pyLiteral(c.class)},`),
      "            },",
      ...(stops.length === 0 ? [] : ["            stop_reasons={", ...stops.map((c) => `                ${pyLiteral(c.value)}: ${pyLiteral(c.reason)},`), "            },"]),
      "        ),",
    ];
  });
  return file([
    header,
    ...intro,
    "",
    "from ._policy import ReconnectFamily, ReconnectPolicy",
    ...facts.families.map((f) => `from .${snake(f.family)} import ${f.family}`).sort(),
    "",
    '__all__ = ["RECONNECT_POLICY"]',
    "",
    "RECONNECT_POLICY = ReconnectPolicy(",
    ...keywords("    ", [
      ["initial_delay_ms", pyLiteral(backoff.initialDelayMs)],
      ["multiplier", pyLiteral(backoff.multiplier)],
      ["max_delay_ms", pyLiteral(backoff.maxDelayMs)],
      ["jitter_ratio", pyLiteral(backoff.jitterRatio)],
      ["window_ms", pyLiteral(window.durationMs)],
      ["max_reconnects", pyLiteral(window.maxReconnects)],
      ["flapping_within_ms", pyLiteral(flapping.withinMs)],
      ["flapping_times", pyLiteral(flapping.times)],
    ]),
    "    families=(",
    ...families,
    "    ),",
    ")",
  ]);
}
