// generated/go: one package per family (so that identifiers stay verbatim, as in grpc's codes.NotFound),
// plus the quicktype envelope and catalog types; gofmt-clean, checked with go vet.
import type { Model as Catalog, ResolvedFamily as Family } from "../../catalog/model.js";
import {
  generatedBy,
  commentLines,
  familyDoc,
  file,
  isIntegerFamily,
  lookupNames,
  memberDoc,
  members,
  paragraphs,
  patch,
  quote,
  restFamily,
} from "./common.js";
import { catalogTypes, dropLeadingComments, envelopeTypes, only } from "./quicktype.js";

const HEADER = generatedBy("scripts/emit/languages/go.ts");

export const GO_MODULE = "vpn-error-codes";
const GO_VERSION = "1.21";

// Go's keywords and predeclared identifiers, and the package-level names each family package declares.
const RESERVED = new Set([
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
  "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
  "var", "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int",
  "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
  "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
  "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
  "Code", "Parse", "Values",
]);

/** The "// Code generated ... DO NOT EDIT." line that go tooling and linters recognise. */
const header = "// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.";

export const goPackage = (family: Family) => family.name.toLowerCase();

function doc(lines: readonly string[], indent = ""): string {
  return commentLines(`${indent}// `, lines);
}

function familyPackage(catalog: Catalog, family: Family): string {
  const integer = isIntegerFamily(family);
  const pkg = goPackage(family);
  const list = members(family, RESERVED, "Go");
  const identOf = new Map(list.map((m) => [m.code.name, m.ident]));
  const retryable = list.filter((m) => m.code.retryable).map((m) => m.ident);
  const lines = [
    header,
    "",
    doc(paragraphs([`Package ${pkg} holds the ${family.name} codes (${family.title}).`, ...familyDoc(family)], 96)),
    `package ${pkg}`,
    "",
    'import "fmt"',
    "",
    doc(paragraphs([`Code is a member of ${family.name}. ${integer ? "Any int converts to a Code" : "Any string converts to a Code, so an unknown code still decodes"}; Known reports whether the catalog has it.`], 96)),
    `type Code ${integer ? "int" : "string"}`,
    "",
    "// The codes, in value order.",
    "const (",
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    const docLines = paragraphs(memberDoc(m.code, m.escapeNote), 92);
    docLines[0] = `${m.ident}: ${docLines[0]}`;
    lines.push(doc(docLines, "\t"), `\t${m.ident} Code = ${integer ? String(m.code.value) : quote(String(m.code.value))}`);
  });
  lines.push(")", "");

  lines.push(
    `// String returns the code's identifier, verbatim from the catalog${integer ? `, or "${family.name}(N)" for an unknown code` : ""}.`,
    "func (c Code) String() string {",
  );
  if (integer) {
    lines.push("\tswitch c {");
    for (const m of list) lines.push(`\tcase ${m.ident}:`, `\t\treturn ${quote(m.code.name)}`);
    lines.push("\t}", `\treturn fmt.Sprintf("${family.name}(%d)", int(c))`, "}", "");
  } else {
    lines.push("\treturn string(c)", "}", "");
  }
  lines.push(
    "// Known reports whether the catalog has the code.",
    "func (c Code) Known() bool {",
    "\tswitch c {",
    ...wrapCase(list.map((m) => m.ident)),
    "\t\treturn true",
    "\t}",
    "\treturn false",
    "}",
    "",
    "// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.",
    "func (c Code) Retryable() bool {",
  );
  if (retryable.length > 0) lines.push("\tswitch c {", ...wrapCase(retryable), "\t\treturn true", "\t}");
  lines.push("\treturn false", "}", "");

  const names = lookupNames(family);
  const width = Math.max(...names.map(([n]) => quote(n).length + 1));
  lines.push(
    "// Parse returns the code with this identifier" + (names.length > list.length ? ", alias or older wire name." : "."),
    "func Parse(name string) (Code, error) {",
    "\tif c, ok := byName[name]; ok {",
    "\t\treturn c, nil",
    "\t}",
    `\treturn ${integer ? "0" : '""'}, fmt.Errorf("${pkg}: unknown name %q", name)`,
    "}",
    "",
    "// Values returns every code, in value order.",
    "func Values() []Code {",
    "\treturn []Code{",
    ...list.map((m) => `\t\t${m.ident},`),
    "\t}",
    "}",
    "",
    "var byName = map[string]Code{",
    ...names.map(([name, code]) => `\t${`${quote(name)}:`.padEnd(width)} ${identOf.get(code.name)},`),
    "}",
  );
  return file(lines);
}

