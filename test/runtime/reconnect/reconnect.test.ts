// The reconnect decision and its controller, against the catalog's reconnect policy and the vectors.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RECONNECT_PATH, type ReconnectCase, adviceLine, renderReconnectVectors } from "../../../scripts/vectors/reconnect.js";
import { adviseReconnect, createReconnectController, type ReconnectEvent } from "../../../src/index.js";
import { ROOT } from "../../support/fixtures.js";

interface Catalog {
  families: Array<{ name: string; role: string; codes: Array<{ name: string; value: number | string; retry: { strategy: string } }> }>;
  reconnectPolicy: {
    backoff: { initialDelayMs: number; multiplier: number; maxDelayMs: number; jitterRatio: number };
    window: { durationMs: number; maxReconnects: number };
    flapping: { withinMs: number; times: number };
    immediate: { codes: Array<{ family: string; name: string }> };
    waitForNetwork: { codes: Array<{ family: string; name: string }> };
  };
}
const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as Catalog;
const policy = catalog.reconnectPolicy;
const sdk = catalog.families.filter((f) => f.role === "sdk-event" || f.role === "sdk-result");
const NOW = Date.UTC(2026, 5, 1);
const listed = (list: { codes: Array<{ family: string; name: string }> }, family: string, name: string) => list.codes.some((c) => c.family === family && c.name === name);

describe("adviseReconnect", () => {
  it(`the vectors are current: ${RECONNECT_PATH} is what scripts/vectors/reconnect.ts writes`, () => {
    expect(readFileSync(join(ROOT, RECONNECT_PATH), "utf8") === renderReconnectVectors(ROOT), `${RECONNECT_PATH} is stale: run npx tsx scripts/vectors/reconnect.ts`).toBe(true);
  });

  it("gives every vector's answer", () => {
    const { cases } = JSON.parse(readFileSync(join(ROOT, RECONNECT_PATH), "utf8")) as { cases: ReconnectCase[] };
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(`${c.id} -> ${adviceLine(adviseReconnect(c.family, c.code, c.history, { now: c.now, random: () => c.random }))}`).toBe(`${c.id} -> ${c.expected}`);
  });

  it("follows each SDK code's own advice, with the policy's lists first", () => {
    for (const f of sdk) {
      for (const c of f.codes) {
        const advice = adviseReconnect(f.name, c.value, {}, { now: NOW, random: () => 0 });
        const s = c.retry.strategy;
        if (s === "not-applicable") expect(advice).toMatchObject({ action: "stop", reason: "not-an-error" });
        else if (listed(policy.immediate, f.name, c.name)) expect(advice).toEqual({ action: "reconnect", delayMs: 0, basis: "immediate" });
        else if (listed(policy.waitForNetwork, f.name, c.name)) expect(advice).toEqual({ action: "wait-for-network" });
        else if (s === "no-retry" || s === "refresh-credentials") expect(advice).toMatchObject({ action: "stop", reason: "not-reconnectable" });
        else expect(advice).toEqual({ action: "reconnect", delayMs: policy.backoff.initialDelayMs, basis: "backoff" });
      }
    }
  });

  it("never throws, whatever it is given (property)", () => {
    const anything = fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true });
    fc.assert(
      fc.property(anything, anything, anything, anything, (family, code, history, now) => {
        const advice = adviseReconnect(family as string, code, history as never, { now: now as number, random: () => Number.NaN });
        expect(["reconnect", "wait-for-network", "stop"]).toContain(advice.action);
      }),
      { numRuns: 500 },
    );
    const hostile = {
      get reconnects(): number[] {
        throw new Error("boom");
      },
    };
    expect(adviseReconnect("OperationalError", 8199, hostile, { now: NOW, random: () => 0 })).toEqual({ action: "reconnect", delayMs: policy.backoff.initialDelayMs, basis: "backoff" });
  });
});

