// One YAML edit reaches every language: a code appended to a temp copy of catalog/ shows up in every
// language's output after a rebuild, and the Go and Python output built from it work.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.js";
import { ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, languageModel, run, toolchain } from "./support/toolchains.js";

// Deprecated, so that the deprecation paths of every emitter are exercised too.
const NEW_CODE = `
  - name: TunnelRebuilt
    value: 9100
    group: wireguard-personal-bridge
    description: Added by the language emitters' test to prove that one YAML edit reaches every language.
    retry:
      strategy: backoff
      basis: inferred
      note: The test code is retryable, so that the flag is visible in every language.
    stability: experimental
    deprecated:
      reason: obsoleted
      note: The test code never occurs.
`;

/** Where each language declares the new member, and how. */
const DECLARATIONS: Record<string, [string, string]> = {
  python: ["python/vpn_error_codes/operational_error.py", "    TUNNEL_REBUILT = 9100\n"],
  go: ["go/operationalerror/operationalerror.go", "\tTunnelRebuilt Code = 9100\n"],
  rust: ["rust/src/operational_error.rs", "    TunnelRebuilt = 9100,\n"],
  // Kotlin code uses the Java package's enums.
  java: [`java/src/main/java/${languageModel().package.languages.java.package.replace(/\./g, "/")}/OperationalError.java`, '    TUNNEL_REBUILT(9100,\n            CodeFacts.of("TunnelRebuilt", '],
  csharp: ["csharp/OperationalError.cs", "        TunnelRebuilt = 9100,\n"],
};

describe("adding a code to catalog/operational-error.yaml", () => {
  const root = mkdtempSync(join(tmpdir(), "vec-add-code-"));
  const outDir = join(root, "generated");

  beforeAll(async () => {
    cpSync(join(ROOT, "catalog"), join(root, "catalog"), { recursive: true });
    appendFileSync(join(root, "catalog", "operational-error.yaml"), NEW_CODE);
    const errors: string[] = [];
    const status = await build({ catalogDir: join(root, "catalog"), outDir, check: false, log: () => {}, error: (l) => errors.push(l) });
    expect(errors).toEqual([]);
    expect(status).toBe(0);
  }, TOOLCHAIN_TIMEOUT);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(Object.entries(DECLARATIONS))("declares the new member in %s, with no other edit", (_language, [path, declaration]) => {
    const source = readFileSync(join(outDir, path), "utf8");
    expect(source).toContain(declaration);
    expect(readFileSync(join(ROOT, "generated", path), "utf8")).not.toContain("TunnelRebuilt");
  });

  it.skipIf(!toolchain("Go", ["go"]))(
    "compiles in Go, where the new code is known, retryable and parses",
    () => {
      const goDir = join(outDir, "go");
      run("go", ["vet", "./..."], { cwd: goDir });
      const program = join(root, "check");
      mkdirSync(program);
      const harnessModule = readFileSync(join(ROOT, "test", "languages", "go", "go.mod"), "utf8");
      writeFileSync(join(program, "go.mod"), harnessModule.replace("../../../generated/go", goDir));
      writeFileSync(
        join(program, "main.go"),
        [
          "package main",
          "",
          `import (\n\t"fmt"\n\n\t"${languageModel().package.languages.go.module}/operationalerror"\n)`,
          "",
          "func main() {",
          '\tparsed, err := operationalerror.Parse("TunnelRebuilt")',
          "\tcode := operationalerror.Code(9100)",
          "\tfmt.Println(code, code.Known(), code.Retryable(), parsed == code, err)",
          "}",
          "",
        ].join("\n"),
      );
      expect(run("go", ["run", "."], { cwd: program }).stdout).toBe("TunnelRebuilt true true true <nil>\n");
    },
    TOOLCHAIN_TIMEOUT,
  );

  it.skipIf(!toolchain("C#", ["mcs"]))(
    "compiles in C#, its deprecation warning confined to users",
    () => {
      const dir = join(outDir, "csharp");
      // Every source, as the package's own test compiles them: a file list here would miss a file the emitter adds.
      const sources = readdirSync(dir)
        .filter((f) => f.endsWith(".cs"))
        .sort()
        .map((f) => join(dir, f));
      run("mcs", [
        "-langversion:6",
        "-warnaserror",
        "-nologo",
        "-nowarn:1591",
        "-r:System.Numerics.dll",
        "-r:System.Net.Http.dll",
        "-target:library",
        `-out:${join(root, "vpn-error-codes.dll")}`,
        ...sources,
      ]);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it.skipIf(!toolchain("Python", ["python3"]))(
    "imports in Python, where the new code is known and retryable",
    () => {
      const result = spawnSync("python3", ["-c", "from vpn_error_codes import OperationalError as E; m = E.from_code(9100); print(m.identifier, m.retryable, E.parse('TunnelRebuilt') is m)"], {
        env: { ...TOOL_ENV, PYTHONPATH: join(outDir, "python") },
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe("TunnelRebuilt True True\n");
    },
    TOOLCHAIN_TIMEOUT,
  );
});
