// What both C# test files build with: Mono's mcs as runtime/csharp/build.sh runs it, Debian's NUnit and
// Json.NET, and the .cs files of a folder.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect } from "vitest";
import { copiedHeader } from "../../../scripts/emit/runtime-sources.js";
import { ROOT } from "../support/toolchains.js";

/** Debian's libnunit-cil-dev (NUnit 2.6.4), which .ci/install-csharp installs with Mono. */
export const NUNIT = "/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll";

/** Debian's libnewtonsoft-json5.0-cil (Json.NET 6.0.8, the oldest the adapter supports), which .ci/install-csharp installs. */
export const NEWTONSOFT = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";

/** What runtime/csharp/build.sh passes too: C# 6, every warning of level 4, each one an error, and the framework assemblies netstandard2.0 has. */
export const MCS = ["-langversion:6", "-warn:4", "-warnaserror", "-nologo", "-r:System.Numerics.dll", "-r:System.Net.Http.dll"];

/** Every .cs file under `dir`, sorted: a file list here would miss a file the emitter adds. */
export function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return name.endsWith(".cs") ? [path] : [];
    });
}

/** The files of `generated` copied from `runtime`: every source, each verbatim under the header naming it. */
export function expectVerbatimCopies(runtime: string, generated: string): string[] {
  const runtimeSources = sources(runtime);
  const copies = sources(generated).filter((p) => readFileSync(p, "utf8").startsWith("// Copied from "));
  expect(copies.map((p) => relative(generated, p))).toEqual(runtimeSources.map((p) => relative(runtime, p)));
  for (const source of runtimeSources) {
    const from = relative(join(ROOT, "runtime"), source).split("\\").join("/");
    const copy = readFileSync(join(generated, relative(runtime, source)), "utf8");
    expect(copy, relative(ROOT, source)).toBe(`${copiedHeader("// ", `runtime/${from}`)}\n${readFileSync(source, "utf8")}`);
  }
  return copies;
}
