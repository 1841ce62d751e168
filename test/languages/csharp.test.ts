// C#, with Mono's mcs and NUnit 2.6 from Debian (no dotnet here). runtime/csharp builds alone, warnings at
// level 4 as errors and XML docs on every public member, and passes its NUnit tests (runtime/csharp/build.sh).
// generated/csharp builds as the .csproj would for netstandard2.0, with the same strictness and no JSON
// library; the harness and the README's examples are compiled against that DLL and run: the harness must
// print the TypeScript reference's vector lines and, for every key of every code, its lookup lines.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.js";
import { reconnectFacts } from "../../scripts/catalog/reconnect-classes.js";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, languageModel, run, toolchain, versionOf, type RunResult } from "./support/toolchains.js";
import { MCS, NEWTONSOFT, NUNIT, expectVerbatimCopies, sources } from "./csharp/mono.js";
import { lookupKeys, lookupLines } from "./typescript/lookups.js";

const available = toolchain("C#", ["mcs", "mono", "nunit-console"], [NUNIT, NEWTONSOFT]);
const GENERATED = join(ROOT, "generated", "csharp");
const RUNTIME = join(ROOT, "runtime", "csharp");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; license: string; languagePackages: { csharp: { packageId: string; namespace: string } } };
const { packageId, namespace } = pkg.languagePackages.csharp;

/** The README's C# blocks, one after the other, in a program that runs them: their using lines (each once) on top. */
function readmeProgram(): string {
  const readme = readFileSync(join(GENERATED, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```csharp\n([\s\S]*?)```/g)];
  if (blocks.length === 0) throw new Error("no csharp block in generated/csharp/README.md");
  const lines = blocks.flatMap((block) => block[1]!.trimEnd().split("\n"));
  const usings = [...new Set(["using System;", "using System.Threading.Tasks;", ...lines.filter((l) => l.startsWith("using "))])];
  return [
    ...usings,
    "",
    "internal static class ReadmeExample",
    "{",
    "    private static async Task Run()",
    "    {",
    ...lines.filter((l) => !l.startsWith("using ")).map((l) => (l ? `        ${l}` : "")),
    "    }",
    "",
    "    internal static void Main()",
    "    {",
    "        Run().GetAwaiter().GetResult();",
    "    }",
    "}",
    "",
  ].join("\n");
}

/** What a compiler or test runner said besides its summary; mcs says nothing when there is nothing to say. */
const said = (result: RunResult) => `${result.stdout}${result.stderr}`.trim();

