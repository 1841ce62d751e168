// runtime/go as its own module: its unit tests (synthetic policies), gofmt, go vet and staticcheck with no
// finding, and staticcheck on the assembled generated/go as a publisher would run it (go.test.ts vets it
// and runs the vectors). staticcheck is pinned and installed into .cache/go/bin by .ci/install-go.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, languageModel, run, toolchain, versionOf } from "./support/toolchains.js";

const STATICCHECK = join(CACHE, "go", "bin", "staticcheck");
const available = toolchain("Go runtime", ["go", "gofmt"], [STATICCHECK]);
const RUNTIME = join(ROOT, "runtime", "go");
const PACKAGE = join(ROOT, "generated", "go");
const ENV = { ...TOOL_ENV, STATICCHECK_CACHE: join(CACHE, "go", "staticcheck") };

/** Every .go file under dir, as paths relative to it. */
function goFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? goFiles(join(dir, d.name), base) : d.name.endsWith(".go") ? [relative(base, join(dir, d.name)).split("\\").join("/")] : []));
}

const GENERATED_MARKER = /^\/\/ Code generated .* DO NOT EDIT\.$/m;

/** The string constants of a Go type declared in runtime/go/retry, by the type's name. */
function constants(type: string): string[] {
  const declared = new RegExp(`^\\t${type}\\w+\\s+${type}\\s+=\\s+"([^"]*)"$`, "gm");
  return goFiles(join(RUNTIME, "retry"))
    .filter((f) => !f.endsWith("_test.go"))
    .flatMap((f) => [...readFileSync(join(RUNTIME, "retry", f), "utf8").matchAll(declared)].map((m) => m[1]!));
}

const moduleLine = (text: string) => /^module (\S+)$/m.exec(text)?.[1];
const goLine = (text: string) => /^go (\S+)$/m.exec(text)?.[1];

describe.skipIf(!available)("Go runtime (runtime/go)", () => {
  beforeAll(() => {
    cacheDir("go", "staticcheck");
    console.log(`Go runtime: ${versionOf("go", ["version"])}; ${versionOf(STATICCHECK, ["-version"])}`);
  });

  it("is a module of the published path and Go version, so that its files are copied with their imports unchanged", () => {
    const runtimeMod = readFileSync(join(RUNTIME, "go.mod"), "utf8");
    const generatedMod = readFileSync(join(PACKAGE, "go.mod"), "utf8");
    expect(moduleLine(runtimeMod)).toBe(languageModel().package.languages.go.module);
    expect(goLine(runtimeMod)).toBe(goLine(generatedMod));
  });

  it("declares exactly the decision's words that the policy lists: strategies, fail reasons and retry bases", () => {
    const policy = runtimePolicy(languageModel());
    expect(constants("Strategy").sort()).toEqual([...policy.strategies].sort());
    expect(constants("Reason").sort()).toEqual([...policy.failReasons].sort());
    expect(constants("Basis").sort()).toEqual([...policy.retryBases].sort());
  });

  it("is copied into generated/go without a generated-code marker, beside rendered data files that carry one", () => {
    // Copied: the sources and the examples pkg.go.dev shows; the unit tests stay in runtime/go.
    const sources = goFiles(RUNTIME).filter((f) => !f.endsWith("_test.go") || f.endsWith("_example_test.go"));
    for (const file of goFiles(RUNTIME)) expect(readFileSync(join(RUNTIME, file), "utf8"), file).not.toMatch(GENERATED_MARKER);
    for (const file of goFiles(PACKAGE)) {
      const text = readFileSync(join(PACKAGE, file), "utf8");
      if (sources.includes(file)) {
        expect(text.split("\n")[0], file).toBe(`// Copied from runtime/go/${file} by npm run build: edit that file, not this copy.`);
        expect(text, file).not.toMatch(GENERATED_MARKER);
      } else {
        expect(text.split("\n")[0], file).toMatch(GENERATED_MARKER);
      }
    }
    expect(sources.length).toBeGreaterThan(0);
  });

  it(
    "is formatted as gofmt formats it",
    () => {
      expect(run("gofmt", ["-l", RUNTIME], { env: ENV }).stdout).toBe("");
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes go vet and staticcheck with no finding",
    () => {
      expect(run("go", ["vet", "./..."], { cwd: RUNTIME, env: ENV }).stderr).toBe("");
      expect(run(STATICCHECK, ["./..."], { cwd: RUNTIME, env: ENV }).stdout).toBe("");
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes its unit tests",
    () => {
      const { stdout } = run("go", ["test", "-v", "./..."], { cwd: RUNTIME, env: ENV });
      const passed = stdout.match(/^--- PASS: /gm) ?? [];
      expect(stdout).not.toMatch(/^\s*--- FAIL/m);
      expect(stdout.match(/^ok\s/gm)).toHaveLength(
        new Set(
          goFiles(RUNTIME)
            .filter((f) => f.endsWith("_test.go"))
            .map((f) => f.split("/")[0]),
        ).size,
      );
      console.log(`Go runtime: ${passed.length} tests passed`);
      expect(passed.length).toBeGreaterThan(0);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "leaves staticcheck no finding in the assembled generated/go",
    () => {
      expect(run(STATICCHECK, ["./..."], { cwd: PACKAGE, env: ENV }).stdout).toBe("");
    },
    TOOLCHAIN_TIMEOUT,
  );
});
