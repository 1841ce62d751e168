// The fleet simulator: its analytic checks (what the catalog's numbers imply for a service that always
// fails), determinism, and the effect of the retry budget in the outage scenario.
import { describe, expect, it } from "vitest";
import { retryPolicy } from "../../generated/ts/retry-policy.js";
import { VirtualClock, seededRandom } from "../../src/simulate/clock.js";
import { formatJson, formatSvg, formatTable } from "../../src/simulate/report.js";
import { simulate } from "../../src/simulate/simulate.js";

const budget = retryPolicy.retryBudget!;
const maxAttempts = 1 + retryPolicy.backoff.maxRetries;
// A full bucket pays for failures until it is down to retryAbove: the first call makes that many attempts.
const firstCallAttempts = Math.min(maxAttempts, Math.ceil((budget.maxTokens - budget.retryAbove) / budget.failureCost));

describe("the virtual clock", () => {
  it("runs timers step by step, in the order they were set within a step, and settles the promises they start", async () => {
    const clock = new VirtualClock(10);
    const seen: string[] = [];
    clock.after(25, () => seen.push("b@25"));
    clock.after(5, () => seen.push("a@5"));
    clock.after(22, () => seen.push("c@22"));
    const cancelled = clock.cancellable(15, () => seen.push("cancelled"));
    clock.cancel(cancelled);
    void (async () => {
      await clock.sleep(40);
      seen.push(`slept until ${clock.now}`);
      await clock.sleep(0);
      seen.push(`then ${clock.now}`);
    })();
    await clock.run(1000);
    // 22 and 25 ms share the step that ends at 30 ms, and run in the order they were set.
    expect(seen).toEqual(["a@5", "b@25", "c@22", "slept until 40", "then 40"]);
    expect(clock.pending).toBe(0);
  });

  it("stops before timers after `until`", async () => {
    const clock = new VirtualClock(10);
    let ran = false;
    clock.after(2000, () => (ran = true));
    await clock.run(1000);
    expect(ran).toBe(false);
    expect(clock.pending).toBe(1);
  });

  it("draws the same numbers from the same seed, in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });
});

describe("simulate, at 100% failure", () => {
  it("gives the documented policy an amplification of exactly 1 + maxRetries, and the budget the bucket's own figure", async () => {
    const clients = 150;
    const report = await simulate({ scenario: "down", clients, seed: 3, minutes: 3, intervalSeconds: 60, policies: ["documented", "budget"] });
    const [documented, withBudget] = report.results;
    expect(documented!.wanted).toBeGreaterThanOrEqual(clients * 2);
    expect(documented!.sent).toBe(documented!.wanted * maxAttempts);
    expect(documented!.amplification).toBe(maxAttempts);
    expect(documented!.giveUpReasons).toEqual({ "attempts-exhausted": documented!.wanted });
    // Calls a minute apart never overlap: each client's first call spends the bucket down to retryAbove,
    // and every later one makes a single attempt.
    expect(withBudget!.wanted).toBe(documented!.wanted);
    expect(withBudget!.sent).toBe(withBudget!.wanted + clients * (firstCallAttempts - 1));
    expect(withBudget!.neverServed).toBe(withBudget!.wanted);
  });
});

describe("simulate, determinism", () => {
  it("gives a byte-identical report (table, JSON and SVG) for the same seed, and another for another seed", async () => {
    const options = { scenario: "outage", clients: 120, minutes: 3, intervalSeconds: 20 } as const;
    const one = await simulate({ ...options, seed: 11 });
    const two = await simulate({ ...options, seed: 11 });
    const other = await simulate({ ...options, seed: 12 });
    expect(formatJson(two)).toBe(formatJson(one));
    expect(formatSvg(two)).toBe(formatSvg(one));
    expect(formatTable(two)).toBe(formatTable(one));
    expect(formatJson(other)).not.toBe(formatJson(one));
    expect(formatSvg(one)).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(formatSvg(one).match(/<polyline /g)).toHaveLength(one.results.length);
  });
});

describe("simulate, scenario outage", () => {
  it("keeps the budget's amplification during the outage at 1.2 or less where the documented policy sends about 6 times", async () => {
    // Budgets are per client: they save retries once a client has made enough calls in the outage (30 here).
    const report = await simulate({ scenario: "outage", clients: 200, seed: 5, minutes: 3, intervalSeconds: 2, policies: ["documented", "budget"] });
    const [documented, withBudget] = report.results;
    expect(documented!.incidentAmplification).toBeGreaterThan(maxAttempts - 0.5);
    expect(documented!.incidentAmplification).toBeLessThanOrEqual(maxAttempts);
    expect(withBudget!.incidentAmplification).toBeLessThanOrEqual(1.2);
    expect(withBudget!.giveUpReasons["budget-exhausted"]).toBeGreaterThan(0);
    expect(withBudget!.backlogClearsAfterMs).not.toBeNull();
    expect(withBudget!.backlogClearsAfterMs!).toBeLessThanOrEqual(documented!.backlogClearsAfterMs! * 1.1);
    expect(withBudget!.peakArrivalsPer100ms).toBeLessThan(documented!.peakArrivalsPer100ms);
  });
});

describe("simulate, the other scenarios", () => {
  it("makes one token refresh per client in the expiry wave, whatever the client's three calls do", async () => {
    const clients = 100;
    const report = await simulate({ scenario: "token-expiry", clients, seed: 2, minutes: 3, intervalSeconds: 30, policies: ["documented"] });
    expect(report.results[0]!.refreshes).toBe(clients);
    expect(report.results[0]!.gaveUp).toBe(0);
  });

  it("holds back calls with Retry-After in the rate-limit scenario, and the naive reconnect loop hits the gateway far harder than the controller", async () => {
    const limited = await simulate({ scenario: "rate-limit", clients: 100, seed: 2, minutes: 4, intervalSeconds: 10, policies: ["documented"] });
    expect(limited.results[0]!.incidentAmplification).toBeGreaterThan(1);
    const gateway = await simulate({ scenario: "gateway", clients: 100, seed: 2, minutes: 4, intervalSeconds: 60 });
    const [naive, controller] = gateway.results;
    expect(naive!.policy).toBe("naive-loop");
    expect(naive!.wanted).toBe(100);
    expect(controller!.sent).toBeLessThan(naive!.sent / 5);
    expect(controller!.neverServed).toBe(0);
  });
});
