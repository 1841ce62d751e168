// generated/csharp: compiled with Mono's mcs as C# 6, warnings and malformed XML docs as errors,
// against Debian's Json.NET, then the harness run on Mono.
import { join } from "node:path";
import { readdirSync } from "node:fs";
import { beforeAll, describe, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

/** Debian's libnewtonsoft-json5.0-cil (Json.NET 6.0.8), which .ci/setup-toolchains installs. */
const JSON_NET = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";
const available = toolchain("C#", ["mcs", "mono"], [JSON_NET]);
const GENERATED = join(ROOT, "generated", "csharp");

describe.skipIf(!available)("C#", () => {
  let exe = "";

  beforeAll(() => {
    const out = cacheDir("csharp");
    exe = join(out, "harness.exe");
    console.log(`C#: ${versionOf("mcs")}, ${versionOf("mono")}`);
    const sources = readdirSync(GENERATED).filter((f) => f.endsWith(".cs")).sort().map((f) => join(GENERATED, f));
    run("mcs", [
      "-langversion:6",
      "-warnaserror",
      // Generated members without docs (quicktype's converters) are fine; malformed docs are not.
      "-nowarn:1591",
      `-doc:${join(out, "harness.xml")}`,
      "-nologo",
      "-target:exe",
      `-out:${exe}`,
      `-r:${JSON_NET}`,
      "-r:System.Runtime.Serialization.dll",
      ...sources,
      join(ROOT, "test", "languages", "csharp", "Harness.cs"),
    ]);
  }, TOOLCHAIN_TIMEOUT);

  it("decodes every vector as the TypeScript reference does", () => {
    // mono finds Json.NET in the GAC, where the Debian package registers it.
    expectSameLines(run("mono", [exe, ROOT]).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
