// withRetry as a production client uses it, against a real HTTP server on 127.0.0.1 with fetch.
// Waits between attempts go through an injected `sleep` that records them, so no test waits the page's
// 1 + 2 + 4 + 8 + 16 s; expectations come from retryPolicy, never from copies of its numbers.
import { getEventListeners } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AttemptTimeoutError, RetryDeadlineError, parseApiResponse, retryDelayMs, retryPolicy, withRetry, type RawResponse, type RetryEvent } from "../../../src/index.js";

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

let server: Server;
let base = "";
/** Per path: what the server does on each hit (the last one repeats). */
const routes = new Map<string, Handler[]>();
const hits = new Map<string, number>();
const sockets = new Set<Socket>();
/** Responses the server has begun and not yet finished or abandoned. */
const unfinished = new Set<ServerResponse>();

const MAX_ATTEMPTS = 1 + retryPolicy.backoff.maxRetries;
const idempotency = retryPolicy.idempotency!;
const [guardedStatus] = idempotency.statuses;
const envelope = (code: string) => JSON.stringify({ success: false, error: { code, message: code.toLowerCase() } });
const ok =
  (data: unknown = { ok: true }): Handler =>
  (_req, res) =>
    void res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ success: true, data }));
const status =
  (code: number, body = "upstream hiccup"): Handler =>
  (_req, res) =>
    void res.writeHead(code, { "Content-Type": "text/plain" }).end(body);
const hang: Handler = () => {};
const destroyMidResponse: Handler = (req) => {
  // Half a status line, then a reset: the client has sent the request and gets no response.
  req.socket.write("HTTP/1.1 200 OK\r\nContent-Le");
  req.socket.destroy();
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url!, "http://x").pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    unfinished.add(res);
    res.on("close", () => unfinished.delete(res));
    const script = routes.get(path) ?? [status(404, "no route")];
    script[Math.min(hit, script.length) - 1]!(req, res, hit);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  routes.clear();
  hits.clear();
});

let routeId = 0;
/** A fresh path that answers with `script`, hit by hit. */
function route(...script: Handler[]): string {
  const path = `/r${++routeId}`;
  routes.set(path, script);
  return path;
}
const hitsOf = (path: string) => hits.get(path) ?? 0;

/** Records every wait instead of sleeping; an abort still ends it, as withRetry promises. */
function recorder() {
  const slept: number[] = [];
  const events: RetryEvent[] = [];
  const gaveUp: RetryEvent[] = [];
  return {
    slept,
    events,
    gaveUp,
    options: { sleep: async (ms: number) => void slept.push(ms), random: () => 0, onRetry: (e: RetryEvent) => void events.push(e), onGiveUp: (e: RetryEvent) => void gaveUp.push(e) },
  };
}
const get =
  (path: string, init: RequestInit = {}) =>
  ({ signal }: { signal: AbortSignal }) =>
    fetch(base + path, { ...init, signal });

