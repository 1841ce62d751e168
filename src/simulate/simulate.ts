// The fleet simulator: N clients on one virtual clock, each running the package's real decision code
// (withRetry with the clock, sleep and random source injected; createRetryBudget, createWaitState and
// createTokenRefresher per client; createReconnectController with the clock's timers) against a
// simulated service that answers as a scenario says. It counts what reaches the service, and when each
// client got what it wanted.
import type { RawResponse } from "../body/response.js";
import { createRetryBudget } from "../fetch/retry-budget.js";
import { createWaitState } from "../fetch/wait-state.js";
import { withRetry, type WithRetryOptions } from "../fetch/with-retry.js";
import { createReconnectController } from "../reconnect/controller.js";
import { createTokenRefresher } from "../token/refresher.js";
import { VirtualClock, seededRandom } from "./clock.js";
import { type PolicyName, type ScenarioInfo, type ScenarioName, scenarioInfo } from "./scenarios.js";

export interface SimulateOptions {
  scenario: ScenarioName;
  clients: number;
  seed: number;
  minutes: number;
  /** Seconds between the moments a client wants the API (each client at its own random phase). */
  intervalSeconds: number;
  /** Only these of the scenario's policies (all by default). */
  policies?: readonly PolicyName[] | undefined;
}

/** The figures for one policy. Times are in ms of virtual time; null where the event never happened. */
export interface PolicyResult {
  policy: PolicyName;
  /** Requests (or reconnects) the clients wanted, and the attempts that reached the service. */
  wanted: number;
  sent: number;
  amplification: number;
  /** The same for what was wanted between the start of the trouble and the recovery. */
  incidentWanted: number;
  incidentSent: number;
  incidentAmplification: number | null;
  peakArrivalsPer100ms: number;
  /** From the recovery until the backlog of unserved wants is back to its level before the trouble. */
  backlogClearsAfterMs: number | null;
  /** From the moment a client wanted something until the client next succeeded. */
  timeToSuccessP50Ms: number | null;
  timeToSuccessP99Ms: number | null;
  /** Wants that no success followed before the run ended. */
  neverServed: number;
  /** Calls that ended without a success (withRetry's onGiveUp, or a reconnect controller that stopped). */
  gaveUp: number;
  /** Why they gave up, counted by reason. */
  giveUpReasons: Record<string, number>;
  /** Calls to the auth endpoint (token-expiry), or times a client was asked to reconnect by hand (gateway). */
  refreshes?: number;
  userReconnects?: number;
  /** Attempts that reached the service per second of virtual time, from 0. */
  arrivalsPerSecond: number[];
}

export interface SimulationReport {
  scenario: ScenarioName;
  /** "api": clients call the REST API; "gateway": clients hold tunnels. */
  kind: "api" | "gateway";
  summary: string;
  clients: number;
  seed: number;
  minutes: number;
  intervalSeconds: number;
  incidentStartMs: number;
  recoveryMs: number;
  results: PolicyResult[];
}

const BIN_MS = 100;
/** After the last want, in-flight calls may finish for this long. */
const DRAIN_MS = 5 * 60_000;
const OK: RawResponse = { status: 200, headers: new Map(), body: "" };
// A load balancer in front of a down or overloaded API answers 503 with no JSON body.
const UNAVAILABLE: RawResponse = { status: 503, headers: new Map(), body: "" };
const TOKEN_EXPIRED: RawResponse = {
  status: 401,
  headers: new Map([["content-type", "application/json"]]),
  body: JSON.stringify({ success: false, error: { code: "TOKEN_EXPIRED", message: "Access token has expired" } }),
};
const RATE_LIMITED_BODY = JSON.stringify({ success: false, error: { code: "RATE_LIMITED", message: "Too many requests" } });

/** Counts per 100 ms bin, growing as time goes. */
class Bins {
  values: number[] = [];
  add(at: number, n = 1) {
    const bin = Math.floor(at / BIN_MS);
    while (this.values.length <= bin) this.values.push(0);
    this.values[bin]! += n;
  }
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** What every run of one policy measures. */
class Metrics {
  readonly arrivals = new Bins();
  /** Highest number of unserved wants seen in each bin. */
  readonly backlog: number[] = [];
  outstanding = 0;
  wanted = 0;
  sent = 0;
  incidentWanted = 0;
  incidentSent = 0;
  gaveUp = 0;
  readonly reasons = new Map<string, number>();
  durations: number[] = [];

  constructor(readonly info: ScenarioInfo) {}

