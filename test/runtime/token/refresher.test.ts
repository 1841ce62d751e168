// One shared token refresh for concurrent requests, against a real HTTP server on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TokenRefreshError, createTokenRefresher, parseApiResponse, withRetry } from "../../../src/index.js";

let server: Server;
let base = "";
let token = "t0";

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader("Content-Type", "application/json");
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.statusCode = 401;
      res.end(JSON.stringify({ success: false, error: { code: "TOKEN_EXPIRED", message: "expired" } }));
    } else {
      res.end(JSON.stringify({ success: true, data: { ok: true } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const noWait = { sleep: async () => {}, random: () => 0 };

/** A seeded source of numbers in [0, 1), so that each run's interleaving can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleepMs = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The fleet's case: a server that answers after 0–30 ms and says TOKEN_EXPIRED to any token but the valid
 * one, requests started over 60 ms, and a 40 ms refresh, so that requests leave before, during and after it.
 */
async function burst(count: number, seed: number, refreshWorks: boolean) {
  const random = seeded(seed);
  let valid = `valid-${seed}`;
  const server = createServer((req, res) => {
    setTimeout(
      () => {
        res.setHeader("Content-Type", "application/json");
        if (req.headers.authorization === `Bearer ${valid}`) res.end(JSON.stringify({ success: true, data: null }));
        else {
          res.statusCode = 401;
          res.end(JSON.stringify({ success: false, error: { code: "TOKEN_EXPIRED", message: "expired" } }));
        }
      },
      Math.floor(random() * 30),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/me`;
  let accessToken = "expired";
  let refreshes = 0;
  const refreshToken = createTokenRefresher(async () => {
    refreshes++;
    await sleepMs(40);
    if (!refreshWorks) throw new Error("the refresh token is dead too");
    valid = `renewed-${seed}`;
    accessToken = valid;
  });
  try {
    const calls = Array.from({ length: count }, async (_, i) => {
      await sleepMs(Math.floor((i / count) * 60));
      return withRetry(({ signal }) => fetch(url, { headers: { Authorization: `Bearer ${accessToken}` }, signal }), { refreshToken, ...noWait });
    });
    const settled = await Promise.allSettled(calls);
    return { refreshes, settled, generation: refreshToken.generation };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe("createTokenRefresher under a real burst", () => {
  for (const count of [100, 1000]) {
    it(`${count} requests over 60 ms against a server with 0-30 ms answers make one refresh, in every interleaving tried`, async () => {
      for (const seed of count === 100 ? [1, 2, 3, 4, 5] : [11, 12]) {
        const { refreshes, settled, generation } = await burst(count, seed, true);
        expect(refreshes, `seed ${seed}`).toBe(1);
        expect(generation).toBe(1);
        const statuses = await Promise.all(settled.map((s) => (s.status === "fulfilled" ? s.value.status : 0)));
        expect(
          statuses.filter((s) => s === 200),
          `seed ${seed}`,
        ).toHaveLength(count);
      }
    }, 120_000);

    it(`${count} requests meeting TOKEN_EXPIRED while the refresh fails make one refresh call, and all reject`, async () => {
      for (const seed of count === 100 ? [6, 7, 8] : [21]) {
        const { refreshes, settled, generation } = await burst(count, seed, false);
        expect(refreshes, `seed ${seed}`).toBe(1);
        expect(generation).toBe(0);
        for (const s of settled) {
          expect(s.status).toBe("rejected");
          expect((s as PromiseRejectedResult).reason).toBeInstanceOf(TokenRefreshError);
        }
      }
    }, 120_000);
  }

  it("a request sent before the latest refresh retries with the new token without refreshing again", async () => {
    let runs = 0;
    const refresh = createTokenRefresher(() => {
      runs++;
    });
    const sentWith = refresh.generation;
    await refresh({ sentWith });
    expect(refresh.generation).toBe(1);
    await refresh({ sentWith });
    expect(runs).toBe(1);
    await refresh({ sentWith: refresh.generation });
    expect(runs).toBe(2);
  });

  it("a request sent with the token a refresh failed to replace gets that failure; a direct call still refreshes", async () => {
    let runs = 0;
    const cause = new Error("no");
    const refresh = createTokenRefresher(() => {
      runs++;
      if (runs === 1) throw cause;
    });
    const first = await refresh({ sentWith: 0 }).catch((e: unknown) => e);
    const later = await refresh({ sentWith: 0 }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(TokenRefreshError);
    expect(later).toBe(first);
    expect(runs).toBe(1);
    await refresh();
    expect(runs).toBe(2);
    expect(refresh.generation).toBe(1);
    await expect(refresh({ sentWith: Number.NaN })).resolves.toBeUndefined();
    expect(runs).toBe(3);
  });
});

describe("createTokenRefresher", () => {
  it("100 concurrent calls that get TOKEN_EXPIRED make exactly one refresh, and all 100 succeed", async () => {
    token = "t1";
    let accessToken = "stale";
    let refreshes = 0;
    let joined = 0;
    let allJoined!: () => void;
    const everyoneWaiting = new Promise<void>((resolve) => (allJoined = resolve));
    const refresh = createTokenRefresher(async () => {
      refreshes++;
      // The refresh ends only once every request has met its 401 and asked for it, however loaded the machine.
      await everyoneWaiting;
      accessToken = token;
    });
    const refreshToken = (context: { signal?: AbortSignal }) => {
      if (++joined === 100) allJoined();
      return refresh(context);
    };
    const calls = Array.from({ length: 100 }, () => withRetry(({ signal }) => fetch(`${base}/me`, { headers: { Authorization: `Bearer ${accessToken}` }, signal }), { refreshToken, ...noWait }));
    const responses = await Promise.all(calls);
    const results = await Promise.all(responses.map((r) => parseApiResponse(r)));
    expect(refreshes).toBe(1);
    expect(joined).toBe(100);
    expect(results.filter((r) => r.kind === "success")).toHaveLength(100);
  }, 30_000);

  it("a refresh that fails fails every waiting call with TokenRefreshError, once", async () => {
    token = "t2";
    let refreshes = 0;
    const cause = new Error("refresh endpoint said no");
    const refresh = createTokenRefresher(async () => {
      refreshes++;
      await new Promise((r) => setTimeout(r, 200));
      throw cause;
    });
    const calls = Array.from({ length: 20 }, () => withRetry(() => fetch(`${base}/me`, { headers: { Authorization: "Bearer stale" } }), { refreshToken: refresh, ...noWait }));
    const settled = await Promise.allSettled(calls);
    expect(refreshes).toBe(1);
    for (const s of settled) {
      expect(s.status).toBe("rejected");
      const reason = (s as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(TokenRefreshError);
      expect(reason.cause).toBe(cause);
    }
  });

  it("starts a new refresh once the last one settled, also after a synchronous throw", async () => {
    let runs = 0;
    const refresh = createTokenRefresher(() => {
      runs++;
      if (runs === 1) throw new Error("sync");
    });
    await expect(refresh()).rejects.toBeInstanceOf(TokenRefreshError);
    await expect(refresh()).resolves.toBeUndefined();
    await Promise.all([refresh(), refresh(), refresh()]);
    expect(runs).toBe(3);
  });

  it("one caller's abort ends its own wait, not the shared refresh", async () => {
    let release!: () => void;
    let runs = 0;
    const refresh = createTokenRefresher(() => {
      runs++;
      return new Promise<void>((r) => (release = r));
    });
    const controller = new AbortController();
    const aborted = refresh({ signal: controller.signal });
    const other = refresh();
    controller.abort(new Error("caller gave up"));
    await expect(aborted).rejects.toThrow("caller gave up");
    release();
    await expect(other).resolves.toBeUndefined();
    expect(runs).toBe(1);
    const already = new AbortController();
    already.abort(new Error("before"));
    await expect(refresh({ signal: already.signal })).rejects.toThrow("before");
    expect(runs).toBe(1);
  });

  it("withRetry passes its signal to refreshToken, and an abort during the refresh rejects at once", async () => {
    token = "t3";
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const started = Date.now();
    const call = withRetry(() => fetch(`${base}/me`, { headers: { Authorization: "Bearer stale" } }), {
      signal: controller.signal,
      refreshToken: ({ signal }) => {
        seen = signal;
        setTimeout(() => controller.abort(new Error("stop")), 50);
        return new Promise(() => {}); // never settles on its own
      },
      ...noWait,
    });
    await expect(call).rejects.toThrow();
    expect(seen).toBe(controller.signal);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
