// One package per family (as grpc's codes.NotFound): a named Code type whose constants follow Go's
// MixedCaps (TrafficLeak, TokenExpired) with the vendor's spelling as each constant's value or in its doc
// comment, and the catalog's facts and lookup keys as data for codeinfo.Table (runtime/go/codeinfo), which
// Info, Lookup, Find and Parse read. The lookup logic is runtime code; this renders the catalog's part.
import type { ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { familyDoc, file, isIntegerFamily, memberDoc, memberNaming, paragraphs, type Member } from "../shared/common.js";
import { block } from "./policy.js";
import { doc, go, goModule, goPackage, goQuote, sourceHeader } from "./profile.js";
import type { Model } from "../../../catalog/model.js";

const header = sourceHeader("scripts/emit/languages/go/enum.ts");

/** The initialisms Go spells in one case (golint's list, which staticcheck's ST1003 uses). */
const INITIALISMS = new Set(
  "ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON LHS QPS RAM RHS RPC SLA SMTP SQL SSH TCP TLS TTL UDP UI UID UUID URI URL UTF8 VM XML XMPP XSRF XSS".split(" "),
);

/**
 * A vendor identifier in Go's MixedCaps: one already in mixed case stays verbatim, misspellings
 * included; one in UPPER_SNAKE (or with underscores) becomes its words capitalised, initialisms kept
 * whole (DNS_RESOLUTION_FAILED is DNSResolutionFailed).
 */
export function goIdent(name: string): string {
  const mixed = /[a-z]/.test(name) && !name.includes("_");
  const ident = mixed
    ? name
    : name
        .split(/_+/)
        .filter((w) => w !== "")
        .map((w) => (INITIALISMS.has(w.toUpperCase()) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
        .join("");
  if (!/^[A-Z][A-Za-z0-9]*$/.test(ident)) throw new Error(`${name} gives no exported Go identifier (${ident})`);
  return ident;
}

const naming = memberNaming(go.language, goIdent, go.reserved);

/** The family's members as Go constants (TrafficLeak as it is, TOKEN_EXPIRED as TokenExpired); fails if two codes give one constant. */
export const goMembers = naming.members;

/** The constant for one code, as README examples name it. */
export const goMemberIdent = naming.ident;

/** The paragraphs of a constant's doc comment: the catalog's, and the vendor's spelling where the constant differs. */
function docOf(m: Member, integer: boolean): string[] {
  const wire =
    m.ident === m.code.name ? undefined : `Wire value: ${integer ? `${m.code.value}; the vendor's identifier is ${m.code.name}` : m.code.name}, which String gives and Parse, Lookup and Find accept.`;
  return memberDoc(m.code, wire);
}

/** One code's codeinfo.Info literal, naming only the facts the catalog gives. */
function info(family: ResolvedFamily, code: ResolvedCode): string {
  const r = code.retry;
  const rows: Array<[string, string]> = [
    ["Family", goQuote(family.name)],
    ["Name", goQuote(code.name)],
    ["Value", goQuote(String(code.value))],
  ];
  if (code.label !== undefined) rows.push(["Label", goQuote(code.label)]);
  rows.push(["Group", goQuote(code.group)], ["GroupTitle", goQuote(code.derived.groupTitle)], ["Description", goQuote(code.description)]);
  if (code.httpStatus !== undefined) rows.push(["HTTPStatus", String(code.httpStatus)]);
  if (code.retryable) rows.push(["Retryable", "true"]);
  rows.push(["Strategy", goQuote(r.strategy)], ["Basis", goQuote(r.basis)], ["Note", goQuote(r.note)]);
  if (r.override !== undefined) rows.push(["Override", goQuote(r.override)]);
  if (code.action !== undefined) rows.push(["Action", goQuote(code.action.text)], ["ActionBasis", goQuote(code.action.basis)]);
  rows.push(["Stability", goQuote(code.stability)]);
  const d = code.deprecated;
  if (d !== undefined) {
    const parts = [
      ["Reason", d.reason],
      ["Replacement", d.replacement],
      ["Since", d.since],
      ["Note", d.note],
    ].filter(([, v]) => v !== undefined) as Array<[string, string]>;
    rows.push([
      "Deprecated",
      block(
        "&codeinfo.Deprecation",
        parts.map(([k, v]) => [k, goQuote(v)]),
        2,
      ),
    ]);
  }
  return block("", rows, 1);
}

const KIND: Record<string, string> = { value: "ByValue", name: "ByName", alias: "ByAlias", legacyName: "ByLegacyName" };

export function familyPackage(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const pkg = goPackage(family);
  const list = goMembers(family);
  // Go looks keys up as text: an integer family's value 8199 is its key "8199", which the build lists too.
  const keys = family.derived.keys.filter((k) => typeof k.key === "string");
  const lines = [
    header,
    "",
    doc(paragraphs([`Package ${pkg} holds the ${family.name} codes (${family.title}).`, ...familyDoc(family)], 96)),
    `package ${pkg}`,
    "",
    "import (",
    ...(integer ? ['\t"fmt"', '\t"strconv"', ""] : []),
    `\t"${goModule(model)}/codeinfo"`,
    ")",
    "",
    doc(
      paragraphs(
        [
          `Code is a member of ${family.name}. ${integer ? "Any int converts to a Code" : "Any string converts to a Code, so an unknown code still decodes"}; Known reports whether the catalog has it, and Info what the catalog says about it.`,
        ],
        96,
      ),
    ),
    `type Code ${integer ? "int" : "string"}`,
    "",
    "// The codes, in value order.",
    "const (",
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    const [first, ...rest] = docOf(m, integer);
    lines.push(doc(paragraphs([`${m.ident}: ${first}`, ...rest], 92), "\t"), `\t${m.ident} Code = ${integer ? String(m.code.value) : goQuote(String(m.code.value))}`);
  });
  lines.push(")", "");

  lines.push(
    integer
      ? `// String returns the vendor's identifier, verbatim from the catalog, or "${family.name}(N)" for an unknown code.`
      : "// String returns the code as it travels on the wire: the vendor's spelling.",
    "func (c Code) String() string {",
    ...(integer ? ["\tif info, ok := c.Info(); ok {", "\t\treturn info.Name", "\t}", `\treturn fmt.Sprintf("${family.name}(%d)", int(c))`] : ["\treturn string(c)"]),
    "}",
    "",
    "// Info is what the catalog says about the code; ok is false for a code it does not list.",
    "func (c Code) Info() (info codeinfo.Info, ok bool) {",
    `\treturn table.ByValue(${integer ? "strconv.Itoa(int(c))" : "string(c)"})`,
    "}",
    "",
    "// Known reports whether the catalog lists the code.",
    "func (c Code) Known() bool {",
    "\t_, ok := c.Info()",
    "\treturn ok",
    "}",
    "",
    "// Retryable reports whether a retry, after the step the code's retry advice names, can succeed.",
    "func (c Code) Retryable() bool {",
    "\tinfo, _ := c.Info()",
    "\treturn info.Retryable",
    "}",
    "",
    "// Description says what the code means; empty for a code the catalog does not list.",
    "func (c Code) Description() string {",
    "\tinfo, _ := c.Info()",
    "\treturn info.Description",
    "}",
    "",
    `// Lookup is what the catalog says about the code a key names: its value${integer ? ' ("8199")' : ""}, identifier, alias or`,
    "// older wire name, matched exactly. ok is false for anything else.",
    "func Lookup(key string) (info codeinfo.Info, ok bool) {",
    "\treturn table.Lookup(key)",
    "}",
    "",
    "// Find is Lookup, saying also how the key named the code (codeinfo.ByAlias: show Info.Name instead).",
    "func Find(key string) (match codeinfo.Match, ok bool) {",
    "\treturn table.Find(key)",
    "}",
    "",
    "// Parse returns the code a key names, as Lookup finds it.",
    "func Parse(key string) (Code, error) {",
    "\tif m, ok := table.Find(key); ok {",
    "\t\treturn values[m.Index], nil",
    "\t}",
    `\treturn ${integer ? "0" : '""'}, fmt.Errorf("${pkg}: unknown name %q", key)`,
    "}",
    "",
    "// Values returns every code, in value order.",
    "func Values() []Code {",
    "\treturn append([]Code(nil), values...)",
    "}",
    "",
    "var values = []Code{",
    ...list.map((m) => `\t${m.ident},`),
    "}",
    "",
    "// Each code's facts, in value order.",
    "var infos = []codeinfo.Info{",
    ...list.map((m) => `\t${info(family, m.code)},`),
    "}",
    "",
    "// Every key a lookup accepts, the catalog's priority between kinds already applied: the same keys as",
    "// the TypeScript describe().",
    "var keys = []codeinfo.Key{",
    ...keys.map((k) => `\t{Text: ${goQuote(String(k.key))}, Index: ${k.index}, Kind: codeinfo.${KIND[k.kind]}},`),
    "}",
    "",
    "var table = codeinfo.NewTable(infos, keys)",
  );
  let text = file(lines);
  // A name family's Parse is the only use of fmt there.
  if (!integer) text = text.replace("import (\n", 'import (\n\t"fmt"\n\n');
  return text;
}
