/** Headers as fetch gives them, or as a plain object (Node's IncomingHttpHeaders, a test's literal). */
export type HeadersLike = { get(name: string): string | null } | Record<string, string | readonly string[] | number | undefined>;

/** One header's value, case-insensitively; the first of a repeated header. Never throws. */
export function header(headers: HeadersLike | null | undefined, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  try {
    if (typeof (headers as { get?: unknown }).get === "function") {
      const value = (headers as { get(name: string): string | null }).get(name);
      return typeof value === "string" ? value : undefined;
    }
    const wanted = name.toLowerCase();
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() !== wanted) continue;
      const value = (headers as Record<string, unknown>)[key];
      if (typeof value === "string") return value;
      if (typeof value === "number") return String(value);
      if (Array.isArray(value) && typeof value[0] === "string") return value[0];
    }
  } catch {
    // A hostile getter or proxy: treat the header as absent.
  }
  return undefined;
}
