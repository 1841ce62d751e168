import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/fixtures.js";
import { SIZE_CASES, bundle } from "./support/bundle.js";
import { installPackedPackage } from "./support/packed.js";

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let dir: string;

beforeAll(() => {
  dir = installPackedPackage().dir;
}, 120_000);

describe("the packed package, installed in a project with no access to this repo", () => {
  const expected = JSON.parse(readFileSync(join(ROOT, "test", "consumers", "expected.json"), "utf8")) as Record<string, string[]>;

  it.each(Object.keys(expected))("%s consumer compiles under strict, isolatedModules and verbatimModuleSyntax, and runs", (name) => {
    const project = join(dir, name);
    cpSync(join(ROOT, "test", "consumers", name), project, { recursive: true });
    execFileSync(process.execPath, [TSC, "-p", project], { encoding: "utf8" });
    const output = execFileSync(process.execPath, [join(project, "out", "main.js")], { cwd: project, encoding: "utf8" });
    expect(output.trim().split("\n")).toEqual(expected[name]);
  }, 60_000);

  it("parses envelopes with the precompiled validator from real ESM and real CJS files (ajv#2209)", () => {
    const envelope = JSON.stringify(readFileSync(join(ROOT, "test", "vectors", "envelopes", "device-limit-reached.json"), "utf8"));
    const body = `const r = parseApiResponse({ status: 409, body: ${envelope} });
const bad = parseApiResponse({ status: 502, body: "<html>Bad Gateway</html>" });
console.log(r.kind, r.code, r.entry.retryable, bad.kind, bad.reason);`;
    writeFileSync(join(dir, "parse.mjs"), `import { parseApiResponse } from "vpn-error-codes";\n${body}`);
    writeFileSync(join(dir, "parse.cjs"), `const { parseApiResponse } = require("vpn-error-codes");\n${body}`);
    for (const file of ["parse.mjs", "parse.cjs"]) {
      const output = execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: "utf8" });
      expect(output.trim(), file).toBe("api-error DEVICE_LIMIT_REACHED false invalid-response not-json");
    }
    // No require() may survive in the ESM build: in a real ES module it is a ReferenceError.
    const esm = readdirSync(join(dir, "node_modules", "vpn-error-codes", "dist")).filter((f) => f.endsWith(".js"));
    for (const file of esm) expect(readFileSync(join(dir, "node_modules", "vpn-error-codes", "dist", file), "utf8"), file).not.toMatch(/\brequire\(/);
  });

  it("serves catalog.json and the JSON Schemas through the exports map, from real ESM and CJS", () => {
    writeFileSync(
      join(dir, "check.mjs"),
      `import catalog from "vpn-error-codes/catalog.json" with { type: "json" };
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const schema = require("vpn-error-codes/schema/api-response.schema.json");
console.log(catalog.families.map((f) => f.name + ":" + f.codes.length).join(" "), schema.$id);`,
    );
    writeFileSync(join(dir, "check.cjs"), `const { OperationalError, describe } = require("vpn-error-codes"); console.log(OperationalError.TrafficLeak, describe(8199)[0].entry.name);`);
    expect(execFileSync(process.execPath, [join(dir, "check.mjs")], { cwd: dir, encoding: "utf8" }).trim()).toBe(
      "HttpStatus:13 OperationalError:46 ResponseResult:38 RestErrorCode:23 urn:vpn-error-codes:schema:api-response",
    );
    expect(execFileSync(process.execPath, [join(dir, "check.cjs")], { cwd: dir, encoding: "utf8" }).trim()).toBe("8199 TrafficLeak");
  });
});

const bundleFromPackage = (source: string) => bundle(source, dir);

// Budgets, in minified bytes, measured at 2,307 (OperationalError), 515 (HttpStatus) and 3,655
// (isRetryable). A numeric enum compiles to an object with a reverse mapping, so its floor is about
// twice its names; each budget leaves ~12-15% headroom for a few new codes, not for a regression such
// as a description table leaking in (that alone adds ~15 KB). isRetryable carries every name and
// integer value with a strategy index and nothing else.
export const BUDGETS = { operationalErrorEnum: 2_600, httpStatusEnum: 1_024, isRetryable: 4_200 };

describe("size budgets with a real bundler (esbuild)", () => {
  it("importing only OperationalError bundles no description text and no other family", async () => {
    const { text, bytes } = await bundleFromPackage(SIZE_CASES["one enum (OperationalError)"]);
    expect(text).toContain("TrafficLeak");
    expect(text).not.toMatch(/leaking|Occurs when|The page/i);
    expect(text).not.toMatch(/TOKEN_EXPIRED|UnAuthorized|TooManyRequests|lookupTable/);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.operationalErrorEnum);
  });

  it("importing only HttpStatus stays under 1 KB", async () => {
    const { text, bytes } = await bundleFromPackage(SIZE_CASES["one enum (HttpStatus)"]);
    expect(text).not.toMatch(/TrafficLeak|Too Many Requests/);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.httpStatusEnum);
  });

  it("importing only isRetryable bundles no description text", async () => {
    const { text, bytes } = await bundleFromPackage(SIZE_CASES["isRetryable alone"]);
    expect(text).not.toMatch(/leaking|Occurs when|documented|inferred/i);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.isRetryable);
  });
});
