// Writes test/vectors/reconnect.json: reconnect decisions every language must reproduce, with the answers
// given by the real adviseReconnect of src/reconnect/advise.ts (TypeScript is the reference). The cases are
// derived from generated/catalog.json: its SDK codes and its reconnect policy, never from a list here.
//   npx tsx scripts/vectors/reconnect.ts           rewrite the file
//   npx tsx scripts/vectors/reconnect.ts --check   fail when it is stale (test/runtime/reconnect does the same)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ReconnectAdvice, type ReconnectHistory, adviseReconnect } from "../../src/reconnect/advise.js";
import type { ReconnectPolicy } from "../catalog/model.js";
import { isMain } from "../is-main.js";
import { PROJECT_ROOT } from "../root.js";

export interface ReconnectCase {
  id: string;
  family: string;
  code: string | number;
  history: { reconnects: number[]; connected: number[]; errors: Array<{ at: number; family: string; code: string | number }> };
  now: number;
  random: number;
  expected: string;
}

interface Catalog {
  families: Array<{ name: string; role: string; codes: Array<{ name: string; value: number | string; retry: { strategy: string } }> }>;
  reconnectPolicy?: ReconnectPolicy;
}

export const RECONNECT_PATH = join("test", "vectors", "reconnect.json");
const ABOUT =
  "Reconnect decisions for SDK codes (runtime/SPEC.md §12): adviseReconnect(family, code, history, now, random) -> expected. Written by scripts/vectors/reconnect.ts from generated/catalog.json and src/reconnect/advise.ts.";
const NOW = Date.UTC(2026, 0, 1);

/** An advice as one line: what every language's harness prints. */
export function adviceLine(advice: ReconnectAdvice): string {
  if (advice.action === "reconnect") return `reconnect ${advice.delayMs} ${advice.basis}`;
  if (advice.action === "wait-for-network") return "wait-for-network";
  return `stop ${advice.reason}`;
}

function reconnectCases(catalog: Catalog): ReconnectCase[] {
  const policy = catalog.reconnectPolicy;
  if (!policy) return [];
  const sdk = catalog.families.filter((f) => f.role === "sdk-event" || f.role === "sdk-result");
  const out: ReconnectCase[] = [];
  const add = (id: string, family: string, code: string | number, history: ReconnectCase["history"], random = 0.25) => {
    const advice = adviseReconnect(family, code, history as ReconnectHistory, { now: NOW, random: () => random });
    out.push({ id, family, code, history, now: NOW, random, expected: adviceLine(advice) });
  };
  const empty = () => ({ reconnects: [], connected: [], errors: [] });
  // Every SDK code, by value and by name, with no history.
  for (const f of sdk) {
    for (const c of f.codes) {
      add(`${f.name}-${c.name}`, f.name, c.value, empty());
      if (c.value !== c.name) add(`${f.name}-${c.name}-by-name`, f.name, c.name, empty(), 0);
    }
  }
  const reconnecting = sdk.flatMap((f) => f.codes.filter((c) => c.retry.strategy === "reconnect-tunnel").map((c) => ({ family: f.name, code: c })));
  const first = reconnecting[0];
  if (first) {
    const { family, code } = first;
    const { window, flapping, backoff } = policy;
    const spaced = (n: number, gap: number) => Array.from({ length: n }, (_, i) => NOW - (n - i) * gap);
    // The backoff grows with each reconnect in the window, up to its ceiling.
    for (let n = 1; n <= window.maxReconnects - 1; n++) add(`backoff-after-${n}-reconnects`, family, code.value, { reconnects: spaced(n, flapping.withinMs + 1000), connected: [], errors: [] }, 0);
    add("backoff-jitter-at-its-largest", family, code.value, { reconnects: spaced(1, flapping.withinMs + 1000), connected: [], errors: [] }, 0.999);
    // The window: full, and with its oldest reconnect just outside.
    const gap = Math.floor(window.durationMs / (window.maxReconnects + 1));
    add("window-full", family, code.value, { reconnects: spaced(window.maxReconnects, gap), connected: [], errors: [] });
    add("window-oldest-outside", family, code.value, { reconnects: [NOW - window.durationMs, ...spaced(window.maxReconnects - 1, gap)], connected: [], errors: [] });
    // Flapping: the same error soon after each of the last reconnects; not when one of them was followed by another code.
    // The last reconnect was moments ago: the error being decided is its coming back.
    const resets = spaced(flapping.times, flapping.withinMs + backoff.maxDelayMs).map((r) => r + flapping.withinMs + backoff.maxDelayMs - Math.floor(flapping.withinMs / 2));
    const cameBack = resets.slice(0, -1).map((r) => ({ at: r + Math.floor(flapping.withinMs / 2), family, code: code.name }));
    // Each reconnect connected 2 s after it started.
    const up = resets.map((r) => r + 2000);
    add("flapping", family, code.value, { reconnects: resets, connected: up, errors: cameBack });
    add("not-flapping-never-connected", family, code.value, { reconnects: resets, connected: [], errors: cameBack });
    const other = reconnecting.find((r) => r.code.name !== code.name);
    if (other && cameBack.length > 0)
      add("not-flapping-other-code", family, code.value, { reconnects: resets, connected: up, errors: [{ ...cameBack[0]!, code: other.code.name }, ...cameBack.slice(1)] });
    add("not-flapping-too-late", family, code.value, {
      reconnects: resets.map((r) => r - flapping.withinMs * 2),
      connected: up.map((r) => r - flapping.withinMs * 2),
      errors: cameBack.map((e) => ({ ...e, at: e.at - flapping.withinMs * 2 })),
    });
    add("history-in-the-future-ignored", family, code.value, { reconnects: [NOW + 1000], connected: [], errors: [] });
  }
  for (const ref of policy.immediate.codes) {
    add(`immediate-${ref.name}-again-soon`, ref.family, ref.name, { reconnects: [NOW - Math.floor(policy.flapping.withinMs / 2)], connected: [], errors: [] });
  }
  add("unknown-family", "RestErrorCode", "TOKEN_EXPIRED", empty());
  add("unknown-code", sdk[0]?.name ?? "OperationalError", "NoSuchCode", empty());
  add("unknown-value", sdk[0]?.name ?? "OperationalError", -1, empty());
  return out;
}

export function renderReconnectVectors(root = PROJECT_ROOT): string {
  const catalog = JSON.parse(readFileSync(join(root, "generated", "catalog.json"), "utf8")) as Catalog;
  const cases = reconnectCases(catalog);
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "cases": [\n${cases.map((c) => `    ${JSON.stringify(c)}`).join(",\n")}\n  ]\n}\n`;
}

if (isMain(import.meta.url)) {
  const path = join(PROJECT_ROOT, RECONNECT_PATH);
  const fresh = renderReconnectVectors();
  if (process.argv.includes("--check")) {
    if (readFileSync(path, "utf8") !== fresh) {
      console.error(`${RECONNECT_PATH} is stale: run npx tsx scripts/vectors/reconnect.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, fresh);
    console.log(`wrote ${RECONNECT_PATH}`);
  }
}
