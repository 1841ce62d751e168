// withRetry with a scripted call: what it retries, waits, refreshes and releases.
import { describe, expect, it, vi } from "vitest";
import { TokenRefreshError, adviseRetry, withRetry, type RawResponse } from "../../../src/index.js";

const envelope = (code: string, message = "m") => JSON.stringify({ success: false, error: { code, message } });
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("withRetry", () => {
  const responses = (...list: RawResponse[]) => {
    const call = vi.fn(async () => list.shift()!);
    return call;
  };
  const fake = () => {
    const slept: number[] = [];
    return { slept, sleep: async (ms: number) => void slept.push(ms), random: () => 0, now: () => NOW };
  };

  it("retries transient errors with the policy's delays, then returns the success", async () => {
    const t = fake();
    const call = responses({ status: 503, body: "" }, { status: 502, body: "" }, { status: 200, body: '{"success":true,"data":{}}' });
    const result = await withRetry(call, t);
    expect(result.status).toBe(200);
    expect(t.slept).toEqual([1000, 2000]);
    expect(call).toHaveBeenCalledTimes(3);
  });

  it("gives each attempt a live signal of its own when the caller passes neither a signal nor a timeout", async () => {
    const t = fake();
    const seen: AbortSignal[] = [];
    const call = vi.fn(async (context: { attempt: number; signal: AbortSignal }) => {
      const { signal } = { ...context };
      seen.push(signal);
      expect(context.signal).toBe(signal);
      return context.attempt === 1 ? { status: 503, body: "" } : { status: 200, body: '{"success":true,"data":{}}' };
    });
    expect((await withRetry(call, t)).status).toBe(200);
    expect(seen).toHaveLength(2);
    for (const signal of seen) {
      expect(signal).toBeInstanceOf(AbortSignal);
      expect(signal.aborted).toBe(false);
    }
    expect(seen[0]).not.toBe(seen[1]);
  });

  it("gives up after five retries and returns the last response", async () => {
    const t = fake();
    const call = vi.fn(async () => ({ status: 500, body: "" }));
    expect((await withRetry(call, t)).status).toBe(500);
    expect(call).toHaveBeenCalledTimes(6);
    expect(t.slept).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("refreshes the token once, then retries the original request exactly once", async () => {
    const t = fake();
    const refreshToken = vi.fn(async () => {});
    const expired = { status: 401, body: envelope("TOKEN_EXPIRED") };
    const call = responses(expired, expired, { status: 200, body: '{"success":true,"data":{}}' });
    const result = await withRetry(call, { ...t, refreshToken });
    expect(result.status).toBe(401);
    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledTimes(2);
    expect(t.slept).toEqual([]);
  });

  it("ends the call when the refresh fails", async () => {
    const call = responses({ status: 401, body: envelope("TOKEN_EXPIRED") });
    const failing = withRetry(call, {
      ...fake(),
      refreshToken: async () => {
        throw new Error("refresh token revoked");
      },
    });
    await expect(failing).rejects.toBeInstanceOf(TokenRefreshError);
    await expect(failing).rejects.toMatchObject({ cause: { message: "refresh token revoked" } });
  });

  it("does not retry a non-retryable error", async () => {
    const call = responses({ status: 422, body: envelope("WEAK_PASSWORD") });
    expect((await withRetry(call, fake())).status).toBe(422);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it("retries network errors with backoff and rethrows when attempts run out", async () => {
    const t = fake();
    const call = vi.fn(async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    });
    await expect(withRetry(call, t)).rejects.toThrow("fetch failed");
    expect(call).toHaveBeenCalledTimes(6);
  });

  it("honours an AbortSignal during the wait", async () => {
    const controller = new AbortController();
    const call = vi.fn(async () => ({ status: 503, body: "" }));
    const pending = withRetry(call, { signal: controller.signal, random: () => 0 });
    setTimeout(() => controller.abort(new Error("user cancelled")), 20);
    await expect(pending).rejects.toThrow("user cancelled");
    expect(call).toHaveBeenCalledTimes(1);
  });

  it("works with fetch Responses and leaves their bodies readable", async () => {
    const t = fake();
    const bodies = [new Response("Bad Gateway", { status: 502 }), new Response('{"success":true,"data":{"ok":1}}', { status: 200 })];
    const result = await withRetry(async () => bodies.shift()!, t);
    expect(await result.json()).toEqual({ success: true, data: { ok: 1 } });
    expect(t.slept).toEqual([1000]);
  });

  it("returns a success without waiting on its body", async () => {
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) });
    const response = new Response(endless, { status: 200 });
    const started = Date.now();
    expect(await withRetry(async () => response, fake())).toBe(response);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(response.bodyUsed).toBe(false);
  });

  it("an abort also stops reading a stalled error body", async () => {
    const controller = new AbortController();
    const stalled = new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) }), { status: 503 });
    const pending = withRetry(async () => stalled, { signal: controller.signal, random: () => 0 });
    setTimeout(() => controller.abort(new Error("user cancelled")), 20);
    await expect(pending).rejects.toThrow("user cancelled");
  });

  it("releases the bodies of the responses it retries past", async () => {
    const t = fake();
    const first = new Response("Bad Gateway", { status: 502 });
    const last = new Response('{"success":true,"data":1}', { status: 200 });
    const list = [first, last];
    const result = await withRetry(async () => list.shift()!, t);
    expect(result).toBe(last);
    expect(first.bodyUsed).toBe(true);
    expect(last.bodyUsed).toBe(false);
    // Without a refreshToken, TOKEN_EXPIRED is the result: its body stays readable.
    const expired = new Response(envelope("TOKEN_EXPIRED"), { status: 401 });
    expect(await withRetry(async () => expired, t)).toBe(expired);
    expect(JSON.parse(await expired.text()).error.code).toBe("TOKEN_EXPIRED");
  });

  it("waits for the rate-limit window on 429", async () => {
    const t = fake();
    const call = responses({ status: 429, headers: { "Retry-After": "3" }, body: envelope("RATE_LIMITED") }, { status: 200, body: '{"success":true,"data":null}' });
    await withRetry(call, t);
    expect(t.slept).toEqual([3000]);
  });

  it("refreshes once on a TOKEN_EXPIRED whose details are unlike the page's example", async () => {
    const expiredWith = (details: unknown) => JSON.stringify({ success: false, error: { code: "TOKEN_EXPIRED", message: "m", details } });
    const t = { sleep: async () => {}, random: () => 0, now: () => NOW };
    const refreshToken = vi.fn(async () => {});
    const list: RawResponse[] = [
      { status: 401, body: expiredWith({ expiredAt: 1770550200 }) },
      { status: 200, body: '{"success":true,"data":{}}' },
    ];
    const result = await withRetry(async () => list.shift()!, { ...t, refreshToken });
    expect(result.status).toBe(200);
    expect(refreshToken).toHaveBeenCalledTimes(1);
  });

  it("withRetry and adviseRetry read Responses of other fetch implementations", async () => {
    const like = (status: number, body: string) => ({
      status,
      headers: new Headers(),
      text: async () => body,
      clone() {
        return this;
      },
    });
    expect(await adviseRetry(like(401, envelope("TOKEN_EXPIRED")), 1, NOW)).toEqual({ action: "refresh-token" });
    const refreshToken = vi.fn(async () => {});
    const list = [like(401, envelope("TOKEN_EXPIRED")), like(200, '{"success":true,"data":1}')];
    const result = await withRetry(async () => list.shift()!, { refreshToken, sleep: async () => {}, random: () => 0, now: () => NOW });
    expect(result.status).toBe(200);
    expect(refreshToken).toHaveBeenCalledTimes(1);
  });
});