describe.skipIf(!available)("C#", () => {
  let out = "";
  let exe = "";
  let readmeExe = "";
  let runtimeBuild: RunResult;
  let packageBuild: RunResult;

  beforeAll(() => {
    out = cacheDir("csharp");
    exe = join(out, "harness.exe");
    console.log(`C#: ${versionOf("mcs")}, ${versionOf("mono")}`);
    runtimeBuild = run("bash", [join(RUNTIME, "build.sh"), cacheDir("csharp-runtime")]);
    const dll = join(out, `${packageId}.dll`);
    // As the .csproj builds it, XML docs on every public member (quicktype's files say they have none).
    packageBuild = run("mcs", [...MCS, `-doc:${join(out, `${packageId}.xml`)}`, "-target:library", `-out:${dll}`, ...sources(GENERATED)]);
    run("mcs", [...MCS, "-target:exe", `-out:${exe}`, `-r:${dll}`, join(ROOT, "test", "languages", "csharp", "Harness.cs")]);
    const example = join(out, "ReadmeExample.cs");
    readmeExe = join(out, "readme.exe");
    writeFileSync(example, readmeProgram());
    run("mcs", [...MCS, "-target:exe", `-out:${readmeExe}`, `-r:${dll}`, example]);
  }, TOOLCHAIN_TIMEOUT);

  it("builds runtime/csharp alone with no warning, and its unit tests pass", () => {
    const summary = /^Tests run: (\d+), Errors: (\d+), Failures: (\d+), Inconclusive: (\d+)/m.exec(runtimeBuild.stdout);
    expect(summary, runtimeBuild.stdout).not.toBeNull();
    const [, total, errors, failures, inconclusive] = summary!.map(Number);
    console.log(`C# runtime: ${total} NUnit tests`);
    expect(total).toBeGreaterThan(0);
    expect([errors, failures, inconclusive]).toEqual([0, 0, 0]);
    expect(runtimeBuild.stdout).toMatch(/Not run: 0, Invalid: 0, Ignored: 0, Skipped: 0/);
    expect(runtimeBuild.stdout + runtimeBuild.stderr).not.toMatch(/warning/i);
  });

  it("builds generated/csharp with no warning", () => {
    expect(said(packageBuild)).toBe("");
  });

  it("copies the runtime's sources verbatim under a header naming them, with no generated-code marker", () => {
    const copies = expectVerbatimCopies(join(RUNTIME, "src"), GENERATED);
    for (const file of [...sources(RUNTIME), ...copies]) expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/auto-generated|do not edit/i);
  });

  it("spells the decision's words as the policy does", () => {
    const policy = runtimePolicy(languageModel());
    const [strategies, reasons, bases] = run("mono", [exe, "--words"])
      .stdout.trim()
      .split("\n")
      .map((l) => l.split(" ").sort());
    expect(strategies).toEqual([...policy.strategies].sort());
    expect(reasons).toEqual([...policy.failReasons].sort());
    expect(bases).toEqual([...policy.retryBases].sort());
  });

  it("has an SDK-style netstandard2.0 project with the package's own coordinates and no package dependency", () => {
    const csproj = readFileSync(join(GENERATED, `${packageId}.csproj`), "utf8");
    expect(csproj).not.toContain("<PackageReference");
    for (const file of sources(GENERATED)) expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/Newtonsoft|System\.Text\.Json/);
    expect(csproj).toContain('<Project Sdk="Microsoft.NET.Sdk">');
    expect(csproj).toContain("<TargetFramework>netstandard2.0</TargetFramework>");
    expect(csproj).toContain(`<Version>${pkg.version}</Version>`);
    expect(csproj).toContain(`<RootNamespace>${namespace}</RootNamespace>`);
    expect(csproj).toContain(`<PackageLicenseExpression>${pkg.license}</PackageLicenseExpression>`);
  });

  it(
    "decodes every vector and decides every case as the TypeScript reference does",
    () => {
      // mono finds the library beside the exe.
      expectSameLines(run("mono", [exe, ROOT]).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "looks up every key of every code as TypeScript's describe and retryAdvice do",
    () => {
      const keys = join(out, "lookup-keys.json");
      writeFileSync(keys, JSON.stringify(lookupKeys(ROOT)));
      const lines = run("mono", [exe, "--lookups", keys]).stdout.trimEnd().split("\n");
      const expected = lookupLines(ROOT);
      expect(lines.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(lines[i], `line ${i + 1}`).toBe(expected[i]);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "decides every reconnect vector as test/vectors/reconnect.json expects",
    () => {
      const { cases } = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "reconnect.json"), "utf8")) as { cases: Array<{ id: string; expected: string }> };
      const lines = run("mono", [exe, "--reconnect", ROOT]).stdout.trimEnd().split("\n");
      expect(cases.length).toBeGreaterThan(0);
      expect(lines.length).toBe(cases.length);
      for (const [i, c] of cases.entries()) expect(lines[i], c.id).toBe(`reconnect ${c.id} -> ${c.expected}`);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "runs the README's examples: a lookup, a decision with its TimeSpan, a reconnect, typed details and an unknown code",
    () => {
      const model = languageModel();
      const { code: event } = model.examples.sdkEvent;
      const output = run("mono", [readmeExe]).stdout;
      expect(output).toContain(`${event.name} by value`);
      expect(output).toContain(event.description);
      expect(output).toMatch(/^True$/m);
      expect(output).toMatch(/^(retry after \d\d:\d\d:\d\d(\.\d+)?, set by [a-z-]+|refresh the token, then send once more)$/m);
      expect(output).toMatch(/^access 2026-02-08T11:30:00\.0000000\+00:00$/m);
      expect(output).toContain("False ACCOUNT_FROZEN");
      const facts = reconnectFacts(model);
      if (facts) {
        const immediate = facts.families.some((f) => f.codes.some((c) => c.class === "reconnect-now"));
        expect(output).toMatch(immediate ? /^reconnect 0 immediate$/m : /^reconnect \d+ backoff$/m);
      }
    },
    TOOLCHAIN_TIMEOUT,
  );
});

// Issue 23, item 2: catalog text that ends a /// line (U+2028, U+0085, CR), breaks XML docs (controls, markup,
// a lone surrogate) or would close another language's comment must still give a package that compiles with
// warnings as errors.
describe.skipIf(!available)("C# with hostile catalog text", () => {
  const root = mkdtempSync(join(tmpdir(), "vec-csharp-hostile-"));
  // What closes or opens a comment in some language, ends a line in C#, or XML cannot hold; a JSON string is YAML.
  const HOSTILE = JSON.stringify('Hostile: """ */ /* \\u002a/ </summary> <!-- & " \\ \u2028 after U+2028 \u0085 after NEL \r after CR \u0001 \u202e \u2066 #pragma warning disable');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    "escapes every text it embeds, so that the package still compiles with no warning",
    async () => {
      cpSync(join(ROOT, "catalog"), join(root, "catalog"), { recursive: true });
      appendFileSync(
        join(root, "catalog", "operational-error.yaml"),
        `\n  - name: HostileText\n    value: 9101\n    group: wireguard-personal-bridge\n    description: ${HOSTILE}\n    retry:\n      strategy: backoff\n      basis: inferred\n      note: ${HOSTILE}\n    stability: experimental\n    deprecated:\n      reason: obsoleted\n      note: ${HOSTILE}\n`,
      );
      const errors: string[] = [];
      const status = await build({ catalogDir: join(root, "catalog"), outDir: join(root, "generated"), check: false, log: () => {}, error: (l) => errors.push(l) });
      expect(errors).toEqual([]);
      expect(status).toBe(0);
      const dir = join(root, "generated", "csharp");
      expect(readFileSync(join(dir, "OperationalError.cs"), "utf8")).toContain("HostileText = 9101,");
      const result = run("mcs", [...MCS, `-doc:${join(root, "hostile.xml")}`, "-target:library", `-out:${join(root, "hostile.dll")}`, ...sources(dir)]);
      expect(said(result)).toBe("");
    },
    TOOLCHAIN_TIMEOUT,
  );
});
