import type { Model as Catalog } from "../../catalog/model.js";
import { emitCSharp } from "./csharp.js";
import { emitGo } from "./go.js";
import { emitJava } from "./java.js";
import { emitKotlin } from "./kotlin.js";
import { emitPython } from "./python.js";
import { emitRust } from "./rust.js";

const LANGUAGES = [emitPython, emitGo, emitRust, emitJava, emitKotlin, emitCSharp];

/** Python, Go, Rust, Java, Kotlin and C# output under generated/<language>/. */
export async function emitLanguages(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const emit of LANGUAGES) {
    for (const [path, content] of Object.entries(await emit(catalog))) {
      if (path in files) throw new Error(`two language emitters write ${path}`);
      files[path] = content;
    }
  }
  return files;
}
