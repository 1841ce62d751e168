// npm run version
// Applies the pending changesets, but only when the compatibility check allows them: checks the catalog
// against the last release, runs `changeset version` (which bumps package.json and writes CHANGELOG.md),
// adds the catalog's release notes under the new version, and makes the current catalog the new baseline.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isMain } from "../is-main.js";
import { PROJECT_ROOT } from "../catalog/load.js";
import { emitCatalogJson } from "../emit/catalog-json.js";
import { insertReleaseNotes, releaseNotes } from "./changelog.js";
import { checkCompat, defaultOptions, type CompatOptions } from "./check-compat.js";

export interface VersionOptions extends CompatOptions {
  /** The package folder: package.json and CHANGELOG.md live here. */
  packageDir: string;
  generatedCatalogPath: string;
  /** Runs `changeset version` in packageDir; returns its exit code. */
  runChangesetVersion: () => number;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** Returns the exit code. Changes nothing unless the compatibility check passes and generated/ is current. */
export function version(options: VersionOptions): number {
  const log = options.log ?? ((line) => console.log(line));
  const error = options.error ?? ((line) => console.error(line));
  const report = checkCompat(options);
  for (const line of report.lines) (line.stream === "out" ? log : error)(line.text);
  if (!report.ok || !report.catalog) return 1;

  // The baseline is what generated/catalog.json holds at release; a stale one would record a catalog nobody built.
  const expected = emitCatalogJson(report.catalog)["catalog.json"]!;
  const generated = existsSync(options.generatedCatalogPath) ? readFileSync(options.generatedCatalogPath, "utf8") : undefined;
  if (generated !== expected) {
    error(`fail: ${relative(options.packageDir, options.generatedCatalogPath)} is out of date with the catalog: run npm run build first`);
    return 1;
  }
  if (report.changesets.length === 0) {
    log("nothing to version: there is no pending changeset");
    return 0;
  }

  const packageJson = join(options.packageDir, "package.json");
  const versionOf = () => (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
  const before = versionOf();
  const status = options.runChangesetVersion();
  if (status !== 0) {
    error(`fail: changeset version exited with ${status}; the baseline is unchanged`);
    return 1;
  }
  const after = versionOf();
  const baselineLabel = relative(options.packageDir, options.baselinePath);
  writeFileSync(options.baselinePath, expected);
  // Changesets that only say "none" leave the version as it was, and there is no release to write notes for.
  if (after === before) {
    log(`the version stays ${before}; ${baselineLabel} is up to date`);
    return 0;
  }
  const changelogPath = join(options.packageDir, "CHANGELOG.md");
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : "";
  writeFileSync(changelogPath, insertReleaseNotes(changelog, after, releaseNotes(report.differences)));
  log(`${before} -> ${after}: catalog release notes added to CHANGELOG.md; ${baselineLabel} is the new baseline`);
  return 0;
}

function main(): void {
  const changeset = join(PROJECT_ROOT, "node_modules", "@changesets", "cli", "bin.js");
  process.exitCode = version({
    ...defaultOptions(),
    packageDir: PROJECT_ROOT,
    generatedCatalogPath: join(PROJECT_ROOT, "generated", "catalog.json"),
    runChangesetVersion: () => spawnSync(process.execPath, [changeset, "version"], { cwd: PROJECT_ROOT, stdio: "inherit" }).status ?? 1,
  });
}

if (isMain(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`version failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
