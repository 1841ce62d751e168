// Shared wait state: a wait one call's response asked for holds every call that shares the state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RetryDeadlineError, createWaitState, withRetry } from "../../../src/index.js";

/** Virtual time: sleeps resolve in order of their end as the driver advances the clock; no real waiting. */
function virtualClock() {
  let t = 0;
  const timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
  let seq = 0;
  const flush = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    now: () => t,
    sleep: (ms: number) => new Promise<void>((resolve) => timers.push({ at: t + Math.max(0, ms), seq: seq++, resolve })),
    async drive(done: () => boolean) {
      for (;;) {
        await flush();
        if (done() || timers.length === 0) return;
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = timers.shift()!;
        t = Math.max(t, next.at);
        next.resolve();
      }
    },
  };
}

/**
 * A server that now and then rate-limits for a few seconds and answers 429 with Retry-After inside that
 * window. A request that arrives after the 429 that opened the window is a violation; one at the same
 * instant was already on its way, and no client could have held it.
 */
function rateLimitedServer(clock: { now: () => number }, limits: number[]) {
  let limitedUntil = 0;
  let openedAt = 0;
  let request = 0;
  const insideWindow: number[] = [];
  const answer = () => {
    const t = clock.now();
    const limit = limits[request++ % limits.length]!;
    if (t < limitedUntil) {
      if (t > openedAt) insideWindow.push(t);
      return { status: 429, headers: { "retry-after": String(Math.ceil((limitedUntil - t) / 1000)) }, body: "" };
    }
    if (limit > 0) {
      limitedUntil = t + limit * 1000;
      openedAt = t;
      return { status: 429, headers: { "retry-after": String(limit) }, body: "" };
    }
    return { status: 200, headers: {}, body: "" };
  };
  return { answer, insideWindow };
}

async function fleet(starts: number[], limits: number[], shared: boolean, deadlineMs?: number) {
  const clock = virtualClock();
  const server = rateLimitedServer(clock, limits);
  const waitState = shared ? createWaitState() : undefined;
  let settled = 0;
  const outcomes = starts.map(async (start) => {
    await clock.sleep(start);
    try {
      return await withRetry(() => server.answer(), { now: clock.now, sleep: clock.sleep, random: () => 0.5, waitState, ...(deadlineMs !== undefined ? { deadlineMs } : {}) });
    } finally {
      settled++;
    }
  });
  const results = Promise.allSettled(outcomes);
  await clock.drive(() => settled === starts.length);
  return { results: await results, insideWindow: server.insideWindow };
}

describe("withRetry's shared wait state", () => {
  it("a second call starting inside another's Retry-After wait goes out only once it ends", async () => {
    const { results, insideWindow } = await fleet([0, 1000], [5, 0], true);
    expect(insideWindow).toEqual([]);
    for (const r of results) expect(r.status === "fulfilled" && r.value.status).toBe(200);
    const without = await fleet([0, 1000], [5, 0], false);
    expect(without.insideWindow[0]).toBe(1000);
  });

  it("no call that shares the state starts inside a wait the server asked for (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 }),
        async (starts, limits) => {
          const { insideWindow } = await fleet(starts, limits, true);
          expect(insideWindow).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a call whose deadline ends inside the shared wait fails as its own retry would, without sending", async () => {
    const { results, insideWindow } = await fleet([0, 1000], [30, 0], true, 10_000);
    expect(insideWindow).toEqual([]);
    const second = results[1]!;
    expect(second.status).toBe("rejected");
    expect((second as PromiseRejectedResult).reason).toBeInstanceOf(RetryDeadlineError);
  });

  it("garbage in the state reads as no wait, and an earlier end never shortens a later one", () => {
    const state = createWaitState();
    state.holdUntil(5000);
    state.holdUntil(1000);
    state.holdUntil(Number.NaN);
    state.holdUntil(Number.POSITIVE_INFINITY);
    expect(state.until).toBe(5000);
  });
});
