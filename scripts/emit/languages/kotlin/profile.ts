// Kotlin's profile: hard keywords, // and KDoc comments, the package and the Kotlin version tested with.
import { commentLines, generatedBy, type Profile } from "../shared/common.js";
import { docBlock } from "../shared/jvm.js";

export const KOTLIN_PACKAGE = "vpnerrorcodes";
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
export function jacksonFileStart(header: string): string[] {
  return [header, `package ${KOTLIN_PACKAGE}`, "", "import com.fasterxml.jackson.annotation.JsonCreator", "import com.fasterxml.jackson.annotation.JsonValue", ""];
}
