// Reads a Response-like body as text, bounded in size and time: a body that streams for ever or stalls
// must end in a typed result, never a hang. Never rejects.
import type { BodyLimits } from "./limits.js";

export type BodyRead = { kind: "text"; text: string } | { kind: "too-large"; preview: string } | { kind: "unreadable"; detail: string };

// setTimeout fires at once for delays over 2^31 - 1 ms.
const MAX_TIMER_MS = 2_147_483_647;

type Stop = { stopped: true; detail: string };

/** A promise that settles when the deadline passes or the signal aborts; `dispose` clears both. */
function stopper(limits: BodyLimits): { stop: Promise<Stop>; dispose: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<Stop>((resolve) => {
    if (limits.timeoutMs !== Infinity) {
      const ms = Math.min(limits.timeoutMs, MAX_TIMER_MS);
      timer = setTimeout(() => resolve({ stopped: true, detail: `it did not arrive within ${limits.timeoutMs} ms` }), ms);
    }
    const signal = limits.signal;
    if (signal) {
      try {
        if (signal.aborted) return resolve({ stopped: true, detail: "reading was aborted" });
        onAbort = () => resolve({ stopped: true, detail: "reading was aborted" });
        signal.addEventListener("abort", onAbort, { once: true });
      } catch {
        // A broken signal cannot abort; the deadline still holds.
      }
    }
  });
  const dispose = () => {
    if (timer !== undefined) clearTimeout(timer);
    try {
      if (onAbort) limits.signal?.removeEventListener("abort", onAbort);
    } catch {
      // Nothing to release.
    }
  };
  return { stop, dispose };
}

const isStop = (value: unknown): value is Stop => typeof value === "object" && value !== null && (value as Stop).stopped === true;

const quietly = (action: () => unknown): void => {
  try {
    const result = action();
    if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).then(undefined, () => {});
  } catch {
    // Cancelling is best effort.
  }
};

/** Text decoded so far, with the character limit applied as chunks arrive. */
class Accumulator {
  private readonly decoder = new TextDecoder("utf-8");
  private readonly parts: string[] = [];
  private length = 0;
  private bytes = 0;
  constructor(private readonly limit: number) {}

  /** Adds a chunk; false once the text is past the limit. Throws on a chunk that is neither bytes nor text. */
  add(chunk: unknown): boolean {
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else if (ArrayBuffer.isView(chunk) || Object.prototype.toString.call(chunk) === "[object ArrayBuffer]") {
      // Every UTF-16 unit takes at most 3 bytes, so past 3·limit bytes the text is too long undecoded.
      this.bytes += (chunk as ArrayBufferView | ArrayBuffer).byteLength;
      if (this.bytes > 3 * this.limit + 3) {
        this.length = Infinity;
        return false;
      }
      text = this.decoder.decode(chunk as ArrayBufferView | ArrayBuffer, { stream: true });
    } else throw new TypeError("the body stream gave a chunk that is neither bytes nor text");
    this.parts.push(text);
    this.length += text.length;
    return this.length <= this.limit;
  }

  finish(): string {
    this.parts.push(this.decoder.decode());
    return this.parts.join("");
  }

  preview(): string {
    return this.parts.join("").slice(0, 200);
  }
}

interface ChunkSource {
  next(): unknown;
  cancel(): void;
}

/** A web ReadableStream (getReader) or a Node stream (async iterable), as one pull interface. */
function chunkSource(body: unknown): ChunkSource | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const getReader = (body as { getReader?: unknown }).getReader;
  if (typeof getReader === "function") {
    const reader = getReader.call(body) as { read(): unknown; cancel(): unknown };
    return { next: () => reader.read(), cancel: () => quietly(() => reader.cancel()) };
  }
  const iterate = (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
  if (typeof iterate === "function") {
    const iterator = iterate.call(body) as { next(): unknown; return?(): unknown };
    return { next: () => iterator.next(), cancel: () => quietly(() => iterator.return?.()) };
  }
  return undefined;
}

async function readChunks(source: ChunkSource, limits: BodyLimits, stop: Promise<Stop>): Promise<BodyRead> {
  const text = new Accumulator(limits.maxBodyLength);
  for (;;) {
    let step: unknown;
    try {
      step = await Promise.race([source.next(), stop]);
    } catch (error) {
      source.cancel();
      return { kind: "unreadable", detail: describeError(error) };
    }
    if (isStop(step)) {
      source.cancel();
      return { kind: "unreadable", detail: step.detail };
    }
    if (typeof step !== "object" || step === null) {
      source.cancel();
      return { kind: "unreadable", detail: "the body stream gave no chunk" };
    }
    let fits: boolean;
    try {
      const { done, value } = step as { done?: unknown; value?: unknown };
      if (done) return { kind: "text", text: text.finish() };
      fits = text.add(value);
    } catch (error) {
      source.cancel();
      return { kind: "unreadable", detail: describeError(error) };
    }
    if (!fits) {
      source.cancel();
      return { kind: "too-large", preview: text.preview() };
    }
  }
}

/** One line about an error, even a hostile one. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "unknown error";
  }
}

/**
 * The body of a Response-like `input`, read from a clone when it has clone() (so the caller can still
 * read it): from its stream when it has one, else through text() under the same deadline.
 */
export async function readBodyText(input: unknown, limits: BodyLimits): Promise<BodyRead> {
  const { stop, dispose } = stopper(limits);
  try {
    if (limits.signal?.aborted) return { kind: "unreadable", detail: "reading was aborted" };
    const r = input as { clone?: unknown; text?: unknown; body?: unknown };
    const copy = (typeof r.clone === "function" ? r.clone.call(input) : input) as { text?: unknown; body?: unknown };
    if (copy === null || typeof copy !== "object") return { kind: "unreadable", detail: "clone() gave no response" };
    const body = copy.body;
    if (body === null) return { kind: "text", text: "" };
    const source = chunkSource(body);
    if (source) return await readChunks(source, limits, stop);
    if (typeof copy.text !== "function") return { kind: "unreadable", detail: "the response has no text()" };
    // No stream to bound: the deadline still holds, and the length is checked once the text is in.
    const text: unknown = await Promise.race([copy.text.call(copy), stop]);
    if (isStop(text)) return { kind: "unreadable", detail: text.detail };
    if (typeof text !== "string") return { kind: "unreadable", detail: "text() gave no string" };
    return { kind: "text", text };
  } catch (error) {
    return { kind: "unreadable", detail: describeError(error) };
  } finally {
    dispose();
  }
}
