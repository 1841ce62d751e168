// The reference every language harness must match, line for line. It reads generated/catalog.json and
// the vectors as plain JSON, with no generated code, so that it is an independent statement of the answers.
// Run it directly to print the lines: npx tsx test/languages/typescript/harness.ts <repository root>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DecisionCase } from "../../../scripts/vectors/decisions.js";
import { envelopesDir, invalidEnvelopeFiles, validEnvelopeFiles } from "../../support/envelope-vectors.js";

interface CatalogCode {
  name: string;
  value: number | string;
  retryable: boolean;
  aliases?: string[];
  legacyNames?: Array<{ name: string }>;
  details?: { schema: { properties: Record<string, { type?: string }> } };
}
interface CatalogFamily {
  name: string;
  valueKind: "integer" | "name";
  codes: CatalogCode[];
}
interface CodeVectors {
  values: Array<{ family: string; value: number | string; name: string | null; retryable: boolean | null }>;
  names: Array<{ family: string; lookup: string; name: string | null }>;
}

// biome-ignore lint/suspicious/noExplicitAny: the harness reads vector files whose shape each caller knows.
const readJson = (path: string): any => JSON.parse(readFileSync(path, "utf8"));

export function loadCodeVectors(root: string): CodeVectors {
  return readJson(join(root, "test", "vectors", "codes.json"));
}

/** "TOKEN_EXPIRED" -> "TokenExpiredDetails", the name every language gives the details type. */
const detailsType = (code: string) => `${code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase())}Details`;

function fieldText(value: unknown, schema: { type?: string }): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(String).join("|")}]`;
  // A field the schema leaves untyped is printed as JSON, whatever it holds.
  if (schema.type === undefined) return JSON.stringify(value);
  return String(value);
}

export function referenceLines(root: string): string[] {
  const catalog = readJson(join(root, "generated", "catalog.json")) as { families: CatalogFamily[] };
  const family = (name: string) => {
    const found = catalog.families.find((f) => f.name === name);
    if (!found) throw new Error(`no family ${name}`);
    return found;
  };
  const byValue = (f: CatalogFamily, value: unknown) => f.codes.find((c) => c.value === value);
  const byName = (f: CatalogFamily, name: string) =>
    f.codes.find((c) => c.name === name) ?? f.codes.find((c) => c.aliases?.includes(name)) ?? f.codes.find((c) => c.legacyNames?.some((l) => l.name === name));
  const wire = (f: CatalogFamily, c: CatalogCode) => (f.valueKind === "integer" ? String(c.value) : JSON.stringify(c.value));

  const out: string[] = [];
  const vectors = loadCodeVectors(root);
  for (const v of vectors.values) {
    const f = family(v.family);
    const c = byValue(f, v.value);
    out.push(`value ${v.family} ${JSON.stringify(v.value)} -> ${c ? `${c.name} retryable=${c.retryable} json=${wire(f, c)}` : "unknown"}`);
  }
  for (const v of vectors.names) out.push(`name ${v.family} ${JSON.stringify(v.lookup)} -> ${byName(family(v.family), v.lookup)?.name ?? "unknown"}`);

  for (const f of catalog.families) {
    out.push(`family ${f.name} codes=${f.codes.length} members=${f.codes.length}`);
    for (const c of f.codes) out.push(`member ${f.name} ${JSON.stringify(c.value)} -> ${c.name} retryable=${c.retryable} catalog-retryable=${c.retryable}`);
  }

  const rest = family("RestErrorCode");
  const dir = envelopesDir(root);
  for (const file of validEnvelopeFiles(root)) {
    const doc = readJson(join(dir, file));
    if (doc.success) {
      const isObject = doc.data !== null && typeof doc.data === "object" && !Array.isArray(doc.data);
      out.push(`envelope ${file} success=true data=${isObject ? "object" : "other"}`);
      continue;
    }
    const { code, message, details } = doc.error as { code: string; message: string; details?: Record<string, unknown> };
    const known = byValue(rest, code);
    let detailsText = "none";
    if (details) {
      const shape = known?.details?.schema.properties;
      detailsText = shape
        ? `${detailsType(code)}(${Object.keys(shape)
            .sort()
            .map((k) => `${k}=${fieldText(details[k], shape[k]!)}`)
            .join(";")})`
        : `keys(${Object.keys(details).sort().join(",")})`;
    }
    out.push(
      `envelope ${file} success=false code=${code} known=${known?.name ?? "unknown"} retryable=${known ? known.retryable : "unknown"} message=${JSON.stringify(message)} details=${detailsText}`,
    );
  }
  // Invalid envelopes (JSON and not): every language rejects each with a typed error or result.
  // test/languages/vectors.test.ts checks that the JSON Schema rejects each file, so "invalid" is the schema's answer.
  for (const file of invalidEnvelopeFiles(root)) out.push(`envelope invalid/${file} -> invalid`);

  // Retry decisions: the answers adviseRetry gave when scripts/vectors/decisions.ts wrote the file.
  for (const c of loadDecisionVectors(root).cases) out.push(`decision ${c.id} -> ${c.expected}`);
  return out;
}

export { invalidEnvelopeFiles };

/** One case of test/vectors/decisions.json, as scripts/vectors/decisions.ts writes it. */
export type DecisionVector = DecisionCase;

export function loadDecisionVectors(root: string): { about: string; cases: DecisionVector[] } {
  return readJson(join(root, "test", "vectors", "decisions.json"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of referenceLines(process.argv[2] ?? process.cwd())) console.log(line);
}
