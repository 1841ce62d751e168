// The schemas' two forms (scripts/emit/json-schema.ts): the keywords added for code generators change
// nothing ajv accepts in the validating form, and the codegen form accepts every valid envelope and
// rejects every invalid one but those whose only fault is a per-code details shape. Checked on the
// envelope vectors and on random documents.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Model } from "../../scripts/catalog/model.js";
import { GENERATOR_KEYWORDS } from "../../scripts/emit/json-schema.js";
import { envelopesDir, invalidEnvelopeFiles, validEnvelopeFiles } from "../support/envelope-vectors.js";
import { ROOT } from "../support/fixtures.js";

const model = loadCatalog(join(ROOT, "catalog"), ROOT).catalog as Model;
const schemaFile = (name: string) => JSON.parse(readFileSync(join(ROOT, "generated", "schema", name), "utf8"));

function compile(schema: unknown) {
  const ajv = addFormats.default(new Ajv2020.default({ strict: true, allErrors: true }));
  for (const keyword of GENERATOR_KEYWORDS) ajv.addKeyword(keyword);
  return ajv.compile(schema as object);
}

/**
 * The validating schema less everything added for generators: their keywords, and a `type` that only
 * restates what a sibling const or anyOf already fixes. What ajv accepted before those were added.
 */
function withoutGeneratorAdditions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutGeneratorAdditions);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((GENERATOR_KEYWORDS as readonly string[]).includes(key)) continue;
    if (key === "type" && ("const" in schema || "anyOf" in schema)) continue;
    out[key] = key === "enum" || key === "const" ? value : withoutGeneratorAdditions(value);
  }
  return out;
}

const validating = schemaFile("api-response.schema.json");
const validate = compile(validating);
const validateBare = compile({ ...(withoutGeneratorAdditions(validating) as object), $id: "urn:test:bare" });
const validateCodegen = compile(schemaFile("api-response.codegen.schema.json"));

const validVectors = validEnvelopeFiles(ROOT).map((f) => [f, JSON.parse(readFileSync(join(envelopesDir(ROOT), f), "utf8"))] as const);
const invalidVectors = invalidEnvelopeFiles(ROOT)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => {
    try {
      return [[f, JSON.parse(readFileSync(join(envelopesDir(ROOT), "invalid", f), "utf8"))] as const];
    } catch {
      return []; // truncated.json: not JSON at all, so no schema sees it.
    }
  });

// Random envelopes near the contract: the catalog's codes and their documented details, keys the details
// shapes name, and arbitrary JSON in every slot.
const restCodes = model.restFamily.codes.map((c) => String(c.value));
const detailShapes = model.restFamily.codes.flatMap((c) => (c.details ? [c.details.schema as { properties?: Record<string, unknown> }] : []));
const detailKeys = [...new Set(detailShapes.flatMap((s) => Object.keys(s.properties ?? {})))];
const exampleDetails = validVectors.flatMap(([, doc]) => (doc.error?.details ? [doc.error.details] : []));
const json = fc.jsonValue({ maxDepth: 3 });
const code = fc.oneof(fc.constantFrom(...restCodes), fc.constantFrom("ACCOUNT_FROZEN", "token_expired", "", "A__B"), fc.string(), json);
const details = fc.oneof(
  fc.constantFrom(...exampleDetails),
  fc.dictionary(fc.constantFrom(...detailKeys), fc.oneof(json, fc.constantFrom("2026-02-08T11:30:00Z", "https://example.com/", 5, -1, ["a"]))),
  json,
);
const errorBody = fc.oneof(fc.record({ code, message: fc.oneof(fc.string(), json), details }, { requiredKeys: ["code"] }), json);
const envelope = fc.oneof(fc.record({ success: fc.oneof(fc.boolean(), json), data: json, error: errorBody, extra: json }, { requiredKeys: ["success"] }), json);

