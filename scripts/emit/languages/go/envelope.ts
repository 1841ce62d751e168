// Packages api and catalog: quicktype's structs for the REST envelope and catalog.json, made gofmt-clean
// and staticcheck-clean, with error.code typed as the REST family's Code.
import type { Model } from "../../../catalog/model.js";
import { file, paragraphs, patch, quote } from "../shared/common.js";
import { catalogTypes, dropLeadingComments, envelopeTypes, only } from "../shared/quicktype.js";
import { goMemberIdent } from "./enum.js";
import { doc, goModule, goPackage, sourceHeader } from "./profile.js";

const header = sourceHeader("scripts/emit/languages/go/envelope.ts");

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

/**
 * quicktype's union helpers as staticcheck accepts them: error strings start in lower case (ST1005),
 * and a union without an object member does not assign a result it never reads (SA4006).
 */
export function lintClean(source: string): string {
  const out = source
    .replace(/errors\.New\("([A-Z])/g, (_, first: string) => `errors.New("${first.toLowerCase()}`)
    .replace(/\tobject, err := (unmarshalUnion\([^\n]*\))\n\tif err != nil \{\n\t\treturn err\n\t\}\n\tif object \{\n\t\}\n\treturn nil\n/g, "\t_, err := $1\n\treturn err\n");
  if (/\n\tif object \{\n\t\}\n/.test(out)) throw new Error("quicktype output changed: an empty `if object {}` is left for staticcheck to report");
  return out;
}

/**
 * quicktype's output as a gofmt-clean file. `about` is the package's doc comment, or, for a package whose
 * doc comment is in runtime/go, a file comment kept apart from the package clause.
 */
function quicktypeFile(source: string, about: { packageDoc: string[] } | { fileComment: string[] }, extraImports: string[]): string {
  let body = dropLeadingComments(source);
  body = lintClean(gofmtStructs(reindent(importBlock(body, extraImports))).replace(/\n{3,}/g, "\n\n"));
  const comment = "packageDoc" in about ? [doc(paragraphs(about.packageDoc, 96))] : [doc(paragraphs(about.fileComment, 96)), ""];
  return file([header, "", ...comment, body]);
}

export async function apiPackage(model: Model): Promise<string> {
  const rest = goPackage(model.restFamily);
  let source = only(await envelopeTypes(model, { lang: "go", rendererOptions: { package: "api" } }));
  source = patch(source, /^(\tCode\s+)string(\s+`json:"code"`)$/m, `$1${rest}.Code$2`);
  // The schema's date-time, which time.Time's own decoding narrows (no leap second, no lower-case t or
  // z): DateTime (runtime/go/api) takes what the schema takes and keeps the text as sent.
  source = source.replace(/^(\t\w+\s+)time\.Time(\s+`json)/gm, "$1DateTime$2").replace(/^import "time"\n/m, "");
  // The schema's integer has no bound (1e20 devices is valid): json.Number keeps the number as sent, for
  // Int64 when it fits and Float64 always, where int64 would fail the decoding.
  source = source.replace(/^(\t\w+\s+\*?)int64(\s+`json)/gm, "$1json.Number$2");
  source = patch(
    source,
    /^(\tDetails\s+map\[string\]interface\{\}\s+`json:"details,omitempty"`\n)/m,
    `$1${[
      "\t// The details as the code's type, decoded with the envelope: *TokenExpiredDetails for",
      `\t// ${rest}.${goMemberIdent(model.restFamily, model.examples.tokenRefresh.code)} and so on; nil when the code has no details type or the error`,
      "\t// no details.",
      '\tTypedDetails any `json:"-"`',
    ].join("\n")}\n`,
  );
  // json.Unmarshal alone accepts {"success":false} with a nil Error, which the README's pattern would
  // dereference: Decode (runtime/go/api) checks the envelope as the schema does first.
  source = patch(
    source,
    "func UnmarshalAPIResponse(data []byte) (APIResponse, error) {\n\tvar r APIResponse\n\terr := json.Unmarshal(data, &r)\n\treturn r, err\n}",
    [
      "// UnmarshalAPIResponse decodes a response body under DefaultEnvelopePolicy, with the error's",
      "// TypedDetails. Anything the JSON Schema rejects (a body that is not JSON, a failure without its",
      "// error, a wrong type) gives an *InvalidResponseError, so that a nil error means Data or Error is",
      "// there as Success says.",
      "func UnmarshalAPIResponse(data []byte) (APIResponse, error) {",
      "\tvar r APIResponse",
      "\terr := Decode(data, DefaultEnvelopePolicy, &r)",
      "\tif err == nil && r.Error != nil {",
      "\t\tr.Error.TypedDetails, err = DefaultEnvelopePolicy.TypedDetails(data)",
      "\t}",
      "\treturn r, err",
      "}",
      "",
      "// Failure is a failed response as a Go error, for errors.As: the HTTP status (0: unknown) and the",
      "// envelope's error, its Code, Message, Details and TypedDetails.",
      "type Failure struct {",
      "\tStatus int",
      "\tErrorBody",
      "}",
      "",
      "func (f *Failure) Error() string {",
      "\treturn FailureText(f.Status, string(f.Code), f.Message)",
      "}",
      "",
      "// Check reads a response: nil for a success envelope, a *Failure for a failure envelope and an",
      "// *InvalidResponseError for anything else (a proxy's HTML page, a wrong shape).",
      "func Check(status int, body []byte) error {",
      "\tr, err := UnmarshalAPIResponse(body)",
      "\tif err != nil || r.Success {",
      "\t\treturn err",
      "\t}",
      "\treturn &Failure{Status: status, ErrorBody: *r.Error}",
      "}",
    ].join("\n"),
  );
  return quicktypeFile(
    source,
    {
      fileComment: [
        "The REST envelope and the per-code details types, generated by quicktype from generated/schema/api-response.schema.json.",
        `The error's Code is a ${rest}.Code, which keeps any string, so a code this catalog does not know yet still decodes.`,
      ],
    },
    [`${goModule(model)}/${rest}`],
  );
}

export async function catalogPackage(model: Model): Promise<string> {
  const source = only(await catalogTypes(model, { lang: "go", rendererOptions: { package: "catalog" } }));
  return quicktypeFile(source, { packageDoc: ["Package catalog holds the types of generated/catalog.json, generated by quicktype from generated/schema/resolved-catalog.schema.json."] }, []);
}
