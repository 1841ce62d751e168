import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../../scripts/catalog/load.js";
import type { Catalog } from "../../scripts/catalog/model.js";
import { emitCatalogJson } from "../../scripts/emit/catalog-json.js";
import type { CompatOptions } from "../../scripts/release/check-compat.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const COMPAT_FIXTURES = join(ROOT, "test", "fixtures", "compat");
export const PACKAGE_NAME = "vpn-error-codes";
/** What every case starts from: base/catalog.json (the last release) and current/ (the YAML catalog equal to it). */
const SHARED = join(COMPAT_FIXTURES, "shared");

/**
 * Each case holds only what differs from shared/: its own base/catalog.json or current/*.yaml, the files of
 * shared/ it does not have (removed-files.txt, one path a line), its pending changesets/ and expected.txt.
 */
export function compatCases(): string[] {
  return readdirSync(COMPAT_FIXTURES)
    .filter((name) => name !== "shared")
    .sort();
}

const laidOut = new Map<string, string>();

/**
 * A case laid out whole in a temp folder, as check:compat reads it: shared/, then the case's own files over
 * it, less its removed files. Messages show paths relative to that folder (base/catalog.json, current/x.yaml).
 */
export function compatCaseDir(caseName: string): string {
  let dir = laidOut.get(caseName);
  if (dir) return dir;
  const source = join(COMPAT_FIXTURES, caseName);
  if (!existsSync(join(source, "expected.txt"))) throw new Error(`no compatibility case ${caseName}`);
  dir = mkdtempSync(join(tmpdir(), `vec-compat-${caseName}-`));
  cpSync(SHARED, dir, { recursive: true });
  cpSync(source, dir, { recursive: true });
  const removed = join(source, "removed-files.txt");
  if (existsSync(removed)) {
    for (const path of readFileSync(removed, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== ""))
      rmSync(join(dir, path));
    rmSync(join(dir, "removed-files.txt"));
  }
  laidOut.set(caseName, dir);
  return dir;
}

export function caseOptions(caseName: string): CompatOptions {
  const dir = compatCaseDir(caseName);
  return {
    baselinePath: join(dir, "base", "catalog.json"),
    catalogDir: join(dir, "current"),
    changesetDir: join(dir, "changesets"),
    packageName: PACKAGE_NAME,
  };
}

export function expectedLines(caseName: string): string[] {
  return readFileSync(join(COMPAT_FIXTURES, caseName, "expected.txt"), "utf8")
    .split("\n")
    .filter((l) => l !== "");
}

export function loadValid(catalogDir: string): Catalog {
  const { catalog, diagnostics } = loadCatalog(catalogDir);
  if (!catalog) throw new Error(`fixture catalog is invalid: ${JSON.stringify(diagnostics)}`);
  return catalog;
}

/**
 * A throw-away package laid out like this repo from one compat case: catalog/, releases/catalog.json,
 * .changeset/ (the repo's config plus the case's changesets), package.json at 0.1.0, CHANGELOG.md and a
 * generated/catalog.json built from the current catalog. node_modules links to the repo's, so that the
 * real `changeset version` finds its changelog generator.
 */
export function packageFromCase(caseName: string, options: { version?: string } = {}): { dir: string; compat: CompatOptions } {
  const source = caseOptions(caseName);
  const dir = mkdtempSync(join(tmpdir(), `vec-release-${caseName}-`));
  cpSync(source.catalogDir, join(dir, "catalog"), { recursive: true });
  mkdirSync(join(dir, "releases"));
  cpSync(source.baselinePath, join(dir, "releases", "catalog.json"));
  mkdirSync(join(dir, ".changeset"));
  cpSync(join(ROOT, ".changeset", "config.json"), join(dir, ".changeset", "config.json"));
  if (existsSync(source.changesetDir)) cpSync(source.changesetDir, join(dir, ".changeset"), { recursive: true });
  const version = options.version ?? "0.1.0";
  // The catalog's loader reads the package's metadata beside the catalog: the repo's, at this version.
  const { description, license, author, homepage, bugs, repository, languagePackages } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: PACKAGE_NAME, version, private: true, description, license, author, homepage, bugs, repository, languagePackages }, null, 2)}\n`);
  cpSync(join(ROOT, "LICENSE"), join(dir, "LICENSE"));
  writeFileSync(join(dir, "CHANGELOG.md"), `# ${PACKAGE_NAME}\n\n## ${version}\n\nThe first catalog.\n`);
  mkdirSync(join(dir, "generated"));
  const catalog = loadCatalog(join(dir, "catalog")).catalog;
  if (catalog) writeFileSync(join(dir, "generated", "catalog.json"), emitCatalogJson(catalog)["catalog.json"]!);
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    compat: {
      baselinePath: join(dir, "releases", "catalog.json"),
      catalogDir: join(dir, "catalog"),
      changesetDir: join(dir, ".changeset"),
      packageName: PACKAGE_NAME,
    },
  };
}
