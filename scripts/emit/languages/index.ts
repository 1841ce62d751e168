import type { Catalog } from "../../catalog/model.js";

/** Python, Go, Rust, Java, Kotlin and C# output under generated/<language>/. */
export async function emitLanguages(_catalog: Catalog): Promise<Record<string, string>> {
  return {};
}
