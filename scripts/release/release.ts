// npm run release [-- --dry-run | --publish]
// The publish step. It refuses to go on unless the catalog matches the last release's baseline (so every
// change went through npm run version), no changeset is pending, CHANGELOG.md has a section for the
// version and generated/ is current. Then it builds and runs the release dry run (scripts/release/dry-run/):
// all seven artefacts assembled and checked by each registry's own tool. Only --publish really publishes,
// and only to npm; the other registries' uploads are the README's "Releasing" steps, each with its secret.
// A dry run (the default; --dry-run says so) between releases reports pending changesets and a missing
// CHANGELOG section as notices, since npm run version has not run yet, and checks the artefacts anyway.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMain } from "../is-main.js";
import { parseArgs } from "node:util";
import { build } from "../build.js";
import { PROJECT_ROOT } from "../catalog/load.js";
import { checkCompat, defaultOptions, type CompatOptions } from "./check-compat.js";
import { dryRun } from "./dry-run/index.js";

export interface ReleaseOptions extends CompatOptions {
  packageDir: string;
  /** false (the default on the command line): only `npm publish --dry-run`. */
  publish: boolean;
  /** Exit code of the build's --check: 0 when generated/ is what the catalog gives. */
  checkGenerated: () => Promise<number>;
  run: (command: string, args: string[]) => number;
  /** The release dry run of every artefact; true when every registry's check passed. */
  artefacts: () => boolean;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export async function release(options: ReleaseOptions): Promise<number> {
  const log = options.log ?? ((line) => console.log(line));
  const error = options.error ?? ((line) => console.error(line));
  const report = checkCompat(options);
  for (const line of report.lines) (line.stream === "out" ? log : error)(line.text);
  if (!report.ok) return 1;
  // A dry run between releases goes on past what npm run version will settle, and says so.
  const unsettled = (message: string): boolean => {
    if (options.publish) error(`fail: ${message}`);
    else log(`notice: ${message} (a dry run goes on)`);
    return options.publish;
  };
  if (report.changesets.length > 0 && unsettled(`${report.changesets.length} pending changeset(s) (${report.changesets.join(", ")}): run npm run version and commit first`)) return 1;
  const { version } = JSON.parse(readFileSync(join(options.packageDir, "package.json"), "utf8")) as { version: string };
  const changelogPath = join(options.packageDir, "CHANGELOG.md");
  if (
    (!existsSync(changelogPath) ||
      !readFileSync(changelogPath, "utf8")
        .split("\n")
        .some((l) => l.trim() === `## ${version}`)) &&
    unsettled(`CHANGELOG.md has no section for ${version}: run npm run version`)
  )
    return 1;
  // What is published must be what is committed: generated/ current, and dist/ compiled from it just now.
  if ((await options.checkGenerated()) !== 0) return 1;
  const npm = (args: string[]): boolean => {
    log(`npm ${args.join(" ")}`);
    const status = options.run("npm", args);
    if (status !== 0) error(`fail: npm ${args.join(" ")} exited with ${status}`);
    return status === 0;
  };
  if (!npm(["run", "build"])) return 1;
  // Every artefact is checked before anything is published, so that no registry gets a release the
  // others would refuse.
  if (!options.artefacts()) return 1;
  if (options.publish && !npm(["publish"])) return 1;
  log(options.publish ? `published ${version} to npm; the other registries' steps are in the README's "Releasing"` : `dry run of ${version} only: npm run release -- --publish publishes for real`);
  return 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { publish: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false }, out: { type: "string" } } });
  if (values.publish && values["dry-run"]) throw new Error("--publish and --dry-run exclude each other");
  const defaults = defaultOptions();
  process.exitCode = await release({
    ...defaults,
    packageDir: PROJECT_ROOT,
    publish: values.publish!,
    checkGenerated: () => build({ catalogDir: defaults.catalogDir, outDir: join(PROJECT_ROOT, "generated"), check: true }),
    run: (command, args) => spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit" }).status ?? 1,
    artefacts: () => dryRun({ projectDir: PROJECT_ROOT, outDir: values.out ?? join(PROJECT_ROOT, ".cache", "release", "artefacts") }).ok,
  });
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`release failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
