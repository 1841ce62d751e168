// C#, with Mono's mcs and NUnit 2.6 from Debian (no dotnet here). runtime/csharp builds alone, warnings at
// level 4 as errors and XML docs on every public member, and passes its NUnit tests (runtime/csharp/build.sh).
// generated/csharp builds as the .csproj would for netstandard2.0, with the same strictness; the harness and
// the README's example are compiled against that DLL, and the harness must print the TypeScript
// reference's lines.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { copiedHeader } from "../../scripts/emit/runtime-sources.js";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, languageModel, run, toolchain, versionOf, type RunResult } from "./support/toolchains.js";

/** Debian's libnewtonsoft-json5.0-cil (Json.NET 6.0.8) and libnunit-cil-dev (NUnit 2.6.4), which .ci/install-csharp installs. */
const JSON_NET = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";
const NUNIT = "/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll";
const available = toolchain("C#", ["mcs", "mono", "nunit-console"], [JSON_NET, NUNIT]);
const GENERATED = join(ROOT, "generated", "csharp");
const RUNTIME = join(ROOT, "runtime", "csharp");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; license: string; languagePackages: { csharp: { packageId: string; namespace: string } } };
const { packageId, namespace } = pkg.languagePackages.csharp;

/** What runtime/csharp/build.sh passes too: C# 6, every warning of level 4, each one an error. */
const MCS = ["-langversion:6", "-warn:4", "-warnaserror", "-nologo", `-r:${JSON_NET}`];

/** Every .cs file under `dir`, sorted: a file list here would miss a file the emitter adds. */
function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return name.endsWith(".cs") ? [path] : [];
    });
}

/** The README's C# block inside an async method whose parameters are what its comments say the caller has. */
function readmeExample(): string {
  const readme = readFileSync(join(GENERATED, "README.md"), "utf8");
  const block = /```csharp\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("no csharp block in generated/csharp/README.md");
  const lines = block[1]!.trimEnd().split("\n");
  return [
    "using System;",
    "using System.Collections.Generic;",
    "using System.Threading.Tasks;",
    ...lines.filter((l) => l.startsWith("using ")),
    "",
    "internal static class ReadmeExample",
    "{",
    "    internal static async Task Run(int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string body, int attempt, bool tokenRefreshed, Random random)",
    "    {",
    ...lines.filter((l) => !l.startsWith("using ")).map((l) => (l ? `        ${l}` : "")),
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
  let runtimeBuild: RunResult;
  let packageBuild: RunResult;

  beforeAll(() => {
    out = cacheDir("csharp");
    exe = join(out, "harness.exe");
    console.log(`C#: ${versionOf("mcs")}, ${versionOf("mono")}`);
    runtimeBuild = run("bash", [join(RUNTIME, "build.sh"), cacheDir("csharp-runtime")]);
    const dll = join(out, `${packageId}.dll`);
    // As the .csproj builds it, XML docs on every public member (quicktype's files say they have none).
    packageBuild = run("mcs", [...MCS, "-r:System.Runtime.Serialization.dll", `-doc:${join(out, `${packageId}.xml`)}`, "-target:library", `-out:${dll}`, ...sources(GENERATED)]);
    const example = join(out, "ReadmeExample.cs");
    writeFileSync(example, readmeExample());
    run("mcs", [...MCS, "-target:exe", `-out:${exe}`, `-r:${dll}`, join(ROOT, "test", "languages", "csharp", "Harness.cs"), example]);
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
    const runtimeSources = sources(join(RUNTIME, "src"));
    const copies = sources(GENERATED).filter((p) => readFileSync(p, "utf8").startsWith("// Copied from "));
    expect(copies.map((p) => relative(GENERATED, p))).toEqual(runtimeSources.map((p) => relative(join(RUNTIME, "src"), p)));
    for (const source of runtimeSources) {
      const from = relative(join(ROOT, "runtime"), source).split("\\").join("/");
      const copy = readFileSync(join(GENERATED, relative(join(RUNTIME, "src"), source)), "utf8");
      expect(copy).toBe(`${copiedHeader("// ", `runtime/${from}`)}\n${readFileSync(source, "utf8")}`);
    }
    for (const file of [...sources(RUNTIME), ...copies]) expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/auto-generated|do not edit/i);
  });

  it("spells the decision's words as the policy does", () => {
    const policy = runtimePolicy(languageModel());
    const [strategies, reasons, bases] = run("mono", [exe, "--words"]).stdout.trim().split("\n").map((l) => l.split(" ").sort());
    expect(strategies).toEqual([...policy.strategies].sort());
    expect(reasons).toEqual([...policy.failReasons].sort());
    expect(bases).toEqual([...policy.retryBases].sort());
  });

  it("has an SDK-style netstandard2.0 project with the package's own coordinates", () => {
    const csproj = readFileSync(join(GENERATED, `${packageId}.csproj`), "utf8");
    expect(csproj).toContain('<Project Sdk="Microsoft.NET.Sdk">');
    expect(csproj).toContain("<TargetFramework>netstandard2.0</TargetFramework>");
    expect(csproj).toContain(`<Version>${pkg.version}</Version>`);
    expect(csproj).toContain(`<RootNamespace>${namespace}</RootNamespace>`);
    expect(csproj).toContain(`<PackageLicenseExpression>${pkg.license}</PackageLicenseExpression>`);
  });

  it("decodes every vector and decides every case as the TypeScript reference does", () => {
    // mono finds Json.NET in the GAC, where the Debian package registers it, and the library beside the exe.
    expectSameLines(run("mono", [exe, ROOT]).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