/** A case list wrapped the way a person would, a few names per line. */
function wrapCase(idents: readonly string[]): string[] {
  const out: string[] = [];
  let line = "\tcase ";
  idents.forEach((ident, i) => {
    const piece = `${ident}${i === idents.length - 1 ? ":" : ","}`;
    if (line !== "\tcase " && line.length + piece.length + 1 > 100) {
      out.push(line.trimEnd());
      line = `\t\t${piece} `;
    } else line += `${piece} `;
  });
  out.push(line.trimEnd());
  return out;
}

/**
 * quicktype pads struct fields to a fixed width; gofmt aligns each run of consecutive field lines,
 * a comment line ending the run. Re-aligning that way makes the file gofmt-clean.
 */
export function gofmtStructs(source: string): string {
  const lines = source.split("\n").map((l) => l.trimEnd());
  const field = /^\t(\w+)\s+(.+?)\s+(`[^`]*`)$/;
  const out: string[] = [];
  let run: Array<[string, string, string]> = [];
  const flush = () => {
    const nameWidth = Math.max(...run.map(([n]) => n.length));
    const typeWidth = Math.max(...run.map(([, t]) => t.length));
    for (const [n, t, tag] of run) out.push(`\t${n.padEnd(nameWidth)} ${t.padEnd(typeWidth)} ${tag}`);
    run = [];
  };
  for (const line of lines) {
    const m = field.exec(line);
    if (m) run.push([m[1]!, m[2]!, m[3]!]);
    else {
      if (run.length > 0) flush();
      out.push(line.replace(/^(\t\/\/)\s+$/, "$1"));
    }
  }
  if (run.length > 0) flush();
  return out.join("\n");
}

/**
 * Indents by nesting depth, as gofmt does: quicktype's union helpers come out with doubled tabs.
 * Braces and parentheses inside strings, runes, raw strings and comments do not count.
 */
export function reindent(source: string): string {
  let depth = 0;
  return source
    .split("\n")
    .map((raw) => {
      const line = raw.trim();
      if (line === "") return "";
      const code = line.replace(/\/\/.*$/, "").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
      const leadingClosers = /^[)}]+/.exec(code)?.[0].length ?? 0;
      const label = /^(case\b.*|default):$/.test(code) ? 1 : 0;
      const indent = Math.max(0, depth - leadingClosers - label);
      for (const ch of code) depth += ch === "{" || ch === "(" ? 1 : ch === "}" || ch === ")" ? -1 : 0;
      return `${"\t".repeat(indent)}${line}`;
    })
    .join("\n");
}

/** One import block in place of quicktype's one-line imports. */
function importBlock(source: string, extra: string[]): string {
  const imports = [...source.matchAll(/^import "([^"]+)"\n/gm)].map((m) => m[1]!);
  const body = source.replace(/^import "[^"]+"\n\n?/gm, "");
  const std = imports.sort().map((i) => `\t${quote(i)}`);
  const block = ["import (", ...std, ...(extra.length > 0 && std.length > 0 ? [""] : []), ...extra.map((i) => `\t${quote(i)}`), ")"];
  return body.replace(/^(package \w+\n)\n*/m, `$1\n${block.join("\n")}\n\n`);
}

function quicktypeFile(source: string, pkgDoc: string[], extraImports: string[]): string {
  let body = dropLeadingComments(source);
  body = reindent(importBlock(body, extraImports));
  return file([header, "", doc(paragraphs(pkgDoc, 96)), gofmtStructs(body).replace(/\n{3,}/g, "\n\n")]);
}

async function apiPackage(catalog: Catalog): Promise<string> {
  const rest = restFamily(catalog);
  let source = only(await envelopeTypes(catalog, { lang: "go", rendererOptions: { package: "api" } }));
  source = patch(source, /^(\tCode\s+)string(\s+`json:"code"`)$/m, `$1${goPackage(rest)}.Code$2`);
  return quicktypeFile(
    source,
    [
      "Package api holds the OrbVPN REST envelope and the per-code details types, generated by quicktype from generated/schema/api-response.schema.json.",
      `The error's Code is a ${goPackage(rest)}.Code, which keeps any string, so a code this catalog does not know yet still decodes.`,
    ],
    [`${GO_MODULE}/${goPackage(rest)}`],
  );
}

