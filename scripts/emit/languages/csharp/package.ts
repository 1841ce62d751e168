// generated/csharp/<PackageId>.csproj: the SDK-style project users build with dotnet (netstandard2.0), with
// NuGet metadata from package.json and no package dependency (the runtime reads JSON itself). This machine
// has no dotnet; the tests build the same sources with mcs.
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

export function csprojFile(model: Model): string {
  const x = escapeMarkup;
  const info = model.package;
  const { packageId, namespace } = info.languages.csharp;
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
    `    <Description>${x(info.description)}</Description>`,
    `    <Authors>${x(info.author.name)}</Authors>`,
    `    <Copyright>${x(copyright(info.licenseText))}</Copyright>`,
    `    <PackageLicenseExpression>${x(info.license)}</PackageLicenseExpression>`,
    `    <PackageProjectUrl>${x(info.homepage)}</PackageProjectUrl>`,
    `    <RepositoryUrl>${x(info.repositoryGit)}</RepositoryUrl>`,
    "    <RepositoryType>git</RepositoryType>",
    `    <PackageTags>${x(PACKAGE_TAGS.join(";"))}</PackageTags>`,
    "    <PackageReadmeFile>README.md</PackageReadmeFile>",
    `    <PackageReleaseNotes>${x(`${info.repository}/blob/main/CHANGELOG.md`)}</PackageReleaseNotes>`,
    // A symbols package (.snupkg) beside the .nupkg, for debuggers to step into the package.
    "    <IncludeSymbols>true</IncludeSymbols>",
    "    <SymbolPackageFormat>snupkg</SymbolPackageFormat>",
    "    <GenerateDocumentationFile>true</GenerateDocumentationFile>",
    "    <WarningLevel>4</WarningLevel>",
    "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
    "  </PropertyGroup>",
    "  <ItemGroup>",
    '    <None Include="README.md" Pack="true" PackagePath="/" />',
    `    <None Include="${LICENSE_FILE}" Pack="true" PackagePath="/" />`,
    "  </ItemGroup>",
    "</Project>",
  ]);
}
