// One package per family (so that identifiers stay verbatim, as in grpc's codes.NotFound): a named Code
// type, its constants, String, Known, Retryable, Parse and Values.
import type { ResolvedFamily } from "../../../catalog/model.js";
import { familyDoc, file, isIntegerFamily, lookupNames, memberDoc, membersIn, paragraphs, quote } from "../shared/common.js";
import { doc, go, goPackage, sourceHeader } from "./profile.js";

const header = sourceHeader("scripts/emit/languages/go/enum.ts");

export function familyPackage(family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const pkg = goPackage(family);
  const list = membersIn(family, go);
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
