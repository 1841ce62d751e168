import { memo, packageVersion } from "../memo.js";
import { KEY_KINDS, RETRYING_STRATEGIES, STRATEGY_TEXT, type LookupKey, type Model, type ResolvedCode, type ResolvedFamily } from "../catalog/model.js";
import { reconnectFacts } from "../catalog/reconnect-classes.js";
import { runtimePolicy } from "../catalog/runtime-policy.js";
import { memberParagraphs } from "./doc-text.js";
import { generatedBy } from "./header.js";
import { apiResponseSchema, resolvedCatalogSchema } from "./json-schema.js";
import { indentTypeScript } from "./indent-ts.js";
import { copyRuntimeTree } from "./runtime-sources.js";
import { tsLiteral } from "./ts-literal.js";

const HEADER = `// ${generatedBy("scripts/emit/typescript.ts")}\n`;

/** "OperationalError" -> "operationalError". */
const camel = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/** A doc comment, indented; "*\/" in catalog prose cannot end it early. */
function docComment(lines: string[], indent = ""): string {
  const body = lines.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l.replace(/\*\//g, "*\\/")}`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** The meaning, an empty line, then one line per paragraph; the deprecation as a @deprecated tag. */
function memberDoc(family: ResolvedFamily, code: ResolvedCode): string[] {
  const [meaning, ...rest] = memberParagraphs(code.derived.doc, { reference: (name) => `{@link ${family.name}.${name}}` });
  return [meaning!.text, "", ...rest.map((p) => (p.kind === "deprecated" ? p.text.replace(/^Deprecated: /, "@deprecated ") : p.text))];
}

const literal = (value: number | string) => (typeof value === "number" ? String(value) : JSON.stringify(value));

/** generated/ts/<family>.ts: the enum and its type guard, and nothing heavier. */
export function enumModule(family: ResolvedFamily): string {
  const members = family.codes.map((code) => `${docComment(memberDoc(family, code), "  ")}  ${code.name} = ${literal(code.value)},`).join("\n");
  const doc = docComment([family.description, "", `Source: ${family.derived.source}.`]);
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

const keyRows = (keys: readonly LookupKey[]) => keys.map((k) => `[${JSON.stringify(k.key)}, ${k.index}]`).join(", ");

const valuesByCode = (family: ResolvedFamily) =>
  family.codes.map(
    (_, i) =>
      `[${family.derived.valueKeys
        .filter((k) => k.index === i)
        .map((k) => JSON.stringify(k.key))
        .join(", ")}]`,
  );

/**
 * generated/ts/<family>.keys.ts: every key the lookups accept, as the model resolved them, and each
 * code's retry strategy. No prose, so that isRetryable stays small.
 */
export function keysModule(model: Model, family: ResolvedFamily): string {
  const strategies = strategyList(model);
  const of = (kind: LookupKey["kind"]) => family.derived.keys.filter((k) => k.kind === kind);
  const identifiers = of("name");
  if (identifiers.some((k, i) => k.index !== i)) throw new Error(`${family.name}: identifiers are not in code order`);
  // In a name family the values are the identifiers; listing them again would double the bytes.
  const valuesAreIdentifiers = family.derived.valueKeys.every((k) => k.kind === "name");
  return `${HEADER}import type { FamilyKeys } from "./catalog-types.js";

/** How a lookup finds a ${family.name} code. Each [key, index] row names a code by its index in value order. */
export const ${camel(family.name)}Keys: FamilyKeys = /* @__PURE__ */ Object.freeze<FamilyKeys>({
  family: "${family.name}",
  /** Each code's identifier, in value order. */
  identifiers: [${identifiers.map((k) => JSON.stringify(k.key)).join(", ")}],
  aliases: [${keyRows(of("alias"))}],
  legacyNames: [${keyRows(of("legacyName"))}],
${valuesAreIdentifiers ? "  // No values: in this family each code's value is its identifier.\n" : `  /** Each code's value keys, in value order: its value and its decimal string. */\n  values: [${valuesByCode(family).join(", ")}],\n`}  /** Each code's retry strategy, as an index into STRATEGIES. */
  strategies: [${family.codes.map((c) => strategies.indexOf(c.retry.strategy)).join(", ")}],
});
`;
}

/** The runtime entry of a code: the resolved catalog entry plus its family, without the envelope-only details schema. */
function entryLiteral(family: ResolvedFamily, code: ResolvedCode): string {
  const { details: _details, derived: _derived, ...rest } = code;
  return tsLiteral({ family: family.name, ...rest }, "  ");
}

/** generated/ts/<family>.table.ts: every entry of the family, and lookups by value and by name. */
export function tableModule(family: ResolvedFamily): string {
  const stem = family.derived.stem;
  const prefix = camel(family.name);
  const entries = family.codes.map((c) => `  ${entryLiteral(family, c)},`).join("\n");
  return `${HEADER}import type { CodeEntry } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";
import { nameKeys, valueKeys } from "./keys.js";
import { ${prefix}Keys } from "./${stem}.keys.js";
export { ${family.name}, is${family.name} } from "./${stem}.js";

/** Every ${family.name} code with its meaning and retry advice, sorted by value. Frozen: it is shared. */
export const ${prefix}Entries: readonly CodeEntry[] = /* @__PURE__ */ deepFreeze([
${entries}
]);

let byValue: Map<unknown, CodeEntry> | undefined;
let byName: Map<unknown, CodeEntry> | undefined;

/** The ${family.name} entry for a value${family.valueKind === "integer" ? " or its decimal string" : ""}; undefined for anything else, including garbage. */
export function ${prefix}ByValue(value: unknown): CodeEntry | undefined {
  byValue ??= new Map(valueKeys(${prefix}Keys).map(([key, index]) => [key, ${prefix}Entries[index]!]));
  return byValue.get(value);
}

/** The ${family.name} entry for a name, an alias or an older wire name; undefined for anything else. */
export function ${prefix}ByName(name: unknown): CodeEntry | undefined {
  byName ??= new Map(nameKeys(${prefix}Keys).map(([key, index]) => [key, ${prefix}Entries[index]!]));
  return byName.get(name);
}
`;
}

function strategyList(model: Model): string[] {
  return [...new Set(model.families.flatMap((f) => f.codes.map((c) => c.retry.strategy)))].sort();
}

const imports = (model: Model, suffix: string, names: (f: ResolvedFamily) => string) => model.families.map((f) => `import { ${names(f)} } from "./${f.derived.stem}${suffix}.js";`).join("\n");

/** generated/ts/families.ts: what every surface needs to know about the families, and nothing heavier. */
export function familiesModule(model: Model): string {
  const families = model.families.map((f) => ({
    name: f.name,
    role: f.role,
    title: f.title,
    stem: f.derived.stem,
    valueKind: f.valueKind,
    groups: f.groups.map((g) => ({ id: g.id, title: g.title })),
  }));
  return `${HEADER}import type { FamilyInfo } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";

/** Every family, sorted by name: its role, its title, its file stem (the package subpath) and its groups. */
export const FAMILIES: readonly FamilyInfo[] = /* @__PURE__ */ deepFreeze(${tsLiteral(families)});

/** Each HTTP status as the references write it: "429 Too Many Requests", from the http-status family. */
export const STATUS_TEXT: Readonly<Record<number, string>> = /* @__PURE__ */ Object.freeze(${tsLiteral(Object.fromEntries(model.statusText))});

/** The family with each role, as the catalog assigns them. */
export const FAMILY_BY_ROLE: Readonly<Partial<Record<FamilyInfo["role"], FamilyInfo["name"]>>> = /* @__PURE__ */ Object.freeze(${tsLiteral(
    Object.fromEntries(model.families.map((f) => [f.role, f.name])),
  )});
`;
}

/** generated/ts/family-enums.ts: each family's enum as a type, so that lookups can type names and values. */
export function familyEnumsModule(model: Model): string {
  return `${HEADER}${model.families.map((f) => `import type { ${f.name} } from "./${f.derived.stem}.js";`).join("\n")}

/** Each family's enum, by family name: a lookup's entry.value is a member, its entry.name a member's name. */
export interface FamilyEnums {
${model.families.map((f) => `  ${f.name}: typeof ${f.name};`).join("\n")}
}
`;
}

/** generated/ts/lookup-index.ts: each family's entries with its keys, for the lookups across families. */
export function lookupIndexModule(model: Model): string {
  const rows = model.families.map((f) => `  { family: "${f.name}", entries: ${camel(f.name)}Entries, keys: ${camel(f.name)}Keys },`).join("\n");
  return `${HEADER}import type { CodeEntry, FamilyKeys, FamilyName } from "./catalog-types.js";
${imports(model, ".keys", (f) => `${camel(f.name)}Keys`)}
${imports(model, ".table", (f) => `${camel(f.name)}Entries`)}

export const FAMILY_TABLES: ReadonlyArray<{ family: FamilyName; entries: readonly CodeEntry[]; keys: FamilyKeys }> = [
${rows}
];
`;
}

/** generated/ts/retry-index.ts: the keys and strategies of every family, and the strategies' facts. */
export function retryIndexModule(model: Model): string {
  return `${HEADER}import type { FamilyKeys, RetryStrategy } from "./catalog-types.js";
${imports(model, ".keys", (f) => `${camel(f.name)}Keys`)}

/** Indexed by each FamilyKeys' strategies. */
export const STRATEGIES: readonly RetryStrategy[] = [${strategyList(model)
    .map((s) => JSON.stringify(s))
    .join(", ")}];

/** The strategies under which sending the request again (after the strategy's step) can succeed. */
export const RETRYING_STRATEGIES: readonly RetryStrategy[] = [${[...RETRYING_STRATEGIES].map((s) => JSON.stringify(s)).join(", ")}];

/** Each strategy in words, as the docs say it. */
export const STRATEGY_TEXT: Readonly<Record<RetryStrategy, string>> = ${tsLiteral(STRATEGY_TEXT)};

export const FAMILY_KEYS: readonly FamilyKeys[] = [${model.families.map((f) => `${camel(f.name)}Keys`).join(", ")}];
`;
}

/** generated/ts/exports.ts: every family's enum, guard and lookups, for the package root. */
export function exportsModule(model: Model): string {
  const lines = model.families.flatMap((f) => {
    const p = camel(f.name);
    return [`export { ${f.name}, is${f.name} } from "./${f.derived.stem}.js";`, `export { ${p}ByName, ${p}ByValue, ${p}Entries } from "./${f.derived.stem}.table.js";`];
  });
  return `${HEADER}// Every export is tree-shakeable: an import of one enum bundles that enum alone.
${lines.join("\n")}
`;
}

/** generated/ts/roles.ts: the families by role, for runtime code that must not name a family. */
function rolesModule(model: Model): string {
  const rest = model.restFamily;
  return `${HEADER}// The REST family: the one whose codes the envelope's error.code carries.
export type { ${rest.name} as RestCode } from "./${rest.derived.stem}.js";
export { ${camel(rest.name)}ByValue as restCodeByValue, ${camel(rest.name)}Entries as restCodeEntries } from "./${rest.derived.stem}.table.js";
`;
}

/**
 * generated/ts/retry-policy.ts: the REST retry policy, each HTTP status's strategy from its http-status entry,
 * and what the decision derives from them (scripts/catalog/runtime-policy.ts).
 */
export function retryPolicyModule(model: Model): string {
  // What the decision derives from the policy comes from the one derivation every language renders.
  const policy = runtimePolicy(model);
  return `${HEADER}import type { RetryPolicy, RetryStrategy } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";

${docComment(["The OrbVPN REST API's retry policy: backoff schedule, retryable statuses, token refresh and rate-limit headers."])}export const retryPolicy: RetryPolicy = /* @__PURE__ */ deepFreeze(${tsLiteral(model.retryPolicy)});

/** Each HTTP status's retry strategy, as its entry in the http-status family gives it. */
export const STATUS_STRATEGY: Readonly<Record<number, RetryStrategy>> = /* @__PURE__ */ Object.freeze(${tsLiteral(Object.fromEntries(model.statusStrategy))});

/** The strategies under which the decision fails at once; a status the policy does not list fails too. */
export const FAILING_STRATEGIES: readonly RetryStrategy[] = [${policy.failingStrategies.map((s) => JSON.stringify(s)).join(", ")}];

/** Whether a known code under a status it is not documented for takes the more cautious of the two answers. */
export const MOST_CAUTIOUS: boolean = ${policy.decision.mostCautious};

/** Why each REST code that says so fails, for a decision's detail (scripts/catalog/decision-policy.ts). */
export const FAIL_REASON: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(${tsLiteral(Object.fromEntries(policy.decision.codes.map((c) => [c.wire, c.reason])))});
`;
}

/**
 * generated/ts/reconnect-policy.ts: the SDK reconnect policy and what the reconnect decision does with each
 * SDK code (scripts/catalog/reconnect-classes.ts), keyed by family and the code's value as a string.
 */
export function reconnectPolicyModule(model: Model): string {
  const facts = reconnectFacts(model);
  const table = Object.fromEntries(
    (facts?.families ?? []).map((f) => [f.family, Object.fromEntries(f.codes.map((c) => [String(c.value), c.class === "stop" ? { class: c.class, reason: c.reason } : { class: c.class }]))]),
  );
  return `${HEADER}import type { ReconnectPolicy } from "./catalog-types.js";
import { deepFreeze } from "./freeze.js";

/** What the reconnect decision does with a code: see ReconnectClass in the README. */
export type ReconnectClass = "reconnect" | "reconnect-now" | "wait-for-network" | "stop" | "not-an-error";

${docComment(["The SDK reconnect policy: backoff, the cap per window, flapping, and the codes the source singles out; undefined when the catalog has none."])}export const reconnectPolicy: ReconnectPolicy | undefined = ${facts ? `/* @__PURE__ */ deepFreeze(${tsLiteral(facts.policy)})` : "undefined"};

/** Each SDK family's codes by value: the reconnect class, and for a stop, why. */
export const RECONNECT_CLASS: Readonly<Record<string, Readonly<Record<string, { readonly class: ReconnectClass; readonly reason?: string }>>>> = /* @__PURE__ */ deepFreeze(${tsLiteral(table)});
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
async function catalogTypesModule(catalog: Model): Promise<string> {
  const schema = resolvedCatalogSchema(catalog) as { properties: { retryPolicy: object; reconnectPolicy: object } };
  schema.properties.retryPolicy = { title: "RetryPolicy", ...schema.properties.retryPolicy };
  schema.properties.reconnectPolicy = { title: "ReconnectPolicy", ...schema.properties.reconnectPolicy };
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

/** How a lookup key names its code, highest priority first. */
export type KeyKind = ${KEY_KINDS.map((k) => JSON.stringify(k)).join(" | ")};

/**
 * A family's lookup keys, as the catalog's model resolved them, priority applied: a key appears once, under
 * the kind that wins it (see generated/ts/<family>.keys.ts). Rows are [key, index of the code].
 */
export interface FamilyKeys {
  family: FamilyName;
  /** Each code's identifier, in value order: code i is identifiers[i]. */
  identifiers: readonly string[];
  aliases: ReadonlyArray<readonly [key: string, index: number]>;
  legacyNames: ReadonlyArray<readonly [key: string, index: number]>;
  /** The keys a by-value lookup accepts, code by code (values[i] belongs to code i); absent where each code's value is its identifier. */
  values?: ReadonlyArray<ReadonlyArray<string | number>>;
  strategies: readonly number[];
}

/** What the runtime knows of a family besides its codes. */
export interface FamilyInfo {
  name: FamilyName;
  role: Family["role"];
  title: string;
  /** The file stem and package subpath: "operational-error". */
  stem: string;
  valueKind: Family["valueKind"];
  groups: ReadonlyArray<{ id: string; title: string }>;
}
`;
}

/** generated/ts/api-response.ts: the REST envelope's types, from its JSON Schema. */
async function apiResponseModule(catalog: Model): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: a JSON Schema is edited in place here, at any depth and of any keyword.
  const schema = structuredClone(apiResponseSchema(catalog)) as { $defs: Record<string, Record<string, any>> };
  const rest = catalog.retryPolicy.appliesTo;
  const restStem = catalog.families.find((f) => f.name === rest)!.derived.stem;
  // TypeScript says "open to unknown codes" as \`Enum | (string & {})\`, which keeps editor completion.
  schema.$defs.ErrorCode = { description: schema.$defs.ErrorCode!.description, tsType: `${rest} | (string & {})` };
  delete schema.$defs[rest];
  delete schema.$defs.ErrorBody!.allOf;
  schema.$defs.ErrorBody!.properties.details = { ...schema.$defs.ErrorBody!.properties.details, additionalProperties: true };
  schema.$defs.ApiSuccess!.properties.data = { ...schema.$defs.ApiSuccess!.properties.data, tsType: "unknown" };
  const types = indentTypeScript(await json2ts(schema, "ApiResponse", true));
  return `${HEADER}// From generated/schema/api-response.schema.json by json-schema-to-typescript.
import type { ${rest} } from "./${restStem}.js";

${types}`;
}

export async function emitTypeScript(model: Model): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const family of model.families) {
    const stem = family.derived.stem;
    files[`ts/${stem}.ts`] = enumModule(family);
    files[`ts/${stem}.keys.ts`] = keysModule(model, family);
    files[`ts/${stem}.table.ts`] = tableModule(family);
  }
  files["ts/families.ts"] = familiesModule(model);
  files["ts/lookup-index.ts"] = lookupIndexModule(model);
  files["ts/family-enums.ts"] = familyEnumsModule(model);
  files["ts/retry-index.ts"] = retryIndexModule(model);
  files["ts/exports.ts"] = exportsModule(model);
  files["ts/roles.ts"] = rolesModule(model);
  files["ts/retry-policy.ts"] = retryPolicyModule(model);
  files["ts/reconnect-policy.ts"] = reconnectPolicyModule(model);
  files["ts/catalog-types.ts"] = await catalogTypesModule(model);
  files["ts/api-response.ts"] = await apiResponseModule(model);
  // The hand-written helpers the tables and the validator call (freeze, keys, formats), beside them.
  return { ...files, ...copyRuntimeTree("ts", "ts", "// ", (name) => /\.(ts|js)$/.test(name)) };
}