/** A controller on virtual time: timers run when the test advances the clock. */
function harness(reconnect: () => unknown = () => {}) {
  let t = NOW;
  const timers: Array<{ at: number; run: () => void }> = [];
  const events: ReconnectEvent[] = [];
  const controller = createReconnectController({
    reconnect,
    onEvent: (e) => events.push(e),
    now: () => t,
    random: () => 0,
    setTimer: (run, ms) => {
      const timer = { at: t + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const i = timers.indexOf(handle as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = (ms: number) => {
    t += ms;
    for (const timer of timers.filter((x) => x.at <= t)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return { controller, events, advance };
}

describe("createReconnectController", () => {
  const reconnecting = sdk.flatMap((f) => f.codes.filter((c) => c.retry.strategy === "reconnect-tunnel" && !listed(policy.immediate, f.name, c.name)).map((c) => ({ family: f.name, code: c })))[0]!;

  it("schedules the reconnect the advice asks for, and runs it when the wait ends", () => {
    let reconnects = 0;
    const { controller, events, advance } = harness(() => reconnects++);
    controller.report(reconnecting.family, reconnecting.code.value);
    expect(events[0]).toMatchObject({ type: "scheduled", delayMs: policy.backoff.initialDelayMs, basis: "backoff" });
    advance(policy.backoff.initialDelayMs - 1);
    expect(reconnects).toBe(0);
    advance(1);
    expect(reconnects).toBe(1);
    expect(events.map((e) => e.type)).toEqual(["scheduled", "reconnecting"]);
  });

  it("stops and says why when the same error comes back right after each time the tunnel came up", () => {
    let reconnects = 0;
    const { controller, events, advance } = harness(() => reconnects++);
    for (let i = 0; i <= policy.flapping.times; i++) {
      const advice = controller.report(reconnecting.family, reconnecting.code.value);
      if (advice.action !== "reconnect") break;
      advance(advice.delayMs);
      controller.connected();
      advance(Math.floor(policy.flapping.withinMs / 2));
    }
    expect(reconnects).toBe(policy.flapping.times);
    expect(events.at(-1)).toMatchObject({ type: "stopped", reason: "flapping" });
  });

  it("reconnects that never connect (a gateway that is down) go on with the backoff, up to the window's cap", () => {
    let reconnects = 0;
    const { controller, events, advance } = harness(() => reconnects++);
    for (let i = 0; i <= policy.window.maxReconnects + 1; i++) {
      const advice = controller.report(reconnecting.family, reconnecting.code.value);
      if (advice.action !== "reconnect") break;
      advance(advice.delayMs);
      advance(1000);
    }
    expect(reconnects).toBe(policy.window.maxReconnects);
    expect(events.at(-1)).toMatchObject({ type: "stopped", reason: "window-exhausted" });
  });

  it("waits for the network on a no-network code, and reconnects once it is back", () => {
    const ref = policy.waitForNetwork.codes[0]!;
    let reconnects = 0;
    const { controller, events } = harness(() => reconnects++);
    controller.networkAvailable();
    expect(reconnects).toBe(0);
    controller.report(ref.family, ref.name);
    expect(events.at(-1)).toMatchObject({ type: "waiting-for-network" });
    controller.networkAvailable();
    expect(reconnects).toBe(1);
  });

  it("a reconnect that throws or rejects, and a listener that throws, are reported and do not escape", async () => {
    const events: ReconnectEvent[] = [];
    const controller = createReconnectController({
      reconnect: () => Promise.reject(new Error("sdk busy")),
      onEvent: (e) => {
        events.push(e);
        throw new Error("listener bug");
      },
      setTimer: (run) => run(),
      random: () => 0,
    });
    expect(() => controller.report(reconnecting.family, reconnecting.code.name)).not.toThrow();
    await new Promise((r) => setImmediate(r));
    expect(events.map((e) => e.type)).toEqual(["scheduled", "reconnecting", "reconnect-failed"]);
  });
});
