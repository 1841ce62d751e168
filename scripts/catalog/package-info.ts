// The package's own facts that every language package repeats: name, version, licence, description,
// repository, and each language's coordinates (module path, groupId, crate, namespace). They live in one
// place, package.json (its `languagePackages` key), so `npm run version` bumps every language at once.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../root.js";
import type { Diagnostic } from "./diagnostics.js";

export interface LanguagePackages {
  python: { distribution: string; module: string };
  go: { module: string };
  rust: { crate: string };
  java: { groupId: string; artifactId: string; package: string };
  kotlin: { groupId: string; artifactId: string; package: string };
  csharp: { packageId: string; namespace: string };
}

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
  license: string;
  /** The repository's web address, without git+ and .git. */
  repository: string;
  languages: LanguagePackages;
}

const REQUIRED: { [L in keyof LanguagePackages]: ReadonlyArray<keyof LanguagePackages[L]> } = {
  python: ["distribution", "module"],
  go: ["module"],
  rust: ["crate"],
  java: ["groupId", "artifactId", "package"],
  kotlin: ["groupId", "artifactId", "package"],
  csharp: ["packageId", "namespace"],
};

/**
 * The package.json beside the catalog folder (a copy of the project carries its own), else the project's.
 * Every missing or mistyped field is a diagnostic, as a catalog problem is.
 */
export function loadPackageInfo(catalogDir: string, display: (path: string) => string): { info?: PackageInfo; diagnostics: Diagnostic[] } {
  const beside = join(catalogDir, "..", "package.json");
  const path = existsSync(beside) ? beside : join(PROJECT_ROOT, "package.json");
  const file = display(path);
  const problem = (message: string): Diagnostic => ({ file, line: 1, col: 1, message });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return { diagnostics: [problem(`cannot read the package's metadata: ${(e as Error).message}`)] };
  }
  const pkg = (json ?? {}) as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const text = (value: unknown, where: string): string => {
    if (typeof value === "string" && value.trim() !== "") return value;
    diagnostics.push(problem(`${where} must be a non-empty string`));
    return "";
  };
  const repo = pkg.repository;
  const repoUrl = typeof repo === "string" ? repo : typeof repo === "object" && repo !== null ? (repo as { url?: unknown }).url : undefined;
  const head = {
    name: text(pkg.name, "name"),
    version: text(pkg.version, "version"),
    description: text(pkg.description, "description"),
    license: text(pkg.license, "license"),
    repository: text(repoUrl, "repository.url")
      .replace(/^git\+/, "")
      .replace(/\.git$/, ""),
  };
  const declared = (typeof pkg.languagePackages === "object" && pkg.languagePackages !== null ? pkg.languagePackages : {}) as Record<string, Record<string, unknown> | undefined>;
  const languages = {} as Record<string, Record<string, string>>;
  for (const [language, keys] of Object.entries(REQUIRED) as Array<[string, readonly string[]]>) {
    const entry = declared[language];
    languages[language] = Object.fromEntries(keys.map((k) => [k, text(entry?.[k], `languagePackages.${language}.${k}`)]));
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { info: { ...head, languages: languages as unknown as LanguagePackages }, diagnostics };
}
