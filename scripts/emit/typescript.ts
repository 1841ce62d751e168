import { memo, packageVersion } from "../memo.js";
import { RETRYING_STRATEGIES, STRATEGY_TEXT, type Catalog, type Code, type Family } from "../catalog/model.js";
import { GENERATED_NOTE } from "./catalog-json.js";
import { apiResponseSchema, resolvedCatalogSchema } from "./json-schema.js";
import { camel, groupTitle, httpStatusText, kebab, retryLine } from "./names.js";
import { indentTypeScript } from "./indent-ts.js";
import { tsLiteral } from "./ts-literal.js";

const HEADER = `// ${GENERATED_NOTE}\n`;

/** A doc comment, indented; "*\/" in catalog prose cannot end it early. */
function docComment(lines: string[], indent = ""): string {
  const body = lines.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l.replace(/\*\//g, "*\\/")}`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

function memberDoc(catalog: Catalog, family: Family, code: Code): string[] {
  const lines = [code.description, ""];
  lines.push(`Group: ${groupTitle(family, code)}.`);
  if (family.name !== "HttpStatus" && code.httpStatus !== undefined) lines.push(`HTTP mapping: ${httpStatusText(catalog, code.httpStatus)}.`);
  lines.push(`Retry: ${retryLine(code)}. ${code.retry.note}`);
  if (code.action) lines.push(`Action: ${code.action.text} (${code.action.basis})`);
  if (code.deprecated) {
    const use = code.deprecated.replacement ? `Use {@link ${family.name}.${code.deprecated.replacement}} instead. ` : "";
    lines.push(`@deprecated ${use}${code.deprecated.note}`);
  }
  return lines;
}

const literal = (value: number | string) => (typeof value === "number" ? String(value) : JSON.stringify(value));

/** generated/ts/<family>.ts: the enum and its type guard, and nothing heavier. */
export function enumModule(catalog: Catalog, family: Family): string {
  const members = family.codes.map((code) => `${docComment(memberDoc(catalog, family, code), "  ")}  ${code.name} = ${literal(code.value)},`).join("\n");
  const doc = docComment([family.description, "", `Source: ${family.source.title}${family.source.publisher ? ` (${family.source.publisher})` : ""}.`]);
  const guard =
    family.valueKind === "integer"
      ? `typeof value === "number" && Number.isInteger(value) && typeof (${family.name} as Record<number, unknown>)[value] === "string"`
      : `typeof value === "string" && Object.prototype.hasOwnProperty.call(${family.name}, value)`;
  return `${HEADER}
${doc}export enum ${family.name} {
${members}
}

/** True when \`value\` is one of the documented ${family.name} codes; safe on any input. */
export function is${family.name}(value: unknown): value is ${family.name} {
  return ${guard};
}
`;
}

/** The runtime entry of a code: the resolved catalog entry plus its family, without the envelope-only details schema. */
function entryLiteral(family: Family, code: Code): string {
  const { details: _details, ...rest } = code;
  return tsLiteral({ family: family.name, ...rest }, "  ");
}

/** generated/ts/<family>.table.ts: every entry of the family, and lookups by value and by name. */
export function tableModule(family: Family): string {
  const stem = kebab(family.name);
  const prefix = camel(family.name);
  const entries = family.codes.map((c) => `  ${entryLiteral(family, c)},`).join("\n");
  return `${HEADER}import { lookupTable } from "../../src/lookup-table.js";
import type { CodeEntry } from "./catalog-types.js";
export { ${family.name}, is${family.name} } from "./${stem}.js";

/** Every ${family.name} code with its meaning and retry advice, sorted by value. */
export const ${prefix}Entries: readonly CodeEntry[] = [
${entries}
];

const table = /* @__PURE__ */ lookupTable(${prefix}Entries);

/** The ${family.name} entry for a value; undefined for anything else, including garbage. */
export function ${prefix}ByValue(value: unknown): CodeEntry | undefined {
  return table.byValue(value);
}

/** The ${family.name} entry for a name, an alias or an older wire name; undefined for anything else. */
export function ${prefix}ByName(name: unknown): CodeEntry | undefined {
  return table.byName(name);
}
`;
}

/** generated/ts/retry-index.ts: names, values and strategies only, so that isRetryable stays small. */
export function retryIndexModule(catalog: Catalog): string {
  const strategies = [...new Set(catalog.families.flatMap((f) => f.codes.map((c) => c.retry.strategy)))].sort();
  const rows = catalog.families
    .map((f) => {
      const row = (c: Code) => [JSON.stringify(c.name), strategies.indexOf(c.retry.strategy), ...(f.valueKind === "integer" ? [c.value] : [])].join(", ");
      return `  ${f.name}: [\n${f.codes.map((c) => `    [${row(c)}],`).join("\n")}\n  ],`;
    })
    .join("\n");
  return `${HEADER}import type { FamilyName, RetryStrategy } from "./catalog-types.js";

/** Indexed by the second column of each row below. */
export const STRATEGIES: readonly RetryStrategy[] = [${strategies.map((s) => JSON.stringify(s)).join(", ")}];

/** The strategies under which sending the request again (after the strategy's step) can succeed. */
export const RETRYING_STRATEGIES: readonly RetryStrategy[] = [${[...RETRYING_STRATEGIES].map((s) => JSON.stringify(s)).join(", ")}];

/** Each strategy in words, as the docs say it. */
export const STRATEGY_TEXT: Readonly<Record<RetryStrategy, string>> = ${tsLiteral(STRATEGY_TEXT)};

/** [name, strategy, value] for every code of every family; the value is left out where it is the name. */
export const RETRY_INDEX: Readonly<Record<FamilyName, ReadonlyArray<readonly [name: string, strategy: number, value?: number]>>> = {
${rows}
};
`;
}

/** generated/ts/retry-policy.ts: the REST retry policy as a constant. */
export function retryPolicyModule(catalog: Catalog): string {
  return `${HEADER}import type { RetryPolicy } from "./catalog-types.js";

${docComment(["The OrbVPN REST API's retry policy: backoff schedule, retryable statuses, token refresh and rate-limit headers."])}export const retryPolicy: RetryPolicy = ${tsLiteral(catalog.retryPolicy)};
`;
}

const JSON2TS = { enableConstEnums: false, additionalProperties: false, format: false, strictIndexSignatures: true } as const;

/** json-schema-to-typescript's output for a schema; the package is loaded only on a cache miss. */
function json2ts(schema: object, name: string, unreachableDefinitions: boolean): Promise<string> {
  const options = { ...JSON2TS, bannerComment: "", unreachableDefinitions };
  return memo("json2ts", [schema, name, options, packageVersion("json-schema-to-typescript")], async () => {
    const { compile } = await import("json-schema-to-typescript");
    return compile(schema as never, name, options);
  });
}

/** generated/ts/catalog-types.ts: the types of catalog.json, from its JSON Schema. */
async function catalogTypesModule(catalog: Catalog): Promise<string> {
  const schema = resolvedCatalogSchema(catalog) as { properties: { retryPolicy: object } };
  schema.properties.retryPolicy = { title: "RetryPolicy", ...schema.properties.retryPolicy };
  const types = indentTypeScript(await json2ts(schema, "Catalog", false));
  const families = catalog.families.map((f) => JSON.stringify(f.name)).join(" | ");
  return `${HEADER}// Types of generated/catalog.json, from generated/schema/resolved-catalog.schema.json by json-schema-to-typescript.

${types}
/** The name of a family of codes. */
export type FamilyName = ${families};

/** How a retry can help; see RetryAdvice. */
export type RetryStrategy = RetryAdvice["strategy"];

/** A code as the runtime lookups return it: its catalog entry and the family it belongs to. */
export interface CodeEntry extends Omit<Code, "details"> {
  family: FamilyName;
}
`;
}

/** generated/ts/api-response.ts: the REST envelope's types, from its JSON Schema. */
async function apiResponseModule(catalog: Catalog): Promise<string> {
  const schema = structuredClone(apiResponseSchema(catalog)) as { $defs: Record<string, Record<string, any>> };
  const rest = catalog.retryPolicy.appliesTo;
  // TypeScript says "open to unknown codes" as \`Enum | (string & {})\`, which keeps editor completion.
  schema.$defs.ErrorCode = { description: schema.$defs.ErrorCode!.description, tsType: `${rest} | (string & {})` };
  delete schema.$defs[rest];
  delete schema.$defs.ErrorBody!.allOf;
  schema.$defs.ErrorBody!.properties.details = { ...schema.$defs.ErrorBody!.properties.details, additionalProperties: true };
  schema.$defs.ApiSuccess!.properties.data = { ...schema.$defs.ApiSuccess!.properties.data, tsType: "unknown" };
  const types = indentTypeScript(await json2ts(schema, "ApiResponse", true));
  return `${HEADER}// From generated/schema/api-response.schema.json by json-schema-to-typescript.
import type { ${rest} } from "./${kebab(rest)}.js";

${types}`;
}

export async function emitTypeScript(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const family of catalog.families) {
    files[`ts/${kebab(family.name)}.ts`] = enumModule(catalog, family);
    files[`ts/${kebab(family.name)}.table.ts`] = tableModule(family);
  }
  files["ts/retry-index.ts"] = retryIndexModule(catalog);
  files["ts/retry-policy.ts"] = retryPolicyModule(catalog);
  files["ts/catalog-types.ts"] = await catalogTypesModule(catalog);
  files["ts/api-response.ts"] = await apiResponseModule(catalog);
  return files;
}
