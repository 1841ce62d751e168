// Go's profile: keywords and predeclared names, // comments, the module and a package per family.
import type { Model, ResolvedFamily } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";

/** The module path, from package.json's languagePackages (model.package): where `go get` finds it. */
export const goModule = (model: Model): string => model.package.languages.go.module;
/** The oldest Go the generated code compiles with (the go directive of go.mod). */
export const GO_VERSION = "1.21";

export const go: Profile = {
  language: "Go",
  // Go's keywords and predeclared identifiers, and the package-level names each family package declares.
  reserved: new Set([
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "any",
    "bool",
    "byte",
    "comparable",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "true",
    "false",
    "iota",
    "nil",
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "Code",
    "Parse",
    "Values",
    "Lookup",
    "Find",
  ]),
  header: (emitter) => commentLines("// ", [generatedBy(emitter)]),
};

/**
 * A .go file's header: the "Code generated ... DO NOT EDIT." line that go tooling and linters recognise,
 * then the common header naming the emitter.
 */
export const sourceHeader = (emitter: string) => `// Code generated from catalog/*.yaml by \`npm run build\`. DO NOT EDIT.\n${go.header(emitter)}`;

export const goPackage = (family: ResolvedFamily) => family.name.toLowerCase();

/**
 * A // comment block. Go source may hold any text in a comment but NUL, which the compiler refuses: it
 * is written as \x00 (newlines and other line breaks never reach here: paragraphs() splits on them).
 */
export function doc(lines: readonly string[], indent = ""): string {
  return commentLines(
    `${indent}// `,
    lines.map((line) => line.replace(/\u0000/g, "\\x00")),
  );
}

/**
 * A Go interpreted string literal of any text. JSON's escapes are Go's too, except that Go refuses the
 * escape of a lone surrogate, which no Go string can hold as text: it becomes U+FFFD, as Go's own UTF-8
 * conversion does.
 */
export function goQuote(text: string): string {
  return JSON.stringify(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}
