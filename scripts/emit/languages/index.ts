import type { Model } from "../../catalog/model.js";
import { emitCSharp } from "./csharp/index.js";
import { emitGo } from "./go/index.js";
import { emitJavaAdapters } from "./java/adapters.js";
import { emitJava } from "./java/index.js";
import { emitKotlin } from "./kotlin/index.js";
import { emitLicenses } from "./license.js";
import { emitPython } from "./python/index.js";
import { emitRust } from "./rust/index.js";

/** The languages, one folder each; shared/ holds what they have in common. The benchmarks time them one by one. */
export const LANGUAGE_EMITTERS = [emitPython, emitGo, emitRust, emitJava, emitJavaAdapters, emitKotlin, emitCSharp, emitLicenses];

/** Python, Go, Rust, Java (and its Jackson and Gson adapters), Kotlin and C# output under generated/<language>/. */
export async function emitLanguages(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const emit of LANGUAGE_EMITTERS) {
    for (const [path, content] of Object.entries(await emit(model))) {
      if (path in files) throw new Error(`two language emitters write ${path}`);
      files[path] = content;
    }
  }
  return files;
}
