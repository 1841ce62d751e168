// What both C# test files build with: Mono's mcs as runtime/csharp/build.sh runs it, Debian's NUnit and
// Json.NET, and the .cs files of a folder.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

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
