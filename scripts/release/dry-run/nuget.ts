// NuGet: the .csproj's package metadata held against what nuget.org requires (id, version, description,
// authors) and what its package page shows (licence, project and repository addresses, readme, tags) and
// the symbols package. With dotnet on the machine, `dotnet pack` makes the .nupkg and .snupkg; without it
// (this machine kind has none, and no NuGet registry) the project folder that dotnet pack would read is
// assembled instead, and the notice says so. Two projects: the package (generated/csharp) and its Json.NET
// adapter (generated/csharp-newtonsoft), which depends on it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { newtonsoftPackageId } from "../../emit/languages/csharp/package.js";
import { type Artefact, ReleaseProblem, type Stage, type StageContext, listFiles, sizeOf, tool, toolEnv, xmlText, zipEntryCount } from "./context.js";

const REGISTRY = "NuGet";

/** The properties a .csproj needs for nuget.org: required by NuGet (first four), then what its page shows. */
export const NUGET_PROPERTIES = [
  "PackageId",
  "Version",
  "Description",
  "Authors",
  "PackageLicenseExpression",
  "PackageProjectUrl",
  "RepositoryUrl",
  "PackageReadmeFile",
  "PackageTags",
  "IncludeSymbols",
  "SymbolPackageFormat",
] as const;

/** What the .csproj lacks or gets wrong, as NuGet would name it. */
export function csprojProblems(csproj: string, expected: { packageId: string; version: string; license: string }, folderFiles: readonly string[]): string[] {
  const problems: string[] = [];
  const value = (name: string) => xmlText(csproj, ["PropertyGroup", name]) ?? xmlText(csproj, [name]);
  for (const name of NUGET_PROPERTIES) if (!value(name)) problems.push(`no <${name}>`);
  if (value("PackageId") && value("PackageId") !== expected.packageId) problems.push(`PackageId ${value("PackageId")} is not ${expected.packageId}`);
  if (value("Version") && value("Version") !== expected.version) problems.push(`Version ${value("Version")} is not package.json's ${expected.version}`);
  if (value("PackageLicenseExpression") && value("PackageLicenseExpression") !== expected.license)
    problems.push(`PackageLicenseExpression ${value("PackageLicenseExpression")} is not package.json's ${expected.license}`);
  if (value("IncludeSymbols") && value("IncludeSymbols") !== "true") problems.push("IncludeSymbols is not true");
  if (value("SymbolPackageFormat") && value("SymbolPackageFormat") !== "snupkg") problems.push("SymbolPackageFormat is not snupkg");
  const readme = value("PackageReadmeFile");
  if (readme) {
    if (!folderFiles.includes(readme)) problems.push(`the readme ${readme} is not in the project folder`);
    if (!new RegExp(`<None Include="${readme.replace(/\./g, "\\.")}" Pack="true"`).test(csproj)) problems.push(`the readme ${readme} is not packed (<None Include="${readme}" Pack="true" ...>)`);
  }
  if (!folderFiles.includes("LICENSE")) problems.push("the project folder has no LICENSE");
  return problems;
}

export const nugetStage: Stage = {
  registry: REGISTRY,
  run(context) {
    const { packageId } = context.info.languages.csharp;
    return [
      { folder: "csharp", packageId },
      { folder: "csharp-newtonsoft", packageId: newtonsoftPackageId(packageId) },
    ].flatMap((project) => packProject(context, project.folder, project.packageId));
  },
};

function packProject(context: StageContext, folder: string, packageId: string): Artefact[] {
  const problem = (message: string) => new ReleaseProblem(REGISTRY, message);
  const source = join(context.projectDir, "generated", folder);
  const projectFile = `${packageId}.csproj`;
  if (!existsSync(join(source, projectFile))) throw problem(`generated/${folder} has no ${projectFile}`);
  const csproj = readFileSync(join(source, projectFile), "utf8");
  const files = listFiles(source);
  const problems = csprojProblems(csproj, { packageId, version: context.info.version, license: context.info.license }, files);
  if (problems.length > 0) throw problem(`generated/${folder}/${projectFile} would not make a complete package: ${problems.join(", ")}`);
  context.log(`  ${projectFile}: ${NUGET_PROPERTIES.join(", ")} present and consistent with package.json`);

  const out = join(context.outDir, "nuget");
  mkdirSync(out, { recursive: true });
  if (!spawnSync("dotnet", ["--version"], { encoding: "utf8" }).error) {
    // The adapter's project references ../csharp, so both folders are copied side by side.
    const work = join(context.workDir, "nuget-projects");
    for (const each of ["csharp", folder]) if (!existsSync(join(work, each))) cpSync(join(context.projectDir, "generated", each), join(work, each), { recursive: true });
    tool(REGISTRY, "dotnet", ["pack", projectFile, "-c", "Release", "-o", out, "-warnaserror"], { cwd: join(work, folder), env: toolEnv(context) });
    return readdirSync(out)
      .filter((f) => f.startsWith(`${packageId}.${context.info.version}.`) && (f.endsWith(".nupkg") || f.endsWith(".snupkg")))
      .map((f) => ({ registry: REGISTRY, name: packageId, file: `nuget/${f}`, bytes: sizeOf(join(out, f)), files: zipEntryCount(join(out, f)) }));
  }
  const unpacked = join(out, `${packageId}.${context.info.version}`);
  cpSync(source, unpacked, { recursive: true });
  context.log(`  no dotnet on this machine: nuget/${packageId}.${context.info.version}/ is the project dotnet pack would make the .nupkg and .snupkg from`);
  return [
    {
      registry: REGISTRY,
      name: packageId,
      file: `nuget/${packageId}.${context.info.version}/ (project, unpacked)`,
      bytes: files.reduce((n, f) => n + sizeOf(join(source, f)), 0),
      files: files.length,
    },
  ];
}
