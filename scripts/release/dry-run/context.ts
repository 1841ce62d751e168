// What every registry's stage of the release dry run shares: where it reads and writes, how it runs a tool,
// and how it reports what the registry would receive or the first problem it finds.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PackageInfo } from "../../catalog/package-info.js";

/** A problem that stops the release, named so that the publisher knows what to fix. */
export class ReleaseProblem extends Error {
  constructor(
    readonly registry: string,
    message: string,
  ) {
    super(`${registry}: ${message}`);
    this.name = "ReleaseProblem";
  }
}

export interface StageContext {
  /** The project: package.json, LICENSE, generated/ and dist/ as npm run build left them. */
  projectDir: string;
  /** The one folder every artefact is assembled into. */
  outDir: string;
  /** Scratch space for copies and builds, never the project's own folders. */
  workDir: string;
  /** Tool caches (crates, Maven, Go modules) and the release's Python tools. */
  cacheDir: string;
  info: PackageInfo;
  log: (line: string) => void;
}

/** One file a registry would receive. */
export interface Artefact {
  registry: string;
  /** The package's name there: "vpn-error-codes", "io.github.vpn-error-codes:vpn-error-codes". */
  name: string;
  /** The file under outDir. */
  file: string;
  bytes: number;
  /** Entries inside it (files in an archive, or in a folder). */
  files: number;
}

export interface Stage {
  registry: string;
  run: (context: StageContext) => Artefact[];
}

/** The environment tools run with: caches under cacheDir, no prompts, no telemetry, no toolchain downloads. */
export function toolEnv(context: StageContext, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CARGO_HOME: join(context.cacheDir, "cargo"),
    GOCACHE: join(context.cacheDir, "go", "build"),
    GOTOOLCHAIN: "local",
    GOFLAGS: "",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    PYTHONDONTWRITEBYTECODE: "1",
    DOTNET_CLI_TELEMETRY_OPTOUT: "1",
    npm_config_update_notifier: "false",
    // Plain, unwrapped output (twine prints with rich), as the log shows it.
    NO_COLOR: "1",
    COLUMNS: "400",
    ...extra,
  };
}

export interface ToolResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool to completion and returns what it printed; `fail` turns a non-zero exit into a ReleaseProblem. */
export function tool(registry: string, command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; fail?: boolean; input?: string }): ToolResult {
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, input: options.input });
  if (result.error) throw new ReleaseProblem(registry, `${command} could not run (${result.error.message}); run .ci/install-release and .ci/setup-toolchains`);
  const out = { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  if (out.status !== 0 && options.fail !== false) {
    const printed = `${out.stdout}\n${out.stderr}`.trim().split("\n").slice(-30).join("\n");
    throw new ReleaseProblem(registry, `${command} ${args.join(" ")} exited with ${out.status}:\n${printed}`);
  }
  return out;
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk("");
  return out;
}

export const sizeOf = (path: string): number => statSync(path).size;

/** "1.2 kB" as npm prints sizes. */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** The text of an XML element (first match), or undefined: enough for the manifests we write ourselves. */
export function xmlText(xml: string, path: readonly string[]): string | undefined {
  let scope = xml;
  for (const tag of path) {
    const found = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(scope);
    if (!found) return undefined;
    scope = found[1]!;
  }
  return scope.trim();
}

/** How many entries a zip (a .nupkg, a jar) holds, read by Python's zipfile. */
export function zipEntryCount(path: string): number {
  const result = spawnSync("python3", ["-c", "import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))", path], { encoding: "utf8" });
  return Number.parseInt(result.stdout, 10) || 0;
}