describe("the validating envelope schema", () => {
  it("accepts and rejects every vector as it did before the generators' keywords were added", () => {
    for (const [name, doc] of [...validVectors, ...invalidVectors]) expect(validate(doc), name).toBe(validateBare(doc));
    expect(validVectors.every(([, doc]) => validate(doc))).toBe(true);
    expect(invalidVectors.some(([, doc]) => validate(doc))).toBe(false);
  });

  it("accepts and rejects random documents as it did before", () => {
    let accepted = 0;
    fc.assert(
      fc.property(envelope, (doc) => {
        const verdict = validate(doc);
        accepted += verdict ? 1 : 0;
        return verdict === validateBare(doc);
      }),
      { numRuns: 3000 },
    );
    // The documents must exercise both verdicts, or the comparison says nothing.
    expect(accepted).toBeGreaterThan(100);
  });
});

describe("the codegen envelope schema", () => {
  it("accepts every valid vector", () => {
    for (const [name, doc] of validVectors) expect(validateCodegen(doc), name).toBe(true);
  });

  it("rejects every invalid vector whose fault is not a per-code details shape", () => {
    for (const [name, doc] of invalidVectors) {
      const codegenOnlyMisses = !validateCodegen(doc) || name.startsWith("details-");
      expect(codegenOnlyMisses, name).toBe(true);
    }
    expect(invalidVectors.filter(([name]) => !name.startsWith("details-")).length).toBeGreaterThan(10);
  });

  it("accepts every random document the validating schema accepts, unless a success carries a stray error field", () => {
    fc.assert(
      fc.property(envelope, (doc) => {
        const strayError = typeof doc === "object" && doc !== null && !Array.isArray(doc) && doc.success === true && "error" in doc;
        return !validate(doc) || strayError || validateCodegen(doc);
      }),
      { numRuns: 3000 },
    );
  });

  it("has no construct some major generator cannot read: no if/then/else anywhere", () => {
    for (const name of ["api-response.codegen.schema.json", "resolved-catalog.codegen.schema.json"]) {
      expect(JSON.stringify(schemaFile(name)), name).not.toMatch(/"(if|then|else)":/);
    }
  });
});

describe("the codegen catalog schema", () => {
  const catalogJson = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8"));

  it("accepts generated/catalog.json, as the validating one does", () => {
    expect(compile(schemaFile("resolved-catalog.schema.json"))(catalogJson)).toBe(true);
    expect(compile(schemaFile("resolved-catalog.codegen.schema.json"))(catalogJson)).toBe(true);
  });

  it("bounds every integer, so that generators choose a type wide enough for catalog.json's values", () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) walk(n, `${path}/${i}`);
      } else if (node && typeof node === "object") {
        const n = node as Record<string, unknown>;
        if (n.type === "integer" && n.maximum === undefined) unbounded.push(path);
        for (const [k, v] of Object.entries(n)) if (k !== "enum" && k !== "const") walk(v, `${path}/${k}`);
      }
    };
    walk(schemaFile("resolved-catalog.codegen.schema.json"), "");
    expect(unbounded).toEqual([]);
    expect(catalogJson.retryPolicy.rateLimit.resetMillisecondsFrom).toBeGreaterThan(2 ** 31);
  });
});

describe("the family schemas", () => {
  it.each(model.families.map((f) => [f.name, f] as const))("%s names and describes every member in every generator's keyword", (_, family) => {
    const schema = schemaFile(`${family.derived.stem}.schema.json`);
    const names = family.codes.map((c) => c.name);
    const descriptions = family.codes.map((c) => c.derived.summary);
    expect(schema.enum).toEqual(family.codes.map((c) => c.value));
    expect(schema.type).toBe(family.valueKind === "integer" ? "integer" : "string");
    for (const keyword of ["x-enum-varnames", "x-enumNames", "tsEnumNames"]) expect(schema[keyword], keyword).toEqual(names);
    for (const keyword of ["x-enum-descriptions", "x-enumDescriptions"]) expect(schema[keyword], keyword).toEqual(descriptions);
    expect(schema.javaEnums).toEqual(names.map((name, i) => ({ name, description: descriptions[i] })));
    for (const d of descriptions) expect(d).toMatch(/^\S.*[.)]$/);
  });
});
