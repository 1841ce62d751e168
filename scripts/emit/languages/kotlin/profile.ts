// Kotlin's profile: hard keywords, // and KDoc comments, the package and the Kotlin version tested with.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";
import { docBlock } from "../shared/jvm.js";

/** The Kotlin package, from package.json's languagePackages. */
export const kotlinPackage = (model: Model) => model.package.languages.kotlin.package;

/** The package's folder under generated/kotlin. */
export const kotlinDir = (model: Model) => kotlinPackage(model).replace(/\./g, "/");
export const KOTLIN_VERSION = "2.0.21";

export const kotlin: Profile = {
  language: "Kotlin",
  // Kotlin's hard keywords; backticks would allow them, but an escaped name reads worse than a suffix.
  reserved: new Set([
    "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
    "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var",
    "when", "while", "Companion",
  ]),
  header: (emitter) => commentLines("// ", [generatedBy(emitter)]),
};

/** A KDoc block: Markdown paragraphs, no <p>. */
export const kdoc = (texts: readonly string[], indent: string) => docBlock(texts, indent, 100, false);

/** The start of a file of ours in the package: header, package line, and the Jackson annotations every one of them uses. */
export function jacksonFileStart(model: Model, header: string): string[] {
  return [header, `package ${kotlinPackage(model)}`, "", "import com.fasterxml.jackson.annotation.JsonCreator", "import com.fasterxml.jackson.annotation.JsonValue", ""];
}
