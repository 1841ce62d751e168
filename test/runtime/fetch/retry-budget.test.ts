// The retry budget: a token bucket shared by calls, with the catalog's numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retryPolicy } from "../../../generated/ts/retry-policy.js";
import { createRetryBudget, withRetry, type RetryEvent } from "../../../src/index.js";

const budgetPolicy = retryPolicy.retryBudget!;
const noWait = { sleep: async () => {}, random: () => 0 };
const unavailable = () => ({ status: 503, headers: {}, body: "" });

/** Sends `calls` calls one after another to a server that always answers 503; attempts per call wanted. */
async function outage(calls: number, withBudget: boolean) {
  const budget = withBudget ? createRetryBudget() : undefined;
  let attempts = 0;
  const reasons: string[] = [];
  for (let i = 0; i < calls; i++) {
    await withRetry(
      () => {
        attempts++;
        return unavailable();
      },
      { ...noWait, budget, onGiveUp: (e: RetryEvent) => reasons.push(e.decision.action === "fail" ? e.decision.reason : e.decision.action) },
    );
  }
  return { amplification: attempts / calls, reasons, state: budget?.state() };
}

describe("createRetryBudget", () => {
  it("in a total outage, the page's policy sends every request 1 + maxRetries times; with the budget, under 1.2 times", async () => {
    const without = await outage(60, false);
    expect(without.amplification).toBe(1 + retryPolicy.backoff.maxRetries);
    const withBudget = await outage(60, true);
    expect(withBudget.amplification).toBeLessThanOrEqual(1.2);
    expect(withBudget.amplification).toBeGreaterThan(1);
    expect(withBudget.reasons).toContain("budget-exhausted");
    expect(withBudget.state!.tokens).toBeLessThanOrEqual(budgetPolicy.retryAbove);
    expect(withBudget.state!.refused).toBe(withBudget.reasons.filter((r) => r === "budget-exhausted").length);
  });

  it("starts with the catalog's numbers, and successes refill it up to maxTokens", () => {
    const budget = createRetryBudget();
    const { tokens, refused, ...numbers } = budget.state();
    const { maxTokens, failureCost, successRefund, retryAbove } = budgetPolicy;
    expect([tokens, refused]).toEqual([maxTokens, 0]);
    expect(numbers).toEqual({ maxTokens, failureCost, successRefund, retryAbove });
    while (budget.allowsRetry()) budget.recordFailure();
    const drained = budget.state().tokens;
    budget.recordSuccess();
    expect(budget.state().tokens).toBeCloseTo(drained + successRefund);
    for (let i = 0; i < 10 * Math.ceil(maxTokens / Math.max(successRefund, 0.001)); i++) budget.recordSuccess();
    expect(budget.state().tokens).toBe(maxTokens);
  });

  it("never goes below 0 or above maxTokens, and allows no retry at or below retryAbove (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          maxTokens: fc.double({ min: 0.5, max: 1000, noNaN: true }),
          failureCost: fc.double({ min: 0.01, max: 50, noNaN: true }),
          successRefund: fc.double({ min: 0, max: 5, noNaN: true }),
          retryAbove: fc.double({ min: 0, max: 1000, noNaN: true }),
        }),
        fc.array(fc.boolean(), { maxLength: 300 }),
        (settings, outcomes) => {
          const budget = createRetryBudget(settings);
          for (const ok of outcomes) {
            if (ok) budget.recordSuccess();
            else budget.recordFailure();
            const { tokens, maxTokens, retryAbove } = budget.state();
            expect(tokens).toBeGreaterThanOrEqual(0);
            expect(tokens).toBeLessThanOrEqual(maxTokens);
            expect(budget.allowsRetry()).toBe(tokens > retryAbove);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("garbage settings fall back to the catalog's numbers", () => {
    const budget = createRetryBudget({ maxTokens: Number.NaN, failureCost: -1, successRefund: Number.POSITIVE_INFINITY, retryAbove: "x" as unknown as number });
    const { maxTokens, failureCost, successRefund, retryAbove } = budget.state();
    expect({ maxTokens, failureCost, successRefund, retryAbove }).toEqual({
      maxTokens: budgetPolicy.maxTokens,
      failureCost: budgetPolicy.failureCost,
      successRefund: budgetPolicy.successRefund,
      retryAbove: budgetPolicy.retryAbove,
    });
  });

  it("a thrown network error draws on the budget too", async () => {
    const budget = createRetryBudget();
    let attempts = 0;
    const refused = Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) });
    for (let i = 0; i < 10; i++) {
      await withRetry(
        () => {
          attempts++;
          throw refused;
        },
        { ...noWait, budget },
      ).catch(() => undefined);
    }
    expect(attempts / 10).toBeLessThanOrEqual(1 + (budgetPolicy.maxTokens - budgetPolicy.retryAbove) / budgetPolicy.failureCost / 10);
    expect(budget.state().refused).toBeGreaterThan(0);
  });
});
