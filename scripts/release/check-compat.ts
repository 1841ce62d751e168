// npm run check:compat [-- --json] [--baseline FILE] [--catalog DIR] [--changesets DIR]
// Compares catalog/ with the last release's catalog (releases/catalog.json), classifies every difference
// as major, minor or patch, and exits 1 when the pending changesets declare a smaller bump than needed,
// when a code is removed without having been deprecated, or when the catalog is invalid.
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { isMain } from "../is-main.js";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../catalog/diagnostics.js";
import { PROJECT_ROOT, loadCatalog } from "../catalog/load.js";
import { catalogOf, type Catalog } from "../catalog/model.js";
import { declaredBump, readChangesets } from "./changesets.js";
import { diffCatalogs, formatDifference, isAtLeast, judge, type Difference, type Level } from "./compat.js";

export const BASELINE_PATH = join(PROJECT_ROOT, "releases", "catalog.json");

export interface CompatOptions {
  baselinePath: string;
  catalogDir: string;
  changesetDir: string;
  packageName: string;
  /** Paths in messages are shown relative to this; the catalog's parent folder by default. */
  root?: string;
}

export interface CompatReport {
  ok: boolean;
  required: Level;
  declared: Level;
  differences: Difference[];
  changesets: string[];
  /** Why the catalogs could not be compared at all: an invalid catalog, a missing baseline, a broken changeset. */
  problems: string[];
  /** The lines a person reads, in order; stream says where the CLI writes each. */
  lines: Array<{ stream: "out" | "err"; text: string }>;
  /** The current catalog, when it is valid. */
  catalog?: Catalog;
}

export function defaultOptions(): CompatOptions {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string };
  return { baselinePath: BASELINE_PATH, catalogDir: join(PROJECT_ROOT, "catalog"), changesetDir: join(PROJECT_ROOT, ".changeset"), packageName: pkg.name };
}

/** Never throws for a bad catalog, baseline or changeset: each becomes a problem and a failing report. */
export function checkCompat(options: CompatOptions): CompatReport {
  const root = options.root ?? join(options.catalogDir, "..");
  const display = (path: string) => {
    const shown = relative(root, path);
    // A path outside the catalog's project reads better whole than as a climb of "../".
    return shown.startsWith("..") || isAbsolute(shown) ? path : shown.split("\\").join("/") || ".";
  };
  const baselineLabel = display(options.baselinePath);
  const lines: CompatReport["lines"] = [];
  const problems: string[] = [];

  // Each failure to compare gives its details (one line per finding) and one "fail:" line saying what it blocks.
  const failures: string[] = [];
  const { catalog: model, positions, diagnostics } = loadCatalog(options.catalogDir, root);
  const catalog = model && catalogOf(model);
  if (!catalog) {
    problems.push(...diagnostics.map(formatDiagnostic));
    failures.push(`the catalog has ${count(diagnostics.length, "problem")} (npm run build reports the same), so it cannot be compared with ${baselineLabel}`);
  }
  const baseline = readBaseline(options.baselinePath, baselineLabel, failures);
  const { changesets, problems: changesetProblems } = readChangesets(options.changesetDir, display);
  if (changesetProblems.length > 0) {
    problems.push(...changesetProblems);
    failures.push(`${count(changesetProblems.length, "changeset")} cannot be read, so the declared bump is unknown`);
  }
  const declared = declaredBump(changesets, options.packageName);
  const changesetFiles = changesets.map((c) => c.file);

  if (!catalog || !baseline || failures.length > 0) {
    for (const p of problems) lines.push({ stream: "err", text: p });
    for (const f of failures) lines.push({ stream: "err", text: `fail: ${f}` });
    return { ok: false, required: "none", declared, differences: [], changesets: changesetFiles, problems: [...problems, ...failures], lines, ...(catalog ? { catalog } : {}) };
  }

  const differences = diffCatalogs(baseline, catalog, positions);
  const verdict = judge(differences, declared);
  for (const d of differences) lines.push({ stream: "out", text: formatDifference(d, baselineLabel) });
  const changed = `${count(differences.length, "difference")} from ${baselineLabel} need${differences.length === 1 ? "s" : ""} a ${verdict.required} release`;
  const declaredText = declared === "none" ? `no changeset declares a bump for ${options.packageName}` : `the changesets declare ${declared} for ${options.packageName}`;
  if (verdict.refused.length > 0) {
    lines.push({ stream: "err", text: `fail: ${count(verdict.refused.length, "change")} refused: deprecate a code in one release, and remove it only in a later major` });
  }
  if (!isAtLeast(declared, verdict.required)) {
    lines.push({ stream: "err", text: `fail: ${changed}, but ${declaredText} (record one with npm run changeset)` });
  }
  if (verdict.ok) {
    lines.push({ stream: "out", text: differences.length === 0 ? `ok: the catalog matches the last release (${baselineLabel}); ${declaredText}` : `ok: ${changed}; ${declaredText}` });
  }
  return { ok: verdict.ok, required: verdict.required, declared, differences, changesets: changesetFiles, problems, lines, catalog };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function readBaseline(path: string, label: string, failures: string[]): Catalog | undefined {
  if (!existsSync(path)) {
    failures.push(`there is no baseline at ${label} (the released generated/catalog.json, which npm run version records)`);
    return undefined;
  }
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Partial<Catalog> & { $comment?: unknown };
    if (!Array.isArray(data.families) || typeof data.retryPolicy !== "object" || data.retryPolicy === null) {
      failures.push(`the baseline ${label} is not a resolved catalog (expected families and retryPolicy, as in generated/catalog.json)`);
      return undefined;
    }
    const { $comment: _, ...catalog } = data;
    return catalog as Catalog;
  } catch (error) {
    failures.push(`the baseline ${label} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function reportJson(report: CompatReport): string {
  const { lines: _lines, catalog: _catalog, ...rest } = report;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

function main(): void {
  const defaults = defaultOptions();
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      baseline: { type: "string", default: defaults.baselinePath },
      catalog: { type: "string", default: defaults.catalogDir },
      changesets: { type: "string", default: defaults.changesetDir },
    },
  });
  const report = checkCompat({ ...defaults, baselinePath: values.baseline!, catalogDir: values.catalog!, changesetDir: values.changesets! });
  if (values.json) process.stdout.write(reportJson(report));
  else for (const line of report.lines) (line.stream === "out" ? console.log : console.error)(line.text);
  process.exitCode = report.ok ? 0 : 1;
}

if (isMain(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`check:compat failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
