// Wall time of whole processes, run in alternation with the baseline so that drift on a shared machine
// (other jobs, CPU frequency) hits every command alike, and reported as medians.
import { spawnSync } from "node:child_process";
import { median } from "./stats.js";
import { ROOT } from "./paths.js";

export interface Command {
  /** Executable; process.execPath for node. */
  file: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Run before each timed run, outside the timing: to clear a cache for a cold figure. */
  before?: () => void;
}

export const node = (...args: string[]): Command => ({ file: process.execPath, args });

/** Runs once and returns stdout; throws with stderr when the command fails, so a broken subject is never timed. */
export function runOnce(command: Command): string {
  const result = spawnSync(command.file, command.args, { cwd: ROOT, env: command.env ?? process.env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${[command.file, ...command.args].join(" ")} exited ${result.status ?? result.signal}:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

function wallMs(command: Command): number {
  command.before?.();
  const start = process.hrtime.bigint();
  const result = spawnSync(command.file, command.args, { cwd: ROOT, env: command.env ?? process.env, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${[command.file, ...command.args].join(" ")} exited ${result.status ?? result.signal}:\n${result.stderr.toString()}`);
  return elapsed;
}

export interface Timed {
  median: number;
  samples: number[];
}

/**
 * Every command `runs` times, round by round; the order rotates each round so that no command always
 * follows the same one. `warmup` rounds first fill the file cache and are thrown away.
 */
export function alternate<K extends string>(commands: Record<K, Command>, runs: number, warmup = 2): Record<K, Timed> {
  const keys = Object.keys(commands) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as unknown as Record<K, number[]>;
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length]!;
      const elapsed = wallMs(commands[key]);
      if (round >= warmup) samples[key].push(elapsed);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, { median: median(samples[k]), samples: samples[k] }])) as Record<K, Timed>;
}

/** Like alternate(), but keeps what each run prints, for commands that time themselves. */
export function alternateOutputs<K extends string>(commands: Record<K, Command>, runs: number, warmup = 1): Record<K, string[]> {
  const keys = Object.keys(commands) as K[];
  const outputs = Object.fromEntries(keys.map((k) => [k, [] as string[]])) as unknown as Record<K, string[]>;
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length]!;
      const stdout = runOnce(commands[key]);
      if (round >= warmup) outputs[key].push(stdout);
    }
  }
  return outputs;
}
