// generated/csharp/<PackageId>.csproj: the SDK-style project users build with dotnet (netstandard2.0), with
// NuGet metadata from package.json and no package dependency (the runtime reads JSON itself); and the Json.NET
// adapter's, generated/csharp-newtonsoft/<PackageId>.NewtonsoftJson.csproj, with the same metadata, which
// depends on the package and on Json.NET. This machine has no dotnet; the tests build the sources with mcs.
import type { Model } from "../../../catalog/model.js";
import { LICENSE_FILE } from "../../../catalog/package-info.js";
import { escapeMarkup, file, markdownHeader } from "../shared/common.js";

/** NuGet's search tags. */
const PACKAGE_TAGS = ["vpn", "error-codes", "retry", "orbvpn", "pango"];

/** The LICENSE's copyright line, which NuGet shows as the package's Copyright. */
function copyright(licenseText: string): string {
  const line = licenseText.split("\n").find((l) => /^Copyright\b/.test(l.trim()));
  if (!line) throw new Error("LICENSE has no Copyright line for the .csproj's Copyright");
  return line.trim();
}

export const csprojName = (model: Model) => `${model.package.languages.csharp.packageId}.csproj`;

/** The Json.NET adapter's package id and namespace: the package's, with .NewtonsoftJson. */
export const newtonsoftPackageId = (packageId: string) => `${packageId}.NewtonsoftJson`;
export const newtonsoftId = (model: Model) => newtonsoftPackageId(model.package.languages.csharp.packageId);
export const newtonsoftNamespace = (model: Model) => `${model.package.languages.csharp.namespace}.NewtonsoftJson`;
export const newtonsoftCsprojName = (model: Model) => `${newtonsoftId(model)}.csproj`;

/**
 * The lowest Json.NET the adapter's package asks NuGet for: 13.0.1, the first release that limits a
 * reader's depth by default, so that any 13.x a user has satisfies it. The converters use only API that
 * Json.NET 6 has too, which the tests build against.
 */
export const NEWTONSOFT_VERSION = "13.0.1";

export function csprojFile(model: Model): string {
  const { packageId, namespace } = model.package.languages.csharp;
  return project(model, packageId, namespace, model.package.description, PACKAGE_TAGS, []);
}

export function newtonsoftCsprojFile(model: Model): string {
  return project(
    model,
    newtonsoftId(model),
    newtonsoftNamespace(model),
    `Json.NET converters for ${model.package.languages.csharp.packageId}: each code by its wire value, open codes that keep unknown values, and typed error details.`,
    [...PACKAGE_TAGS, "json.net"],
    [`    <PackageReference Include="Newtonsoft.Json" Version="${NEWTONSOFT_VERSION}" />`, `    <ProjectReference Include="../csharp/${csprojName(model)}" />`],
  );
}

function project(model: Model, packageId: string, namespace: string, description: string, tags: readonly string[], references: readonly string[]): string {
  const x = escapeMarkup;
  const info = model.package;
  return file([
    markdownHeader("scripts/emit/languages/csharp/package.ts"),
    '<Project Sdk="Microsoft.NET.Sdk">',
    "  <PropertyGroup>",
    "    <TargetFramework>netstandard2.0</TargetFramework>",
    "    <LangVersion>6</LangVersion>",
    `    <RootNamespace>${x(namespace)}</RootNamespace>`,
    `    <AssemblyName>${x(packageId)}</AssemblyName>`,
    `    <PackageId>${x(packageId)}</PackageId>`,
    `    <Version>${x(info.version)}</Version>`,
    `    <Description>${x(description)}</Description>`,
    `    <Authors>${x(info.author.name)}</Authors>`,
    `    <Copyright>${x(copyright(info.licenseText))}</Copyright>`,
    `    <PackageLicenseExpression>${x(info.license)}</PackageLicenseExpression>`,
    `    <PackageProjectUrl>${x(info.homepage)}</PackageProjectUrl>`,
    `    <RepositoryUrl>${x(info.repositoryGit)}</RepositoryUrl>`,
    "    <RepositoryType>git</RepositoryType>",
    `    <PackageTags>${x(tags.join(";"))}</PackageTags>`,
    "    <PackageReadmeFile>README.md</PackageReadmeFile>",
    `    <PackageReleaseNotes>${x(`${info.repository}/blob/main/CHANGELOG.md`)}</PackageReleaseNotes>`,
    // A symbols package (.snupkg) beside the .nupkg, for debuggers to step into the package.
    "    <IncludeSymbols>true</IncludeSymbols>",
    "    <SymbolPackageFormat>snupkg</SymbolPackageFormat>",
    "    <GenerateDocumentationFile>true</GenerateDocumentationFile>",
    "    <WarningLevel>4</WarningLevel>",
    "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
    "  </PropertyGroup>",
    ...(references.length > 0 ? ["  <ItemGroup>", ...references, "  </ItemGroup>"] : []),
    "  <ItemGroup>",
    '    <None Include="README.md" Pack="true" PackagePath="/" />',
    `    <None Include="${LICENSE_FILE}" Pack="true" PackagePath="/" />`,
    "  </ItemGroup>",
    "</Project>",
  ]);
}
