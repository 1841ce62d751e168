// The Json.NET adapter (generated/csharp-newtonsoft), with Mono's mcs and Debian's Json.NET 6.0.8, the oldest
// it supports (no dotnet here). It builds against the package's DLL with no warning; a harness drives its
// converters with Json.NET: every member of every family round-trips by its wire value and an unknown code is
// kept (cases from the catalog), and every envelope vector with details of a code that has a details class
// reads as the core decoder reads the envelope, or is refused with JsonSerializationException where the core
// refuses it. The README's examples are compiled and run, and print what their comments say.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../scripts/catalog/model.js";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { detailsClass } from "../../scripts/emit/languages/csharp/details.js";
import { newtonsoftCsprojName, newtonsoftId, NEWTONSOFT_VERSION } from "../../scripts/emit/languages/csharp/package.js";
import { csharpMembers } from "../../scripts/emit/languages/csharp/profile.js";
import { MCS, NEWTONSOFT, expectVerbatimCopies, sources } from "./csharp/mono.js";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, languageModel, run, toolchain, versionOf, type RunResult } from "./support/toolchains.js";

const available = toolchain("C# with Json.NET", ["mcs", "mono"], [NEWTONSOFT]);
const CORE = join(ROOT, "generated", "csharp");
const ADAPTER = join(ROOT, "generated", "csharp-newtonsoft");
const RUNTIME = join(ROOT, "runtime", "csharp", "newtonsoft", "src");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; license: string; languagePackages: { csharp: { packageId: string } } };

const said = (result: RunResult) => `${result.stdout}${result.stderr}`.trim();

interface FamilyCases {
  family: string;
  raw: "int" | "string";
  members: Array<{ wire: string }>;
  refused: string[];
}

/** Each family's members by wire value, and what no member is: a code the catalog lacks, and a C# member name that is no wire value. */
function enumCases(model: Model): { cases: FamilyCases[]; expected: string[] } {
  const cases: FamilyCases[] = [];
  const expected: string[] = [];
  for (const family of model.families) {
    const integer = family.valueKind === "integer";
    const members = csharpMembers(family);
    const values = new Set(family.codes.map((c) => String(c.value)));
    const unknown = integer ? Math.max(...family.codes.map((c) => Number(c.value))) + 1 : ["NOT_IN_THIS_CATALOG", "NOT_IN_THIS_CATALOG_2"].find((v) => !values.has(v))!;
    const renamed = members.find((m) => !values.has(m.ident));
    const family_: FamilyCases = { family: family.name, raw: integer ? "int" : "string", members: [], refused: [] };
    for (const m of members) {
      const wire = JSON.stringify(m.code.value);
      family_.members.push({ wire });
      expected.push(`${family.name} ${wire} -> ${m.ident} -> ${wire} | open ${m.ident} -> ${wire}`);
    }
    const unknownWire = JSON.stringify(unknown);
    family_.refused.push(unknownWire);
    expected.push(`${family.name} ${unknownWire} -> refused JsonSerializationException | open known=False raw=${unknown} -> ${unknownWire}`);
    if (renamed) {
      // The member's C# name as JSON: no wire value, in either family kind; an integer family's open code wants a number.
      const wire = JSON.stringify(renamed.ident);
      family_.refused.push(wire);
      expected.push(`${family.name} ${wire} -> refused JsonSerializationException | open ${integer ? "refused JsonSerializationException" : `known=False raw=${renamed.ident} -> ${wire}`}`);
    }
    cases.push(family_);
  }
  return { cases, expected };
}

