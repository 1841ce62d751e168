/**
 * Headers as fetch gives them, as a Map (keys in any case), or as a plain object (Node's
 * IncomingHttpHeaders, a test's literal).
 */
export type HeadersLike =
  | { get(name: string): string | null }
  | ReadonlyMap<string, string | readonly string[] | number | undefined>
  | Record<string, string | readonly string[] | number | undefined>;

/** A Map of this realm or another: Map.prototype.has works on any object with Map's internal slot. */
function isMap(value: object): value is Map<unknown, unknown> {
  try {
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
  const first = value.split(",", 1)[0]!.trim();
  return first === "" ? undefined : first;
}
