// generated/openapi/errors.yaml: a valid OpenAPI 3.1 document by a real validator (@readme/openapi-parser),
// with what the catalog says: every family's members named and described, the envelope, each documented
// details shape, and one response per HTTP status whose examples are envelopes the validating schema accepts.
import { compileErrors, validate } from "@readme/openapi-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Model } from "../../scripts/catalog/model.js";
import { GENERATOR_KEYWORDS, detailsName } from "../../scripts/emit/json-schema.js";
import { ROOT } from "../support/fixtures.js";

const model = loadCatalog(join(ROOT, "catalog"), ROOT).catalog as Model;
const text = readFileSync(join(ROOT, "generated", "openapi", "errors.yaml"), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, read by path.
const doc = () => parse(text) as any;

describe("generated/openapi/errors.yaml", () => {
  it("says it is generated, and is OpenAPI 3.1 with the package's version", () => {
    expect(text.split("\n")[0]).toMatch(/^# Generated from catalog\/\*\.yaml by scripts\/emit\/openapi\.ts/);
    expect(doc().openapi).toBe("3.1.0");
    expect(doc().info.version).toBe(model.package.version);
  });

  it("passes @readme/openapi-parser's validation, and the validator finds a broken reference", async () => {
    const result = await validate(doc());
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    const broken = doc();
    broken.components.responses.Unauthorized.content["application/json"].schema.$ref = "#/components/schemas/NoSuchThing";
    expect((await validate(broken)).valid).toBe(false);
  });

  it.each(model.families.map((f) => [f.name, f] as const))("names and describes every member of %s", (name, family) => {
    const schema = doc().components.schemas[name];
    expect(schema.enum).toEqual(family.codes.map((c) => c.value));
    expect(schema["x-enum-varnames"]).toEqual(family.codes.map((c) => c.name));
    expect(schema["x-enum-descriptions"]).toEqual(family.codes.map((c) => c.derived.summary));
  });

  it("holds the envelope and every documented details shape", () => {
    const schemas = doc().components.schemas;
    for (const name of ["ApiResponse", "ApiSuccess", "ApiFailure", "ErrorBody", "ErrorCode"]) expect(schemas[name], name).toBeDefined();
    for (const code of model.restFamily.codes.filter((c) => c.details)) {
      const { description, required } = code.details!.schema as { description: string; required: string[] };
      expect(schemas[detailsName(code.name)]).toMatchObject({ description, required });
    }
    expect(text).not.toMatch(/#\/\$defs\//);
  });

  it("has one response per HTTP status of the page, whose examples are valid envelopes with the status's codes", () => {
    const ajv = addFormats.default(new Ajv2020.default({ strict: true }));
    for (const keyword of GENERATOR_KEYWORDS) ajv.addKeyword(keyword);
    const envelope = ajv.compile(JSON.parse(readFileSync(join(ROOT, "generated", "schema", "api-response.schema.json"), "utf8")));
    const statuses = model.families.find((f) => f.role === "http-status")!.codes;
    const responses = doc().components.responses;
    expect(Object.keys(responses)).toEqual(statuses.map((s) => s.name));
    let examples = 0;
    for (const status of statuses) {
      const response = responses[status.name];
      expect(response.description, status.name).toContain(model.statusText.get(status.value as number));
      const codes = model.restFamily.codes.filter((c) => c.httpStatus === status.value).map((c) => c.name);
      const shown = Object.keys(response.content?.["application/json"]?.examples ?? {});
      expect(shown, status.name).toEqual(codes);
      for (const name of shown) {
        const value = response.content["application/json"].examples[name].value;
        expect(envelope(value), `${status.name} ${name}`).toBe(true);
        expect(value.error.code).toBe(name);
        examples++;
      }
    }
    expect(examples).toBe(model.restFamily.codes.filter((c) => c.httpStatus !== undefined).length);
    expect(Object.keys(responses.TooManyRequests.headers)).toEqual(expect.arrayContaining(["Retry-After", model.retryPolicy.rateLimit.limitHeader, model.retryPolicy.rateLimit.resetHeader]));
    expect(responses.NoContent.content).toBeUndefined();
  });
});
