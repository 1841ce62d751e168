// npm run release [-- --publish]
// The publish step. It refuses to go on unless the catalog matches the last release's baseline (so every
// change went through npm run version), no changeset is pending, CHANGELOG.md has a section for the
// version and generated/ is current. Then it builds and runs `npm publish --dry-run`; only --publish
// really publishes.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMain } from "../is-main.js";
import { parseArgs } from "node:util";
import { build } from "../build.js";
import { PROJECT_ROOT } from "../catalog/load.js";
import { checkCompat, defaultOptions, type CompatOptions } from "./check-compat.js";

export interface ReleaseOptions extends CompatOptions {
  packageDir: string;
  /** false (the default on the command line): only `npm publish --dry-run`. */
  publish: boolean;
  /** Exit code of the build's --check: 0 when generated/ is what the catalog gives. */
  checkGenerated: () => Promise<number>;
  run: (command: string, args: string[]) => number;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export async function release(options: ReleaseOptions): Promise<number> {
  const log = options.log ?? ((line) => console.log(line));
  const error = options.error ?? ((line) => console.error(line));
  const report = checkCompat(options);
  for (const line of report.lines) (line.stream === "out" ? log : error)(line.text);
  if (!report.ok) return 1;
  if (report.changesets.length > 0) {
    error(`fail: ${report.changesets.length} pending changeset(s) (${report.changesets.join(", ")}): run npm run version and commit first`);
    return 1;
  }
  const { version } = JSON.parse(readFileSync(join(options.packageDir, "package.json"), "utf8")) as { version: string };
  const changelogPath = join(options.packageDir, "CHANGELOG.md");
  if (
    !existsSync(changelogPath) ||
    !readFileSync(changelogPath, "utf8")
      .split("\n")
      .some((l) => l.trim() === `## ${version}`)
  ) {
    error(`fail: CHANGELOG.md has no section for ${version}: run npm run version`);
    return 1;
  }
  // What is published must be what is committed: generated/ current, and dist/ compiled from it just now.
  if ((await options.checkGenerated()) !== 0) return 1;
  for (const args of [["run", "build"], options.publish ? ["publish"] : ["publish", "--dry-run"]]) {
    log(`npm ${args.join(" ")}`);
    const status = options.run("npm", args);
    if (status !== 0) {
      error(`fail: npm ${args.join(" ")} exited with ${status}`);
      return 1;
    }
  }
  log(options.publish ? `published ${version}` : `dry run of ${version} only: npm run release -- --publish publishes for real`);
  return 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { publish: { type: "boolean", default: false } } });
  const defaults = defaultOptions();
  process.exitCode = await release({
    ...defaults,
    packageDir: PROJECT_ROOT,
    publish: values.publish!,
    checkGenerated: () => build({ catalogDir: defaults.catalogDir, outDir: join(PROJECT_ROOT, "generated"), check: true }),
    run: (command, args) => spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit" }).status ?? 1,
  });
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`release failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
