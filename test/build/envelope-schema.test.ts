import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { validEnvelopeFiles } from "../support/envelope-vectors.js";
import { GENERATOR_KEYWORDS } from "../../scripts/emit/json-schema.js";

const VECTORS = join(ROOT, "test", "vectors", "envelopes");
const schema = JSON.parse(readFileSync(join(ROOT, "generated", "schema", "api-response.schema.json"), "utf8"));
const ajv = addFormats.default(new Ajv2020.default({ strict: true, allErrors: true }));
for (const keyword of GENERATOR_KEYWORDS) ajv.addKeyword(keyword);
const validate = ajv.compile(schema);

const vector = (name: string) => JSON.parse(readFileSync(join(VECTORS, `${name}.json`), "utf8"));

// biome-ignore lint/suspicious/noExplicitAny: a mutation reaches into any part of a parsed vector, to break it.
type Mutation = [string, (doc: any) => void];
const COMMON_ERROR_MUTATIONS: Mutation[] = [
  ["success as a string", (d) => (d.success = "false")],
  ["success true with an error", (d) => (d.success = true)],
  ["no error", (d) => delete d.error],
  ["no code", (d) => delete d.error.code],
  ["numeric code", (d) => (d.error.code = 401)],
  ["lower-case code", (d) => (d.error.code = d.error.code.toLowerCase())],
  ["no message", (d) => delete d.error.message],
  ["numeric message", (d) => (d.error.message = 7)],
  ["details as a string", (d) => (d.error.details = "oops")],
];
const DETAILS_MUTATIONS: Record<string, Mutation[]> = {
  "validation-error": [["no field", (d) => delete d.error.details.field]],
  "token-expired": [["expiredAt not a date-time", (d) => (d.error.details.expiredAt = "yesterday")]],
  "weak-password": [["failedChecks not a list", (d) => (d.error.details.failedChecks = "uppercase")]],
  "device-limit-reached": [
    ["maxDevices as a string", (d) => (d.error.details.maxDevices = "5")],
    ["upgradeUrl not a URI", (d) => (d.error.details.upgradeUrl = "not a url")],
  ],
  "subscription-expired": [["no plan", (d) => delete d.error.details.plan]],
};

describe("the page's example envelopes against generated/schema/api-response.schema.json", () => {
  const names = validEnvelopeFiles(ROOT).map((f) => f.replace(/\.json$/, ""));

  it("include the success example and the five error examples of the page", () => {
    for (const n of ["success", ...Object.keys(DETAILS_MUTATIONS)]) expect(names).toContain(n);
  });

  it.each(names)("%s validates", (name) => {
    expect(validate(vector(name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("a code the catalog does not know still validates as an error (forward compatibility)", () => {
    expect(vector("unknown-code").error.code).toBe("ACCOUNT_FROZEN");
    expect(validate(vector("unknown-code"))).toBe(true);
  });

  it("mutated success envelopes fail", () => {
    for (const [what, mutate] of [
      ["no data", (d) => delete d.data],
      ["success as a string", (d) => (d.success = "true")],
      ["success false with data only", (d) => (d.success = false)],
      ["an array", (d) => Object.setPrototypeOf(d, Array.prototype)],
    ] as Mutation[]) {
      const doc = vector("success");
      mutate(doc);
      expect(validate(what === "an array" ? [doc] : doc), what).toBe(false);
    }
  });

  it.each(Object.keys(DETAILS_MUTATIONS))("mutated copies of %s fail", (name) => {
    for (const [what, mutate] of [...COMMON_ERROR_MUTATIONS, ...DETAILS_MUTATIONS[name]!]) {
      const doc = vector(name);
      mutate(doc);
      expect(validate(doc), `${name}: ${what}`).toBe(false);
    }
  });
});
