/**
 * Headers as fetch gives them, as a Map (keys in any case), or as a plain object (Node's
 * IncomingHttpHeaders, a test's literal).
 */
export type HeadersLike = { get(name: string): string | null } | ReadonlyMap<string, string | readonly string[] | number | undefined> | Record<string, string | readonly string[] | number | undefined>;

/** A Map of this realm or another: Map.prototype.has works on any object with Map's internal slot. */
function isMap(value: object): value is Map<unknown, unknown> {
  try {
    if (value instanceof Map) return true;
    // A plain object (the common case for raw headers) is never a Map: no throw-and-catch per lookup.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return false;
    Map.prototype.has.call(value, "");
    return true;
  } catch {
    return false;
  }
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/**
 * A field value without the whitespace around it: SP and HTAB at both ends and nothing else, as RFC 9110
 * §5.5 defines it (runtime/SPEC.md §3). Not String.prototype.trim, which also strips NBSP, VT, FF, U+FEFF
 * and line terminators: a value with those around it is not a well-formed value, and must not become one.
 */
export function trimFieldValue(value: string): string;
export function trimFieldValue(value: string | undefined): string | undefined;
export function trimFieldValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let start = 0;
  let end = value.length;
  // A loop rather than /[ \t]+$/, which backtracks quadratically on a long run of spaces before other text.
  while (start < end && isSpaceOrTab(value.charCodeAt(start))) start++;
  while (end > start && isSpaceOrTab(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

const isSpaceOrTab = (code: number) => code === 0x20 || code === 0x09;

/**
 * One header's value, case-insensitively. Headers.get joins a repeated header with ", ", and that
 * joined value is what this gives; of an array (IncomingHttpHeaders' set-cookie style) it gives the
 * first element. Never throws: a hostile getter or proxy reads as an absent header.
 */
export function header(headers: HeadersLike | null | undefined, name: string): string | undefined {
  try {
    if (!headers || typeof headers !== "object") return undefined;
    const wanted = name.toLowerCase();
    if (isMap(headers)) {
      let found: string | undefined;
      // Map.get is case-sensitive, unlike HTTP: walk the keys.
      Map.prototype.forEach.call(headers, (value: unknown, key: unknown) => {
        if (found === undefined && typeof key === "string" && key.toLowerCase() === wanted) found = asText(value);
      });
      return found;
    }
    const get = (headers as { get?: unknown }).get;
    if (typeof get === "function") {
      const value: unknown = get.call(headers, name);
      return typeof value === "string" ? value : undefined;
    }
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() !== wanted) continue;
      const value = asText((headers as Record<string, unknown>)[key]);
      if (value !== undefined) return value;
    }
  } catch {
    // A hostile getter or proxy: treat the header as absent.
  }
  return undefined;
}

/**
 * The first element of a header that is a comma-separated list of tokens (X-Request-ID, when a proxy
 * repeated it and Headers joined the two). Not for headers whose values contain commas (HTTP-dates).
 */
export function firstHeaderElement(headers: HeadersLike | null | undefined, name: string): string | undefined {
  const value = header(headers, name);
  if (value === undefined) return undefined;
  const first = trimFieldValue(value.split(",", 1)[0]!);
  return first === "" ? undefined : first;
}