async function catalogPackage(catalog: Catalog): Promise<string> {
  const source = only(await catalogTypes(catalog, { lang: "go", rendererOptions: { package: "catalog" } }));
  return quicktypeFile(
    source,
    ["Package catalog holds the types of generated/catalog.json, generated by quicktype from generated/schema/resolved-catalog.schema.json."],
    [],
  );
}

function readme(catalog: Catalog): string {
  const rest = restFamily(catalog);
  return file([
    `<!-- ${HEADER} -->`,
    "# vpn-error-codes for Go",
    "",
    `Module \`${GO_MODULE}\`, Go ${GO_VERSION} or later, standard library only. One package per family, so that`,
    "every identifier stays verbatim, misspellings included:",
    "",
    "| package | family |",
    "|---|---|",
    ...catalog.families.map((f) => `| \`${GO_MODULE}/${goPackage(f)}\` | ${f.name}: ${f.title} |`),
    `| \`${GO_MODULE}/api\` | the OrbVPN REST envelope and its details types |`,
    `| \`${GO_MODULE}/catalog\` | the types of \`catalog.json\` |`,
    "",
    "Use it from a copy of this folder with a `replace` directive:",
    "",
    "```",
    `require ${GO_MODULE} v0.0.0`,
    `replace ${GO_MODULE} => ./third_party/vpn-error-codes/go`,
    "```",
    "",
    "```go",
    "code := operationalerror.Code(8203)",
    "fmt.Println(code, code.Known(), code.Retryable()) // InvalidTunnelNetworkIndefaceIndex true true",
    "",
    "response, err := api.UnmarshalAPIResponse(body)",
    `if err == nil && !response.Success && response.Error.Code == ${goPackage(rest)}.TOKEN_EXPIRED {`,
    "\t// refresh the access token, then retry once",
    "}",
    "```",
    "",
    "- `Code` is a named `int` or `string`: any value converts to it and decodes into it, and `Known()`",
    "  tells whether the catalog has it. `String()` gives the verbatim identifier.",
    "- `Parse(name)` also accepts the catalog's aliases and older wire names; `Values()` lists every code.",
    "- `Retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each constant's doc comment gives the advice itself.",
    "- A member whose identifier is reserved in Go (a keyword, or `Code`, `Parse`, `Values`) gets a",
    `  trailing underscore; \`String()\` and \`Parse\` keep the verbatim identifier (${escapedCount(catalog)}).`,
  ]);
}

function escapedCount(catalog: Catalog): string {
  const escaped = catalog.families.flatMap((f) => members(f, RESERVED, "Go").filter((m) => m.ident !== m.code.name).map((m) => `${goPackage(f)}.${m.ident}`));
  return escaped.length === 0 ? "no member needs it today" : `today: ${escaped.join(", ")}`;
}

export async function emitGo(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "go/README.md": readme(catalog),
    "go/go.mod": file([`// ${HEADER}`, `module ${GO_MODULE}`, "", `go ${GO_VERSION}`]),
    "go/api/api.go": await apiPackage(catalog),
    "go/catalog/catalog.go": await catalogPackage(catalog),
  };
  for (const family of catalog.families) files[`go/${goPackage(family)}/${goPackage(family)}.go`] = familyPackage(catalog, family);
  return files;
}