describe("what is retried, against a local server", () => {
  it("503, 503, 200: two retries with the policy's backoff, then the success", async () => {
    const t = recorder();
    const path = route(status(503), status(503), ok());
    const response = await withRetry(get(path), t.options);
    expect(response.status).toBe(200);
    expect(hitsOf(path)).toBe(3);
    expect(t.slept).toEqual([retryDelayMs(1, () => 0), retryDelayMs(2, () => 0)]);
    expect(await parseApiResponse(response)).toMatchObject({ kind: "success" });
  });

  it("503 on every attempt: the policy's retries, then the last response", async () => {
    const t = recorder();
    const path = route(status(503));
    const response = await withRetry(get(path), t.options);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("upstream hiccup");
    expect(hitsOf(path)).toBe(MAX_ATTEMPTS);
    expect(t.slept).toHaveLength(retryPolicy.backoff.maxRetries);
    expect(t.gaveUp.map((e) => e.decision)).toEqual([expect.objectContaining({ action: "fail", reason: "attempts-exhausted" })]);
  });

  it("a POST that gets a 503 is not retried; the same POST with an Idempotency-Key is", async () => {
    for (const method of idempotency.methods) {
      const t = recorder();
      const path = route(status(guardedStatus!), ok());
      const response = await withRetry(get(path, { method, body: "{}" }), { ...t.options, method });
      expect(response.status, method).toBe(guardedStatus);
      expect(hitsOf(path)).toBe(1);
      expect(t.gaveUp[0]!.decision).toMatchObject({ action: "fail", reason: "not-idempotent" });
    }
    const t = recorder();
    const path = route(status(503), ok());
    const headers = { [idempotency.keyHeader]: "order-42" };
    const response = await withRetry(get(path, { method: "POST", headers, body: "{}" }), { ...t.options, method: "POST", headers });
    expect(response.status).toBe(200);
    expect(hitsOf(path)).toBe(2);
    // idempotent: true says the same.
    const again = route(status(503), ok());
    expect((await withRetry(get(again, { method: "POST" }), { ...t.options, method: "POST", idempotent: true })).status).toBe(200);
  });

  it("a Request gives its own method and headers, and is sent as a fresh clone per attempt", async () => {
    const t = recorder();
    const plain = route(status(503), ok());
    expect((await withRetry(new Request(base + plain, { method: "POST", body: "payload" }), t.options)).status).toBe(503);
    expect(hitsOf(plain)).toBe(1);
    const bodies: string[] = [];
    const keyed = route(
      (req, res) => void req.on("data", (c: Buffer) => bodies.push(c.toString())).on("end", () => status(503)(req, res, 1)),
      (req, res) => void req.on("data", (c: Buffer) => bodies.push(c.toString())).on("end", () => ok()(req, res, 2)),
    );
    const request = new Request(base + keyed, { method: "POST", body: "payload", headers: { [idempotency.keyHeader]: "k-1" } });
    expect((await withRetry(request, t.options)).status).toBe(200);
    expect(bodies).toEqual(["payload", "payload"]);
  });

  it("429 is retried for every method", async () => {
    const t = recorder();
    const path = route((_req, res) => void res.writeHead(429, { "Retry-After": "1" }).end(envelope("RATE_LIMITED")), ok());
    expect((await withRetry(get(path, { method: "POST" }), { ...t.options, method: "POST" })).status).toBe(200);
    expect(t.events[0]).toMatchObject({ attempt: 1, status: 429, code: "RATE_LIMITED", decision: { action: "retry", basis: "retry-after" }, delayMs: 1000 });
  });

  it("a handler that never answers, attemptTimeoutMs 200: each attempt is cut off and retried, then withRetry gives up", async () => {
    const t = recorder();
    const path = route(hang);
    const started = Date.now();
    const attempts = 3;
    const pending = withRetry(get(path), { ...t.options, attemptTimeoutMs: 200, maxAttempts: attempts });
    await expect(pending).rejects.toBeInstanceOf(AttemptTimeoutError);
    const elapsed = Date.now() - started;
    expect(hitsOf(path)).toBe(attempts);
    expect(elapsed).toBeGreaterThanOrEqual(attempts * 200 - 50);
    expect(elapsed).toBeLessThan(attempts * 200 + 3000);
    expect(t.events.map((e) => e.code)).toEqual(["ATTEMPT_TIMEOUT", "ATTEMPT_TIMEOUT"]);
    // One hung attempt, then an answer: the answer is the result.
    const once = route(hang, ok());
    expect((await withRetry(get(once), { ...t.options, attemptTimeoutMs: 200 })).status).toBe(200);
  });

  it("an attempt timeout cuts off a call that ignores its signal", async () => {
    const t = recorder();
    let calls = 0;
    const never = () => (calls++, new Promise<RawResponse>(() => {}));
    await expect(withRetry(never, { ...t.options, attemptTimeoutMs: 50, maxAttempts: 2 })).rejects.toBeInstanceOf(AttemptTimeoutError);
    expect(calls).toBe(2);
  });

  it("a connection reset mid-response is retried for a GET, and not for a POST", async () => {
    const t = recorder();
    const path = route(destroyMidResponse, ok());
    expect((await withRetry(get(path), t.options)).status).toBe(200);
    expect(hitsOf(path)).toBe(2);
    expect(t.events[0]!.code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
    const post = route(destroyMidResponse, ok());
    await expect(withRetry(get(post, { method: "POST" }), { ...t.options, method: "POST" })).rejects.toThrow("fetch failed");
    expect(hitsOf(post)).toBe(1);
  });

  it("a refused connection never reached the server: retried even for a POST", async () => {
    const t = recorder();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    let calls = 0;
    const pending = withRetry(({ signal }) => (calls++, fetch(`http://127.0.0.1:${port}/`, { method: "POST", signal })), { ...t.options, method: "POST" });
    await expect(pending).rejects.toMatchObject({ message: "fetch failed" });
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(t.events.every((e) => e.code === "ECONNREFUSED")).toBe(true);
  });

  it("a TypeError or SyntaxError from the caller's own code is rethrown after exactly one call", async () => {
    for (const error of [new TypeError("Cannot read properties of undefined (reading 'token')"), new SyntaxError("Unexpected token < in JSON")]) {
      const t = recorder();
      const call = vi.fn(async () => {
        throw error;
      });
      await expect(withRetry(call, t.options)).rejects.toBe(error);
      expect(call).toHaveBeenCalledTimes(1);
      expect(t.slept).toEqual([]);
      expect(t.gaveUp[0]!.decision).toMatchObject({ reason: "not-transient" });
    }
  });

  it("an AbortError of the caller's signal is rethrown at once", async () => {
    const controller = new AbortController();
    const path = route(hang);
    let calls = 0;
    const pending = withRetry(({ signal }) => (calls++, fetch(base + path, { signal })), { signal: controller.signal, sleep: async () => {} });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(calls).toBe(1);
  });
});

describe("how long and how often", () => {
  it("maxAttempts caps the attempts, and cannot exceed the policy's 1 + maxRetries", async () => {
    const t = recorder();
    const two = route(status(503));
    expect((await withRetry(get(two), { ...t.options, maxAttempts: 2 })).status).toBe(503);
    expect(hitsOf(two)).toBe(2);
    const many = route(status(503));
    await withRetry(get(many), { ...t.options, maxAttempts: 100 });
    expect(hitsOf(many)).toBe(MAX_ATTEMPTS);
  });

  it("deadlineMs: no wait starts that would end after it, and the reason is said", async () => {
    let clock = 0;
    const slept: number[] = [];
    const gaveUp: RetryEvent[] = [];
    const timing = { now: () => clock, random: () => 0, sleep: async (ms: number) => void (slept.push(ms), (clock += ms)), onGiveUp: (e: RetryEvent) => void gaveUp.push(e) };
    const first = retryDelayMs(1, () => 0)!;
    const deadlineMs = first + 1; // room for the first wait, not the second
    const path = route(status(503));
    expect((await withRetry(get(path), { ...timing, deadlineMs })).status).toBe(503);
    expect(slept).toEqual([first]);
    expect(gaveUp[0]!.decision).toMatchObject({ action: "fail", reason: "deadline" });
    // A thrown error meets the deadline as a RetryDeadlineError whose cause is the last error.
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    await expect(withRetry(() => Promise.reject(new TypeError("fetch failed", { cause: reset })), { ...timing, deadlineMs: 0 })).rejects.toSatisfy(
      (e) => e instanceof RetryDeadlineError && (e.cause as Error).cause === reset,
    );
  });

  it("aborting the caller's signal interrupts the wait at once (default sleep)", async () => {
    const controller = new AbortController();
    const path = route(status(503));
    const started = Date.now();
    const pending = withRetry(get(path), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    await expect(pending).rejects.toThrow("user cancelled");
    expect(Date.now() - started).toBeLessThan(retryDelayMs(1, () => 0)!);
  });

  it("an injected sleep that ignores the signal still cannot hold an aborted call", async () => {
    const controller = new AbortController();
    const path = route(status(503));
    const pending = withRetry(get(path), { signal: controller.signal, sleep: () => new Promise(() => {}) });
    setTimeout(() => controller.abort(new Error("stop")), 50);
    await expect(pending).rejects.toThrow("stop");
  });

  it("a call that ignores the signal and answers 200 after 800 ms: the abort rejects at once", async () => {
    const controller = new AbortController();
    const path = route((req, res) => void setTimeout(() => ok()(req, res, 1), 800));
    const started = Date.now();
    const pending = withRetry(() => fetch(base + path), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    await expect(pending).rejects.toThrow("user cancelled");
    expect(Date.now() - started).toBeLessThan(700);
  });
});

describe("a Request's own signal, as fetch(request) honours it", () => {
  it("already aborted: rejects with its reason and sends nothing, as fetch does", async () => {
    const path = route(ok());
    const reason = new Error("aborted before sending");
    const request = new Request(base + path, { signal: AbortSignal.abort(reason) });
    await expect(fetch(request)).rejects.toBe(reason);
    await expect(withRetry(request, recorder().options)).rejects.toBe(reason);
    expect(hitsOf(path)).toBe(0);
  });

  it("aborted mid-request: rejects at once, as fetch of the same Request does, and the server sees the request dropped", async () => {
    for (const via of ["fetch", "withRetry"] as const) {
      const path = route((req, res) => void setTimeout(() => !res.destroyed && ok()(req, res, 1), 2_000));
      const controller = new AbortController();
      const request = new Request(base + path, { signal: controller.signal });
      const started = Date.now();
      const pending = via === "fetch" ? fetch(request) : withRetry(request, recorder().options);
      setTimeout(() => controller.abort(new Error("user cancelled")), 200);
      await expect(pending, via).rejects.toThrow("user cancelled");
      expect(Date.now() - started, via).toBeLessThan(1_500);
      expect(hitsOf(path), via).toBe(1);
      // The connection was cut, not left to deliver the 200.
      await vi.waitFor(() => expect([...unfinished].some((res) => res.req.url === path)).toBe(false), { timeout: 1_000 });
    }
  });

  it("aborted during the wait between attempts: rejects at once, no second attempt", async () => {
    const controller = new AbortController();
    const path = route(status(503));
    const started = Date.now();
    const pending = withRetry(new Request(base + path, { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    await expect(pending).rejects.toThrow("user cancelled");
    expect(Date.now() - started).toBeLessThan(retryDelayMs(1, () => 0)!);
    expect(hitsOf(path)).toBe(1);
  });

  it("either signal aborts: the Request's and the options' together", async () => {
    const path = route(hang);
    const fromOptions = new AbortController();
    const fromRequest = new AbortController();
    const pending = withRetry(new Request(base + path, { signal: fromRequest.signal }), { signal: fromOptions.signal });
    setTimeout(() => fromOptions.abort(new Error("options' signal")), 50);
    await expect(pending).rejects.toThrow("options' signal");
    const path2 = route(hang);
    const fromOptions2 = new AbortController();
    const fromRequest2 = new AbortController();
    const pending2 = withRetry(new Request(base + path2, { signal: fromRequest2.signal }), { signal: fromOptions2.signal });
    setTimeout(() => fromRequest2.abort(new Error("request's signal")), 50);
    await expect(pending2).rejects.toThrow("request's signal");
  });

  it("a Request whose signal never aborts is retried as before", async () => {
    const t = recorder();
    const path = route(status(503), ok());
    expect((await withRetry(new Request(base + path, { signal: new AbortController().signal }), t.options)).status).toBe(200);
    expect(hitsOf(path)).toBe(2);
  });
});

describe("only what it needs from a response", () => {
  it("a success whose body streams for ever is returned at once, its body unread", async () => {
    const path = route((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      const timer = setInterval(() => res.write("x"), 10);
      res.on("close", () => clearInterval(timer));
    });
    const response = await withRetry(get(path));
    expect(response.status).toBe(200);
    expect(response.bodyUsed).toBe(false);
    await response.body!.cancel();
  });

  it("an error body is read within the parse limits, from a clone: the caller still reads all of it", async () => {
    const big = "e".repeat(10_000);
    const t = recorder();
    let seen: unknown;
    const path = route(status(404, big));
    const response = await withRetry(get(path), { ...t.options, parse: { maxBodyLength: 100 }, shouldRetry: ({ parsed }) => void (seen = parsed) });
    expect(seen).toMatchObject({ kind: "invalid-response", reason: "too-large" });
    expect(await response.text()).toBe(big);
  });

  it("call resolving undefined, a string or an object without a status rejects with a clear TypeError", async () => {
    for (const value of [undefined, "200 OK", { ok: true }, null, 42]) {
      const call = vi.fn(async () => value as never);
      await expect(withRetry(call, recorder().options)).rejects.toThrow(/withRetry: call resolved to .*not a response/);
      expect(call).toHaveBeenCalledTimes(1);
    }
    await expect(withRetry("https://example.invalid" as never)).rejects.toBeInstanceOf(TypeError);
  });

  it("after 50 retried calls, no socket is left open by us", async () => {
    // Error bodies far larger than the socket buffers, written as the client takes them: one left unread
    // holds its response unfinished and its connection open.
    const chunk = Buffer.alloc(64 * 1024, "b");
    const endless: Handler = (_req, res) => {
      res.writeHead(503, { "Content-Type": "text/plain" });
      let left = 1024; // 64 MiB
      const pump = () => {
        while (left-- > 0) if (!res.write(chunk)) return void res.once("drain", pump);
        res.end();
      };
      res.on("close", () => (left = 0));
      pump();
    };
    const perCall = new Map<string, number>();
    const path = route((req, res) => {
      const id = String(req.headers["x-call"]);
      const n = (perCall.get(id) ?? 0) + 1;
      perCall.set(id, n);
      if (n === 1) endless(req, res, n);
      else ok()(req, res, n);
    });
    const t = recorder();
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => withRetry(get(path, { headers: { "x-call": String(i) } }), t.options)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    await Promise.all(responses.map((r) => r.text()));
    expect(hitsOf(path)).toBe(100);
    // Every response the server began has ended; idle keep-alive sockets then close when asked.
    await vi.waitFor(() => expect(unfinished.size).toBe(0), { timeout: 5_000, interval: 20 });
    server.closeIdleConnections();
    await vi.waitFor(() => expect(sockets.size).toBe(0), { timeout: 5_000, interval: 20 });
  }, 30_000);
});

describe("shouldRetry and events", () => {
  it("shouldRetry sees the attempt, response, parsed body and decision; false vetoes, true forces within the bounds", async () => {
    const t = recorder();
    const seen: unknown[] = [];
    const vetoed = route((_req, res) => void res.writeHead(503).end(envelope("SERVICE_UNAVAILABLE")), ok());
    const r1 = await withRetry(get(vetoed), { ...t.options, method: "GET", shouldRetry: (c) => (seen.push(c), false) });
    expect(r1.status).toBe(503);
    expect(hitsOf(vetoed)).toBe(1);
    expect(seen[0]).toMatchObject({ attempt: 1, method: "GET", parsed: { kind: "api-error", code: "SERVICE_UNAVAILABLE" }, decision: { action: "retry", basis: "backoff" } });
    expect((seen[0] as { response: Response }).response).toBe(r1);
    expect(t.gaveUp[0]!.decision).toMatchObject({ reason: "vetoed" });

    const forced = route(status(404), ok());
    expect((await withRetry(get(forced), { ...t.options, shouldRetry: ({ response }) => response?.status === 404 })).status).toBe(200);
    // Forcing cannot pass maxAttempts.
    const always = route(status(404));
    await withRetry(get(always), { ...t.options, maxAttempts: 3, shouldRetry: () => true });
    expect(hitsOf(always)).toBe(3);
    // A thrown error the policy would not retry, forced.
    let calls = 0;
    const flaky = async (): Promise<RawResponse> => {
      if (++calls === 1) throw new Error("custom transport hiccup");
      return { status: 200, body: '{"success":true,"data":1}' };
    };
    expect((await withRetry(flaky, { ...t.options, shouldRetry: ({ error }) => error instanceof Error && error.message.includes("hiccup") })).status).toBe(200);
  });

  it("onRetry gets the attempt, the decision with its basis, the status, the code, the delay and the error", async () => {
    const t = recorder();
    const path = route((_req, res) => void res.writeHead(502).end(envelope("UPSTREAM_ERROR")), ok());
    await withRetry(get(path), t.options);
    expect(t.events).toEqual([
      { attempt: 1, decision: { action: "retry", delayMs: retryDelayMs(1, () => 0), basis: "backoff" }, status: 502, code: "UPSTREAM_ERROR", delayMs: retryDelayMs(1, () => 0) },
    ]);
    const reset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    let calls = 0;
    await withRetry(async () => (++calls === 1 ? Promise.reject(reset) : { status: 200 }), t.options);
    expect(t.events[1]).toMatchObject({ attempt: 1, code: "ECONNRESET", error: reset, decision: { action: "retry", basis: "backoff" } });
  });
});

describe("properties", () => {
  const policyStatuses = [...retryPolicy.statuses.retryable, ...retryPolicy.statuses.nonRetryable, 200, 504];
  const outcome = fc.oneof(
    fc.constantFrom(...policyStatuses).map((s) => ({ status: s }) as const),
    fc.constantFrom(...retryPolicy.networkErrors!.neverReached, ...retryPolicy.networkErrors!.mayHaveReached, "EOTHER").map((code) => ({ code }) as const),
  );
  /** A call that plays `script` (its last outcome repeats), on a fake clock where each attempt takes `cost` ms. */
  const scripted = (script: ReadonlyArray<{ status: number } | { code: string }>, tick: (ms: number) => void, cost: number) => {
    let i = 0;
    const calls = { count: 0 };
    const call = async (): Promise<RawResponse> => {
      calls.count++;
      tick(cost);
      const step = script[Math.min(i++, script.length - 1)]!;
      if ("code" in step) throw new TypeError("fetch failed", { cause: Object.assign(new Error(step.code), { code: step.code }) });
      return { status: step.status, body: "" };
    };
    return { call, calls };
  };

  it("no wait ever ends after the deadline", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(outcome, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (script, deadlineMs, cost, r) => {
          let clock = 1_000_000;
          const start = clock;
          const { call } = scripted(script, (ms) => void (clock += ms), cost);
          const ends: number[] = [];
          const sleep = async (ms: number) => void (ends.push(clock + ms), (clock += ms));
          await withRetry(call, { deadlineMs, now: () => clock, sleep, random: () => r }).catch(() => {});
          for (const end of ends) expect(end).toBeLessThanOrEqual(start + deadlineMs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("no POST or PATCH is retried on a guarded 5xx or a may-have-reached error without an idempotency signal", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(outcome, { minLength: 1, maxLength: 8 }), fc.constantFrom(...idempotency.methods, "post", "patch"), async (script, method) => {
        const events: RetryEvent[] = [];
        const { call } = scripted(script, () => {}, 0);
        await withRetry(call, { method, sleep: async () => {}, random: () => 0, onRetry: (e) => void events.push(e) }).catch(() => {});
        for (const e of events) {
          expect(idempotency.statuses).not.toContain(e.status);
          expect(retryPolicy.networkErrors!.mayHaveReached).not.toContain(e.code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("attempts never exceed maxAttempts, nor the policy's 1 + maxRetries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(outcome, { minLength: 1, maxLength: 8 }),
        fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double(), fc.constant(undefined)),
        fc.boolean(),
        async (script, maxAttempts, forced) => {
          const { call, calls } = scripted(script, () => {}, 0);
          await withRetry(call, { maxAttempts, sleep: async () => {}, random: () => 0, ...(forced ? { shouldRetry: () => true } : {}) }).catch(() => {});
          expect(calls.count).toBeLessThanOrEqual(MAX_ATTEMPTS);
          if (typeof maxAttempts === "number" && maxAttempts >= 1) expect(calls.count).toBeLessThanOrEqual(Math.floor(maxAttempts));
          expect(calls.count).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a long-lived signal", () => {
  it("many calls sharing one signal leave no more abort listeners on it than fetch alone does", async () => {
    const path = route(ok());
    const CALLS = 30;
    const alone = new AbortController();
    for (let i = 0; i < CALLS; i++) await (await fetch(base + path, { signal: alone.signal })).text();
    const baseline = getEventListeners(alone.signal, "abort").length;
    for (const attemptTimeoutMs of [undefined, 5_000]) {
      const app = new AbortController();
      for (let i = 0; i < CALLS; i++) {
        const response = await withRetry(get(path), { signal: app.signal, attemptTimeoutMs, sleep: async () => {} });
        await response.text();
      }
      expect(getEventListeners(app.signal, "abort").length, `attemptTimeoutMs ${attemptTimeoutMs}`).toBeLessThanOrEqual(baseline);
    }
  });
});