/** The envelope vectors whose error has details of a code with a details class, and whether the vector is valid. */
function detailsVectors(classes: Record<string, string>): Array<{ file: string; valid: boolean }> {
  const dir = join(ROOT, "test", "vectors", "envelopes");
  const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, "invalid")).map((f) => join(dir, "invalid", f))].filter((f) => !f.endsWith("invalid"));
  const found: Array<{ file: string; valid: boolean }> = [];
  for (const path of files) {
    let body: { error?: { code?: unknown; details?: unknown } } | null;
    try {
      body = JSON.parse(readFileSync(path, "utf8")) as typeof body;
    } catch {
      continue;
    }
    const error = body && typeof body === "object" ? body.error : undefined;
    if (!error || typeof error !== "object" || typeof error.code !== "string" || !(error.code in classes) || !("details" in error)) continue;
    const file = relative(dir, path).split("\\").join("/");
    found.push({ file, valid: !file.startsWith("invalid/") });
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The README's first csharp block (the client's classes) at the top, the second in a program's Main. */
function readmeProgram(readme: string): string {
  const blocks = [...readme.matchAll(/```csharp\n([\s\S]*?)```/g)].map((b) => b[1]!.trimEnd().split("\n"));
  if (blocks.length !== 2) throw new Error(`generated/csharp-newtonsoft/README.md has ${blocks.length} csharp blocks, not the classes and their use`);
  const [classes, use] = blocks as [string[], string[]];
  const usings = [...new Set(["using System;", ...use.filter((l) => l.startsWith("using "))])];
  return [
    ...usings,
    "",
    ...classes,
    "",
    "internal static class ReadmeExample",
    "{",
    "    internal static void Main()",
    "    {",
    ...use.filter((l) => !l.startsWith("using ")).map((l) => (l ? `        ${l}` : "")),
    "    }",
    "}",
    "",
  ].join("\n");
}

