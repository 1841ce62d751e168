// Java's profile: keywords, // and Javadoc comments, the package.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";
import { docBlock } from "../shared/jvm.js";

/** The Java package, from package.json's languagePackages. */
export const javaPackage = (model: Model) => model.package.languages.java.package;

/** The package's folder under generated/java. */
export const javaDir = (model: Model) => javaPackage(model).replace(/\./g, "/");

export const java: Profile = {
  language: "Java",
  // Java's keywords and literals are all lower case; an enum constant may not be called like them.
  reserved: new Set([
    "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
    "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
    "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
    "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
    "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
    "record", "_",
  ]),
  header: (emitter) => commentLines("// ", [generatedBy(emitter)]),
};

/** A Javadoc block: <p> between paragraphs. */
export const javadoc = (texts: readonly string[], indent: string) => docBlock(texts, indent, 100, true);
