import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { SIZE_CASES, bundle } from "../support/bundle.js";
import { installPackedPackage } from "../support/packed.js";

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let dir: string;

beforeAll(() => {
  dir = installPackedPackage().dir;
}, 120_000);

describe("the packed package, installed in a project with no access to this repo", () => {
  const expected = JSON.parse(readFileSync(join(ROOT, "test", "consumers", "expected.json"), "utf8")) as Record<string, string[]>;

  it.each(Object.keys(expected))(
    "%s consumer compiles under strict, isolatedModules and verbatimModuleSyntax, and runs",
    (name) => {
      const project = join(dir, name);
      cpSync(join(ROOT, "test", "consumers", name), project, { recursive: true });
      execFileSync(process.execPath, [TSC, "-p", project], { encoding: "utf8" });
      const output = execFileSync(process.execPath, [join(project, "out", "main.js")], { cwd: project, encoding: "utf8" });
      expect(output.trim().split("\n")).toEqual(expected[name]);
    },
    60_000,
  );

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

  it("serves catalog.json, the JSON Schemas and the OpenAPI document through the exports map, from real ESM and CJS", () => {
    writeFileSync(
      join(dir, "check.mjs"),
      `import catalog from "vpn-error-codes/catalog.json" with { type: "json" };
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const schema = require("vpn-error-codes/schema/api-response.schema.json");
const codegen = require("vpn-error-codes/schema/api-response.codegen.schema.json");
const { readFileSync } = await import("node:fs");
const openapi = readFileSync(require.resolve("vpn-error-codes/openapi/errors.yaml"), "utf8");
console.log(catalog.families.map((f) => f.name + ":" + f.codes.length).join(" "), schema.$id, codegen.$id, openapi.split("\\n").includes("openapi: 3.1.0"));`,
    );
    writeFileSync(join(dir, "check.cjs"), `const { OperationalError, describe } = require("vpn-error-codes"); console.log(OperationalError.TrafficLeak, describe(8199)[0].entry.name);`);
    const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as { families: Array<{ name: string; codes: unknown[] }> };
    expect(execFileSync(process.execPath, [join(dir, "check.mjs")], { cwd: dir, encoding: "utf8" }).trim()).toBe(
      `${catalog.families.map((f) => `${f.name}:${f.codes.length}`).join(" ")} urn:vpn-error-codes:schema:api-response urn:vpn-error-codes:schema:api-response.codegen true`,
    );
    expect(execFileSync(process.execPath, [join(dir, "check.cjs")], { cwd: dir, encoding: "utf8" }).trim()).toBe("8199 TrafficLeak");
  });
});

const bundleFromPackage = (source: string) => bundle(source, dir);

// Budgets, in minified bytes, measured at 2,307 (OperationalError), 515 (HttpStatus) and 4,759
// (isRetryable). A numeric enum compiles to an object with a reverse mapping, so its floor is about
// twice its names; each budget leaves ~5-15% headroom for a few new codes, not for a regression such
// as a description table leaking in (that alone adds ~15 KB). isRetryable carries every key that
// describe() accepts (identifiers, aliases, older wire names, values and their decimal strings: the
// last two made it grow from 3,655) with a strategy index per code, and nothing else.
export const BUDGETS = { operationalErrorEnum: 2_600, httpStatusEnum: 1_024, isRetryable: 5_000 };

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

describe("what the tarball holds", () => {
  const installed = () => join(dir, "node_modules", "vpn-error-codes");

  it("has one export per family, named by the family's stem, and no export for a family that does not exist", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as { families: Array<{ name: string }> };
    const stem = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
    const familySubpaths = Object.keys(pkg.exports).filter((k) => ![".", "./catalog.json", "./schema/*", "./openapi/*", "./package.json"].includes(k));
    expect(familySubpaths.sort()).toEqual(catalog.families.map((f) => `./${stem(f.name)}`).sort());
    for (const subpath of familySubpaths) {
      for (const file of [`dist/${subpath.slice(2)}.js`, `dist/${subpath.slice(2)}.cjs`, `dist/${subpath.slice(2)}.d.ts`, `dist/${subpath.slice(2)}.d.cts`]) {
        expect(existsSync(join(installed(), file)), file).toBe(true);
      }
    }
  });

  it("resolves every relative import of every shipped file inside the tarball", () => {
    const files = listFiles(installed()).filter((f) => /\.(c|m)?(j|t)s$/.test(f));
    const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
    let imports = 0;
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(installed(), file), "utf8");
      for (const [, spec] of text.matchAll(specifier)) {
        imports++;
        const target = join(dirname(join(installed(), file)), spec!);
        // TypeScript sources and declarations name ".js" for a ".ts" or ".d.ts" file beside it.
        const candidates = [target, ...(/\.(ts|d\.ts|d\.cts|cts|mts)$/.test(file) ? [target.replace(/\.(c|m)?js$/, ".$1ts"), target.replace(/\.(c|m)?js$/, ".d.$1ts")] : [])];
        if (!candidates.some((c) => existsSync(c))) missing.push(`${file} imports ${spec}`);
      }
    }
    expect(imports).toBeGreaterThan(files.length / 2);
    expect(missing).toEqual([]);
  });
});

function listFiles(root: string, prefix = ""): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((d) => (d.name === "node_modules" ? [] : d.isDirectory() ? listFiles(root, join(prefix, d.name)) : [join(prefix, d.name)]));
}