describe.skipIf(!available)("C# with Json.NET", () => {
  const model = languageModel();
  const classes = Object.fromEntries(runtimePolicy(model).envelope.details.map((s) => [s.code, detailsClass(s.code)]));
  let out = "";
  let coreBuild: RunResult;
  let adapterBuild: RunResult;
  let harness = "";
  let readmeExe = "";

  beforeAll(() => {
    out = cacheDir("csharp-newtonsoft");
    console.log(`C# with Json.NET: ${versionOf("mcs")}; ${NEWTONSOFT}`);
    const core = join(out, `${pkg.languagePackages.csharp.packageId}.dll`);
    const adapter = join(out, `${newtonsoftId(model)}.dll`);
    coreBuild = run("mcs", [...MCS, `-doc:${join(out, "core.xml")}`, "-target:library", `-out:${core}`, ...sources(CORE)]);
    adapterBuild = run("mcs", [...MCS, `-doc:${join(out, "adapter.xml")}`, "-target:library", `-r:${NEWTONSOFT}`, `-r:${core}`, `-out:${adapter}`, ...sources(ADAPTER)]);
    for (const dll of [core, adapter]) console.log(`C# with Json.NET: ${relative(out, dll)} ${readFileSync(dll).length} bytes`);
    const refs = [`-r:${NEWTONSOFT}`, `-r:${core}`, `-r:${adapter}`];
    harness = join(out, "newtonsoft-harness.exe");
    run("mcs", [...MCS, "-target:exe", ...refs, `-out:${harness}`, join(ROOT, "test", "languages", "csharp", "NewtonsoftHarness.cs")]);
    const example = join(out, "ReadmeExample.cs");
    readmeExe = join(out, "readme.exe");
    writeFileSync(example, readmeProgram(readFileSync(join(ADAPTER, "README.md"), "utf8")));
    run("mcs", [...MCS, "-target:exe", ...refs, `-out:${readmeExe}`, example]);
  }, TOOLCHAIN_TIMEOUT);

  it("builds generated/csharp-newtonsoft against the package and Json.NET 6 with no warning", () => {
    expect(said(coreBuild)).toBe("");
    expect(said(adapterBuild)).toBe("");
  });

  it("copies the adapter's runtime verbatim under a header naming it, beside the catalog's converters", () => {
    const copies = expectVerbatimCopies(RUNTIME, ADAPTER);
    const rendered = sources(ADAPTER).filter((p) => !copies.includes(p));
    const text = rendered.map((p) => readFileSync(p, "utf8")).join("\n");
    for (const family of model.families) expect(text).toContain(`new OpenCodeConverter<${family.name}, ${family.valueKind === "integer" ? "int" : "string"}>(`);
    for (const [code, name] of Object.entries(classes)) expect(text).toContain(`new ErrorDetailsConverter<${name}>(${JSON.stringify(code)}, EnvelopePolicy.Default)`);
  });

  it("has an SDK-style project that depends on the package and on Json.NET 13", () => {
    const csproj = readFileSync(join(ADAPTER, newtonsoftCsprojName(model)), "utf8");
    expect(csproj).toContain("<TargetFramework>netstandard2.0</TargetFramework>");
    expect(csproj).toContain(`<PackageId>${newtonsoftId(model)}</PackageId>`);
    expect(csproj).toContain(`<Version>${pkg.version}</Version>`);
    expect(csproj).toContain(`<PackageLicenseExpression>${pkg.license}</PackageLicenseExpression>`);
    expect(NEWTONSOFT_VERSION).toMatch(/^13\./);
    expect(csproj).toContain(`<PackageReference Include="Newtonsoft.Json" Version="${NEWTONSOFT_VERSION}" />`);
    expect(csproj).toContain(`<ProjectReference Include="../csharp/${pkg.languagePackages.csharp.packageId}.csproj" />`);
    expect(readdirSync(ADAPTER)).toContain("LICENSE");
    for (const file of sources(ADAPTER)) expect(readFileSync(file, "utf8"), relative(ROOT, file)).not.toMatch(/System\.Text\.Json/);
  });

  it(
    "reads and writes every member of every family by its wire value, and keeps a code the catalog does not know",
    () => {
      const { cases, expected } = enumCases(model);
      const path = join(out, "enum-cases.json");
      writeFileSync(path, JSON.stringify(cases));
      const lines = run("mono", [harness, "--enums", path]).stdout.trimEnd().split("\n");
      expect(expected.length).toBeGreaterThan(model.families.length);
      expect(lines.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(lines[i], `line ${i + 1}`).toBe(expected[i]);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "reads every envelope vector's details as the core decoder does, and refuses the invalid ones with JsonSerializationException",
    () => {
      const vectors = detailsVectors(classes);
      const path = join(out, "details-classes.json");
      writeFileSync(path, JSON.stringify(classes));
      const result = run("mono", [harness, "--details", ROOT, path]);
      const lines = result.stdout.trimEnd().split("\n");
      expect(vectors.some((v) => v.valid)).toBe(true);
      expect(vectors.some((v) => !v.valid)).toBe(true);
      expect(lines.length, result.stderr).toBe(vectors.length);
      console.log(`C# with Json.NET: ${vectors.filter((v) => v.valid).length} valid and ${vectors.filter((v) => !v.valid).length} invalid envelope vectors with typed details`);
      for (const [i, v] of vectors.entries()) {
        const expected = v.valid
          ? `${v.file} core=accepted adapter=accepted client=accepted same=True`
          : `${v.file} core=refused adapter=refused JsonSerializationException client=refused JsonSerializationException same=-`;
        expect(lines[i], result.stderr).toBe(expected);
      }
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "runs the README's example, which prints what its comments say",
    () => {
      const readme = readFileSync(join(ADAPTER, "README.md"), "utf8");
      const comments = [...readme.matchAll(/^\s*Console\.WriteLine\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]!);
      const output = run("mono", [readmeExe]).stdout.trimEnd().split("\n");
      expect(comments.length).toBeGreaterThan(0);
      expect(output.length).toBe(comments.length);
      for (const [i, comment] of comments.entries()) {
        // "..." in a comment stands for words of the message it abbreviates; ", the wire value" is prose.
        const pattern = comment
          .replace(/, the wire value$/, "")
          .replace(/^the package's own words: /, "")
          .split("...")
          .map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".*");
        expect(output[i]).toMatch(new RegExp(`^.*${pattern}.*$`));
      }
    },
    TOOLCHAIN_TIMEOUT,
  );
});
