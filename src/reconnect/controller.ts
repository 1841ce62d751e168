// A small stateful controller around adviseReconnect: it keeps the history, schedules the reconnect the
// advice asks for, waits for the network, and tells the app what it does through events.
import { type ReconnectAdvice, type ReconnectError, adviseReconnect } from "./advise.js";

export type ReconnectEvent =
  | { type: "scheduled"; family: string; code: string | number; delayMs: number; basis: "immediate" | "backoff" }
  | { type: "waiting-for-network"; family: string; code: string | number }
  | { type: "reconnecting"; at: number }
  | { type: "reconnect-failed"; error: unknown }
  | { type: "stopped"; family: string; code: string | number; reason: string; detail: string };

export interface ReconnectControllerOptions {
  /** Starts a new tunnel with the same credentials. A throw or a rejection is reported as reconnect-failed. */
  reconnect: () => unknown;
  onEvent?: ((event: ReconnectEvent) => void) | undefined;
  now?: (() => number) | undefined;
  random?: (() => number) | undefined;
  /** Timers, for tests and custom schedulers. */
  setTimer?: ((run: () => void, ms: number) => unknown) | undefined;
  clearTimer?: ((handle: unknown) => void) | undefined;
}

export interface ReconnectController {
  /** The SDK reported an error: decide, record it, and act (schedule, wait for the network, or stop). */
  report(family: string, code: string | number): ReconnectAdvice;
  /** The operating system says the network is back: a reconnect that waited for it starts now. */
  networkAvailable(): void;
  /** The tunnel is up (the SDK's connected state): what flapping measures errors from. */
  connected(): void;
  /** The user (or the app) took over: forget the history and anything scheduled. */
  reset(): void;
  /** Cancels a scheduled reconnect, keeping the history. */
  cancel(): void;
}

/** Creates a controller; its history keeps only what the policy's windows can still see. */
export function createReconnectController(options: ReconnectControllerOptions): ReconnectController {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let reconnects: number[] = [];
  let connections: number[] = [];
  let errors: ReconnectError[] = [];
  let timer: unknown;
  let waitingForNetwork = false;
  // The longest any rule looks back; older entries can no longer change an answer.
  const horizonMs = 24 * 60 * 60 * 1000;

  const emit = (event: ReconnectEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A listener's bug must not stop the reconnect loop.
    }
  };
  const cancel = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    waitingForNetwork = false;
  };
  const reconnectNow = () => {
    timer = undefined;
    waitingForNetwork = false;
    const at = now();
    reconnects.push(at);
    emit({ type: "reconnecting", at });
    try {
      Promise.resolve(options.reconnect()).catch((error: unknown) => emit({ type: "reconnect-failed", error }));
    } catch (error) {
      emit({ type: "reconnect-failed", error });
    }
  };

  return {
    report(family, code) {
      const at = now();
      reconnects = reconnects.filter((t) => t > at - horizonMs);
      connections = connections.filter((t) => t > at - horizonMs);
      errors = errors.filter((e) => e.at > at - horizonMs);
      const advice = adviseReconnect(family, code, { reconnects, connected: connections, errors }, { now: at, random: options.random });
      errors.push({ at, family, code });
      cancel();
      if (advice.action === "reconnect") {
        emit({ type: "scheduled", family, code, delayMs: advice.delayMs, basis: advice.basis });
        timer = setTimer(reconnectNow, advice.delayMs);
      } else if (advice.action === "wait-for-network") {
        waitingForNetwork = true;
        emit({ type: "waiting-for-network", family, code });
      } else {
        emit({ type: "stopped", family, code, reason: advice.reason, detail: advice.detail });
      }
      return advice;
    },
    networkAvailable() {
      if (waitingForNetwork) reconnectNow();
    },
    connected() {
      connections.push(now());
    },
    reset() {
      cancel();
      reconnects = [];
      connections = [];
      errors = [];
    },
    cancel,
  };
}
