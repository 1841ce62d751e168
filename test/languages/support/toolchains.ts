// Runs other-language toolchains from vitest. A missing toolchain skips its language with a notice on
// a developer's machine and fails the run under CI=true, so that CI can never pass by skipping.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { loadCatalog } from "../../../scripts/catalog/load.js";
import type { Model } from "../../../scripts/catalog/model.js";
import { ROOT } from "../../support/fixtures.js";
import { referenceLines } from "../typescript/harness.js";

export { ROOT };

/** Build output, virtualenvs and package caches, all gitignored, so that warm runs are fast. */
export const CACHE = join(ROOT, ".cache");

/** Ten minutes: a cold run downloads crates, Maven artifacts and PyPI packages. */
export const TOOLCHAIN_TIMEOUT = 600_000;

export const IN_CI = process.env.CI === "true";

/** The environment every toolchain runs with: caches under .cache/, no prompts, no telemetry. */
export const TOOL_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GOCACHE: join(CACHE, "go", "build"),
  GOMODCACHE: join(CACHE, "go", "mod"),
  GOTOOLCHAIN: "local",
  GOFLAGS: "",
  CARGO_HOME: join(CACHE, "cargo"),
  CARGO_TARGET_DIR: join(CACHE, "rust-target"),
  PIP_DISABLE_PIP_VERSION_CHECK: "1",
  PYTHONDONTWRITEBYTECODE: "1",
  DOTNET_CLI_TELEMETRY_OPTOUT: "1",
};

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a non-zero exit throws with everything it printed. */
export function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? TOOL_ENV,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

function found(command: string): boolean {
  const result = spawnSync(command, ["--version"], { env: TOOL_ENV, encoding: "utf8" });
  return !result.error;
}

/**
 * Whether a language's commands (and files, such as a library) are all present. When one is missing, a
 * developer sees a notice and the language is skipped; under CI=true the test file fails instead.
 */
export function toolchain(language: string, commands: readonly string[], files: readonly string[] = []): boolean {
  const missing = [...commands.filter((c) => !found(c)), ...files.filter((f) => !existsSync(f))];
  if (missing.length === 0) return true;
  const notice = `${language}: ${missing.join(", ")} not found; run .ci/setup-toolchains to install what is missing.`;
  if (IN_CI) throw new Error(`CI=true and ${notice}`);
  console.warn(`skipping ${notice}`);
  return false;
}

/** The first line a command prints about its version, for the record in test output. */
export function versionOf(command: string, args: readonly string[] = ["--version"]): string {
  const result = spawnSync(command, args, { env: TOOL_ENV, encoding: "utf8" });
  return (
    `${result.stdout}${result.stderr}`
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? "unknown"
  );
}

export function cacheDir(...parts: string[]): string {
  const dir = join(CACHE, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

let reference: string[] | undefined;

/** The TypeScript reference lines, computed once per test file. */
export function expectedLines(): string[] {
  reference ??= referenceLines(ROOT);
  return reference;
}

/** A harness's output must equal the reference line for line. */
export function expectSameLines(output: string): void {
  const lines = output.split("\n").filter((l) => l !== "");
  expect(lines).toEqual(expectedLines());
}

let model: Model | undefined;

/** The resolved model, as the emitters saw it: package coordinates and example codes for the tests to expect. */
export function languageModel(): Model {
  if (!model) {
    const { catalog } = loadCatalog(join(ROOT, "catalog"), ROOT);
    if (!catalog) throw new Error("the catalog does not load");
    model = catalog;
  }
  return model;
}

/** The fenced code blocks of a README in `language`, in order: the examples a test compiles or runs. */
export function readmeBlocks(path: string, language: string): string[] {
  const text = readFileSync(path, "utf8");
  const fence = new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\`$`, "gm");
  const blocks = [...text.matchAll(fence)].map((m) => m[1]!);
  if (blocks.length === 0) throw new Error(`${path} has no ${language} example`);
  return blocks;
}
