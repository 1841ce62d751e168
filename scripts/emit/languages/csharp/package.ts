// generated/csharp/<PackageId>.csproj: the SDK-style project users build with dotnet (netstandard2.0), with
// NuGet metadata from package.json and no package dependency (the runtime reads JSON itself). This machine
// has no dotnet; the tests build the same sources with mcs.
import type { Model } from "../../../catalog/model.js";
import { escapeMarkup, file, markdownHeader } from "../shared/common.js";

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
    `    <PackageLicenseExpression>${x(info.license)}</PackageLicenseExpression>`,
    `    <RepositoryUrl>${x(info.repository)}</RepositoryUrl>`,
    `    <PackageProjectUrl>${x(info.repository)}</PackageProjectUrl>`,
    "    <PackageReadmeFile>README.md</PackageReadmeFile>",
    "    <GenerateDocumentationFile>true</GenerateDocumentationFile>",
    "    <WarningLevel>4</WarningLevel>",
    "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
    "  </PropertyGroup>",
      "  <ItemGroup>",
    '    <None Include="README.md" Pack="true" PackagePath="/" />',
    "  </ItemGroup>",
    "</Project>",
  ]);
}
