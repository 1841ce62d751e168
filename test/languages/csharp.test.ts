// generated/csharp as a library: Mono's mcs compiles its sources as C# 6 into a DLL (warnings and malformed
// XML docs as errors) against Debian's Json.NET, as the .csproj would for netstandard2.0; the harness and the
// README's example are compiled against that DLL, and the harness must print the TypeScript reference's lines.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

/** Debian's libnewtonsoft-json5.0-cil (Json.NET 6.0.8), which .ci/setup-toolchains installs. */
const JSON_NET = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";
const available = toolchain("C#", ["mcs", "mono"], [JSON_NET]);
const GENERATED = join(ROOT, "generated", "csharp");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; license: string; languagePackages: { csharp: { packageId: string; namespace: string } } };
const { packageId, namespace } = pkg.languagePackages.csharp;

const MCS = ["-langversion:6", "-warnaserror", "-nologo", `-r:${JSON_NET}`, "-r:System.Runtime.Serialization.dll"];

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

describe.skipIf(!available)("C#", () => {
  let out = "";
  let exe = "";

  beforeAll(() => {
    out = cacheDir("csharp");
    exe = join(out, "harness.exe");
    console.log(`C#: ${versionOf("mcs")}, ${versionOf("mono")}`);
    const sources = readdirSync(GENERATED).filter((f) => f.endsWith(".cs")).sort().map((f) => join(GENERATED, f));
    const dll = join(out, `${packageId}.dll`);
    // Generated members without docs (quicktype's converters) are fine; malformed docs are not.
    run("mcs", [...MCS, "-nowarn:1591", `-doc:${join(out, `${packageId}.xml`)}`, "-target:library", `-out:${dll}`, ...sources]);
    const example = join(out, "ReadmeExample.cs");
    writeFileSync(example, readmeExample());
    run("mcs", [...MCS, "-target:exe", `-out:${exe}`, `-r:${dll}`, join(ROOT, "test", "languages", "csharp", "Harness.cs"), example]);
  }, TOOLCHAIN_TIMEOUT);

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
