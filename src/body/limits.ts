// How much of a body is read, and for how long: the defaults, and the caller's options made safe.

export interface BodyLimits {
  /** In characters, as String.length counts them. */
  maxBodyLength: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

export const DEFAULT_MAX_BODY_LENGTH: number = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;

const DEFAULT_LIMITS: BodyLimits = Object.freeze({ maxBodyLength: DEFAULT_MAX_BODY_LENGTH, timeoutMs: DEFAULT_BODY_TIMEOUT_MS, signal: undefined });

/** Options as given, made safe: a garbage option falls back to its default. */
export function limitsOf(options: unknown): BodyLimits {
  // The common call passes none: nothing to read, nothing to allocate.
  if (options === undefined) return DEFAULT_LIMITS;
  let maxBodyLength: unknown;
  let timeoutMs: unknown;
  let signal: unknown;
  try {
    if (options && typeof options === "object") ({ maxBodyLength, timeoutMs, signal } = options as { maxBodyLength?: unknown; timeoutMs?: unknown; signal?: unknown });
  } catch {
    // A hostile options object: use the defaults.
  }
  let isSignal = false;
  try {
    isSignal = !!signal && typeof signal === "object" && typeof (signal as AbortSignal).aborted === "boolean" && typeof (signal as AbortSignal).addEventListener === "function";
  } catch {
    isSignal = false;
  }
  return {
    maxBodyLength: typeof maxBodyLength === "number" && maxBodyLength >= 0 && !Number.isNaN(maxBodyLength) ? maxBodyLength : DEFAULT_MAX_BODY_LENGTH,
    timeoutMs: typeof timeoutMs === "number" && timeoutMs > 0 ? timeoutMs : DEFAULT_BODY_TIMEOUT_MS,
    signal: isSignal ? (signal as AbortSignal) : undefined,
  };
}
