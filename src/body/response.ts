// The two shapes of response the runtime reads: a fetch Response of any implementation, and one already read.
import type { HeadersLike } from "../http/headers.js";

/** A response already read: the body as text, or as a value something else has parsed. */
export interface RawResponse {
  status: number;
  headers?: HeadersLike;
  body?: unknown;
}

/**
 * A fetch Response of any implementation (global fetch, the undici package, node-fetch, a polyfill,
 * another realm): recognised by its shape, never by `instanceof`.
 */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  clone?(): unknown;
  readonly body?: unknown;
}

/** The status and headers of a Response-like input, or undefined when it is not one. Never throws. */
export function responseLikeParts(input: unknown): { status: number; headers: ResponseLike["headers"] } | undefined {
  try {
    if (input === null || (typeof input !== "object" && typeof input !== "function")) return undefined;
    const r = input as ResponseLike;
    if (typeof r.text !== "function") return undefined;
    const status = r.status;
    const headers = r.headers;
    if (typeof status !== "number" || !headers || typeof headers !== "object" || typeof headers.get !== "function") return undefined;
    return { status, headers };
  } catch {
    return undefined;
  }
}