  want(at: number) {
    this.wanted++;
    this.outstanding++;
    if (this.inIncident(at)) this.incidentWanted++;
  }
  inIncident(at: number) {
    return at >= this.info.incidentStartMs && at < this.info.recoveryMs;
  }
  served(wantedAt: number, at: number) {
    this.outstanding--;
    this.durations.push(at - wantedAt);
  }
  giveUp(reason: string) {
    this.gaveUp++;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }
  /** Called after each step: a bin holds the most wants unserved at once during it. */
  sample(now: number) {
    const bin = Math.floor(now / BIN_MS);
    // Bins without a step kept the count of the last step; a new bin starts from it.
    while (this.backlog.length <= bin) this.backlog.push(this.#lastOutstanding);
    if (this.outstanding > this.backlog[bin]!) this.backlog[bin] = this.outstanding;
    this.#lastOutstanding = this.outstanding;
  }
  #lastOutstanding = 0;

  result(policy: PolicyName, wantsEndMs: number, extra: Pick<PolicyResult, "refreshes" | "userReconnects">): PolicyResult {
    const { incidentStartMs, recoveryMs } = this.info;
    const arrivals = this.arrivals.values;
    const perSecond: number[] = [];
    for (let i = 0; i < arrivals.length; i++) perSecond[Math.floor((i * BIN_MS) / 1000)] = (perSecond[Math.floor((i * BIN_MS) / 1000)] ?? 0) + arrivals[i]!;
    for (let i = 0; i < perSecond.length; i++) perSecond[i] ??= 0;
    // The level of normal operation: the most wants ever unserved at once in the quiet time before the trouble.
    const firstQuietBin = Math.floor(Math.min(10_000, incidentStartMs / 2) / BIN_MS);
    let normal = 0;
    for (let b = firstQuietBin; b < Math.floor(incidentStartMs / BIN_MS) && b < this.backlog.length; b++) normal = Math.max(normal, this.backlog[b]!);
    const recoveryBin = Math.floor(recoveryMs / BIN_MS);
    const lastWantBin = Math.floor(wantsEndMs / BIN_MS);
    let clears: number | null = null;
    for (let b = recoveryBin; b < lastWantBin; b++) {
      if ((this.backlog[b] ?? 0) <= normal) {
        clears = Math.max(0, b * BIN_MS - recoveryMs);
        break;
      }
    }
    const sorted = Float64Array.from(this.durations).sort();
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      policy,
      wanted: this.wanted,
      sent: this.sent,
      amplification: this.wanted === 0 ? 0 : round3(this.sent / this.wanted),
      incidentWanted: this.incidentWanted,
      incidentSent: this.incidentSent,
      incidentAmplification: this.incidentWanted === 0 ? null : round3(this.incidentSent / this.incidentWanted),
      peakArrivalsPer100ms: arrivals.reduce((a, b) => Math.max(a, b), 0),
      backlogClearsAfterMs: clears,
      timeToSuccessP50Ms: percentile(sorted, 50),
      timeToSuccessP99Ms: percentile(sorted, 99),
      neverServed: this.outstanding,
      gaveUp: this.gaveUp,
      giveUpReasons: Object.fromEntries([...this.reasons].sort(([a], [b]) => (a < b ? -1 : 1))),
      ...extra,
      arrivalsPerSecond: perSecond,
    };
  }
}

interface Run {
  clock: VirtualClock;
  random: () => number;
  metrics: Metrics;
  info: ScenarioInfo;
  clients: number;
  intervalMs: number;
  wantsEndMs: number;
}

/** The REST API as the scenario has it behave: the answer to an attempt that arrives now. */
function apiServer(run: Run) {
  const { info, clients, intervalMs } = run;
  const normalPerSecond = (clients * 1000 * info.callsPerWant) / intervalMs;
  const capacityPerSecond = Math.max(1, Math.floor(1.5 * normalPerSecond));
  const limitPerWindow = Math.max(1, Math.floor(0.5 * normalPerSecond * 10));
  let window = -1;
  let admitted = 0;
  return (now: number, tokenValid: boolean): RawResponse => {
    const inIncident = now >= info.incidentStartMs && now < info.recoveryMs;
    switch (info.name) {
      case "down":
        return UNAVAILABLE;
      case "outage": {
        if (inIncident) return UNAVAILABLE;
        if (now < info.recoveryMs) return OK;
        const second = Math.floor(now / 1000);
        if (second !== window) [window, admitted] = [second, 0];
        return admitted++ < capacityPerSecond ? OK : UNAVAILABLE;
      }
      case "rate-limit": {
        if (!inIncident) return OK;
        const w = Math.floor((now - info.incidentStartMs) / 10_000);
        if (w !== window) [window, admitted] = [w, 0];
        if (admitted++ < limitPerWindow) return OK;
        const windowEnd = info.incidentStartMs + (w + 1) * 10_000;
        const retryAfter = String(Math.max(1, Math.ceil((windowEnd - now) / 1000)));
        return {
          status: 429,
          headers: new Map([
            ["retry-after", retryAfter],
            ["content-type", "application/json"],
          ]),
          body: RATE_LIMITED_BODY,
        };
      }
      case "token-expiry":
        return tokenValid ? OK : TOKEN_EXPIRED;
      default:
        return OK;
    }
  };
}

/** Answer latency of the API and of the gateway: 20 to 120 ms. */
const latency = (random: () => number) => 20 + Math.floor(random() * 100);

async function runApiPolicy(run: Run, policy: PolicyName): Promise<PolicyResult> {
  const { clock, random, metrics, info, intervalMs, wantsEndMs } = run;
  const answer = apiServer(run);
  let refreshes = 0;
  const now = () => clock.now;
  for (let c = 0; c < run.clients; c++) {
    // One budget and one wait state per client (per API origin), as the README recommends.
    const budget = policy === "budget" || policy === "budget+wait-state" ? createRetryBudget() : undefined;
    const waitState = policy === "wait-state" || policy === "budget+wait-state" ? createWaitState() : undefined;
    // Each client's token expires at its own moment in the wave; a refresh gives it a new one.
    let tokenExpiresAt = info.name === "token-expiry" ? info.incidentStartMs + random() * (info.recoveryMs - info.incidentStartMs) : Number.POSITIVE_INFINITY;
    // Only where tokens expire: a refresher per client is memory that the other scenarios would not use.
    const refreshToken =
      info.name !== "token-expiry"
        ? undefined
        : createTokenRefresher(
            () =>
              new Promise<void>((resolve) => {
                refreshes++;
                metrics.arrivals.add(clock.now);
                clock.after(latency(random), () => {
                  tokenExpiresAt = Number.POSITIVE_INFINITY;
                  resolve();
                });
              }),
          );
    // Wants that a give-up left unserved: the client's next success serves them.
    let unserved: number[] = [];
    const serveUnserved = (at: number) => {
      for (const w of unserved) metrics.served(w, at);
      unserved = [];
    };
    const oneCall = (wantedAt: number) => {
      let attempts = 0;
      let reason = "";
      const send = (): Promise<RawResponse> => {
        attempts++;
        metrics.sent++;
        metrics.arrivals.add(clock.now);
        const response = answer(clock.now, clock.now < tokenExpiresAt);
        return new Promise((resolve) => clock.after(latency(random), () => resolve(response)));
      };
      const finish = (ok: boolean) => {
        if (metrics.inIncident(wantedAt)) metrics.incidentSent += attempts;
        if (ok) {
          metrics.served(wantedAt, clock.now);
          serveUnserved(clock.now);
        } else {
          metrics.giveUp(reason || "error");
          unserved.push(wantedAt);
        }
      };
      // One literal of one shape per call: the simulator's own allocations are part of what it costs.
      const options: WithRetryOptions<RawResponse> = {
        now,
        sleep: clock.sleep,
        random,
        budget,
        waitState,
        refreshToken,
        onGiveUp: (event) => void (reason = event.decision.action === "fail" ? event.decision.reason : "error"),
      };
      withRetry(send, options).then(
        (response) => finish(response.status >= 200 && response.status < 300),
        (error: unknown) => {
          reason ||= error instanceof Error ? error.name : "error";
          finish(false);
        },
      );
    };
    const wantAt = (at: number) =>
      clock.after(at - clock.now, () => {
        for (let k = 0; k < info.callsPerWant; k++) {
          metrics.want(clock.now);
          oneCall(clock.now);
        }
        if (clock.now + intervalMs < wantsEndMs) wantAt(clock.now + intervalMs);
      });
    wantAt(random() * intervalMs);
  }
  await clock.run(wantsEndMs + DRAIN_MS, (t) => metrics.sample(t));
  return metrics.result(policy, wantsEndMs, info.name === "token-expiry" ? { refreshes } : {});
}

const OPERATIONAL = "OperationalError";
/** The gateway ended the tunnel for an infrastructure reason. */
const DROPPED = "DcnSrvSwitch";
/** A connection attempt that the gateway refused or could not take. */
const CONNECT_FAILED = "Connect";
/** The naive loop: reconnect every second until it works. */
const NAIVE_RETRY_MS = 1000;

async function runGatewayPolicy(run: Run, policy: PolicyName): Promise<PolicyResult> {
  const { clock, random, metrics, info, wantsEndMs } = run;
  const capacityPerSecond = Math.max(1, Math.ceil(run.clients / 30));
  let second = -1;
  let admitted = 0;
  let userReconnects = 0;
  /** A handshake that arrives now: does the gateway take it? */
  const admits = (now: number) => {
    if (now >= info.incidentStartMs && now < info.recoveryMs) return false;
    const s = Math.floor(now / 1000);
    if (s !== second) [second, admitted] = [s, 0];
    return admitted++ < capacityPerSecond;
  };
  const timers = { now: () => clock.now, random, setTimer: (fn: () => void, ms: number) => clock.cancellable(ms, fn), clearTimer: (h: unknown) => clock.cancel(h) };
  for (let c = 0; c < run.clients; c++) {
    let droppedAt = 0;
    let up = true;
    const connect = (onFailure: () => void, onConnected?: () => void) => {
      metrics.sent++;
      metrics.arrivals.add(clock.now);
      if (metrics.inIncident(droppedAt)) metrics.incidentSent++;
      const ok = admits(clock.now);
      return new Promise<void>((resolve) =>
        clock.after(latency(random) + (ok ? 200 : 0), () => {
          resolve();
          if (!ok) return onFailure();
          up = true;
          onConnected?.();
          metrics.served(droppedAt, clock.now);
        }),
      );
    };
    if (policy === "naive-loop") {
      const loop = () => void connect(() => clock.after(NAIVE_RETRY_MS, loop));
      clock.after(info.incidentStartMs, () => {
        up = false;
        droppedAt = clock.now;
        metrics.want(clock.now);
        clock.after(NAIVE_RETRY_MS, loop);
      });
    } else {
      const controller = createReconnectController({
        ...timers,
        reconnect: () =>
          connect(
            () => controller.report(OPERATIONAL, CONNECT_FAILED),
            () => controller.connected(),
          ),
        onEvent: (event) => {
          if (event.type !== "stopped") return;
          // The controller hands over to the user, who presses Connect again after 30 s to 2 minutes.
          metrics.giveUp(event.reason);
          userReconnects++;
          clock.after(30_000 + random() * 90_000, () => {
            if (up || clock.now >= wantsEndMs) return;
            controller.reset();
            void connect(
              () => controller.report(OPERATIONAL, CONNECT_FAILED),
              () => controller.connected(),
            );
          });
        },
      });
      clock.after(info.incidentStartMs, () => {
        up = false;
        droppedAt = clock.now;
        metrics.want(clock.now);
        controller.report(OPERATIONAL, DROPPED);
      });
    }
  }
  // The naive loop never stops by itself: the run ends with the wanted time, drain included.
  await clock.run(wantsEndMs + DRAIN_MS, (t) => metrics.sample(t));
  return metrics.result(policy, wantsEndMs, policy === "reconnect-controller" ? { userReconnects } : {});
}

/** Runs every policy of the scenario on a fresh clock and the same seed, one after the other. */
export async function simulate(options: SimulateOptions): Promise<SimulationReport> {
  const durationMs = options.minutes * 60_000;
  const info = scenarioInfo(options.scenario, durationMs);
  const policies = info.policies.filter((p) => !options.policies || options.policies.includes(p));
  const results: PolicyResult[] = [];
  for (const policy of policies) {
    const run: Run = {
      clock: new VirtualClock(10),
      random: seededRandom(options.seed),
      metrics: new Metrics(info),
      info,
      clients: options.clients,
      intervalMs: options.intervalSeconds * 1000,
      wantsEndMs: durationMs,
    };
    results.push(await (info.kind === "api" ? runApiPolicy(run, policy) : runGatewayPolicy(run, policy)));
  }
  return {
    scenario: info.name,
    kind: info.kind,
    summary: info.summary,
    clients: options.clients,
    seed: options.seed,
    minutes: options.minutes,
    intervalSeconds: options.intervalSeconds,
    incidentStartMs: info.incidentStartMs,
    recoveryMs: info.recoveryMs,
    results,
  };
}
