// The package's own facts that every language package repeats: name, version, licence (and its text, the
// LICENSE file beside package.json), description, author, addresses, and each language's coordinates
// (module path, groupId, crate, namespace, supported Pythons, minimum Rust). They live in one place,
// package.json (its `languagePackages` key), so `npm run version` bumps every language at once.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../root.js";
import type { Diagnostic } from "./diagnostics.js";

export interface LanguagePackages {
  /** pythons: the supported minor versions, oldest first; the oldest is requires-python's floor. */
  python: { distribution: string; module: string; pythons: string[] };
  go: { module: string };
  /** rustVersion: the crate's minimum Rust, which the release checks against every locked dependency's own. */
  rust: { crate: string; rustVersion: string };
  java: { groupId: string; artifactId: string; package: string };
  kotlin: { groupId: string; artifactId: string; package: string };
  /** The optional mapper adapters, each a jar on top of the Java package. */
  "java-jackson": { groupId: string; artifactId: string; package: string };
  "java-gson": { groupId: string; artifactId: string; package: string };
  csharp: { packageId: string; namespace: string };
}

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
  license: string;
  /** The repository's web address, without git+ and .git. */
  repository: string;
  /** The git address, as a clone takes it ("https://github.com/o/r.git"). */
  repositoryGit: string;
  /** Who publishes: package.json's author, for Maven's developers, PyPI's authors and NuGet's Authors. */
  author: { name: string; url: string };
  homepage: string;
  issues: string;
  /** The LICENSE file's text, which every artefact carries beside its manifest. */
  licenseText: string;
  languages: LanguagePackages;
}

/** The licence file's name at the root and in every language package. */
export const LICENSE_FILE = "LICENSE";

const REQUIRED: { [L in keyof LanguagePackages]: ReadonlyArray<keyof LanguagePackages[L]> } = {
  python: ["distribution", "module", "pythons"],
  go: ["module"],
  rust: ["crate", "rustVersion"],
  java: ["groupId", "artifactId", "package"],
  kotlin: ["groupId", "artifactId", "package"],
  "java-jackson": ["groupId", "artifactId", "package"],
  "java-gson": ["groupId", "artifactId", "package"],
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
  const texts = (value: unknown, where: string): string[] => {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && /^\d+\.\d+$/.test(v))) return value as string[];
    diagnostics.push(problem(`${where} must be a non-empty list of versions such as "3.9"`));
    return [];
  };
  const object = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});
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
    author: { name: text(object(pkg.author).name, "author.name"), url: text(object(pkg.author).url, "author.url") },
    homepage: text(pkg.homepage, "homepage"),
    issues: text(object(pkg.bugs).url, "bugs.url"),
  };
  const licensePath = join(path, "..", LICENSE_FILE);
  let licenseText = "";
  if (!existsSync(licensePath)) diagnostics.push({ file: display(licensePath), line: 1, col: 1, message: `${LICENSE_FILE} is missing: every package carries the licence's text` });
  else {
    licenseText = readFileSync(licensePath, "utf8");
    if (licenseText.trim() === "") diagnostics.push({ file: display(licensePath), line: 1, col: 1, message: `${LICENSE_FILE} is empty` });
  }
  const declared = (typeof pkg.languagePackages === "object" && pkg.languagePackages !== null ? pkg.languagePackages : {}) as Record<string, Record<string, unknown> | undefined>;
  const languages = {} as Record<string, Record<string, string | string[]>>;
  for (const [language, keys] of Object.entries(REQUIRED) as Array<[string, readonly string[]]>) {
    const entry = declared[language];
    languages[language] = Object.fromEntries(keys.map((k) => [k, k === "pythons" ? texts(entry?.[k], `languagePackages.${language}.${k}`) : text(entry?.[k], `languagePackages.${language}.${k}`)]));
  }
  if (diagnostics.length > 0) return { diagnostics };
  const repositoryGit = `${head.repository}.git`;
  return { info: { ...head, repositoryGit, licenseText, languages: languages as unknown as LanguagePackages }, diagnostics };
}
