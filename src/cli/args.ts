import { parseArgs } from "node:util";
import { closest } from "../text.js";
import { printable, quote } from "./format.js";

export type CommandName = "explain" | "list" | "search" | "docs";

export type Command =
  | { kind: "help"; command?: CommandName }
  | { kind: "version" }
  | { kind: "explain"; code: string; family?: string; json: boolean }
  | { kind: "list"; family?: string; group?: string; retryable?: boolean; json: boolean }
  | { kind: "search"; words: string; family?: string; json: boolean }
  | { kind: "docs" };

/** Bad usage: exit 2 with the message and the usage line of `command`, or of every command. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName | undefined,
    /** An unknown command word, which may be a code the user meant to explain. */
    readonly strayCommand?: string | undefined,
  ) {
    super(message);
  }
}

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  family: { type: "string" },
  group: { type: "string" },
  retryable: { type: "boolean" },
  // Spelled out rather than parseArgs' allowNegative, which Node 20 has only from 20.16.
  "no-retryable": { type: "boolean" },
} as const;

export const COMMANDS: readonly CommandName[] = ["explain", "search", "list", "docs"];

// parseArgs rejects a value on a boolean option, so `--retryable=false` becomes `--no-retryable` first.
function expandRetryable(argv: readonly string[]): string[] {
  const out: string[] = [];
  let rest = false;
  for (const arg of argv) {
    const match = rest ? null : /^--retryable=(.*)$/s.exec(arg);
    if (arg === "--") rest = true;
    if (!match) {
      out.push(arg);
      continue;
    }
    const value = match[1]!.toLowerCase();
    if (["true", "yes", "1"].includes(value)) out.push("--retryable");
    else if (["false", "no", "0"].includes(value)) out.push("--no-retryable");
    else throw new UsageError("--retryable takes true or false", "list");
  }
  return out;
}

/** parseArgs' messages run long and echo the argument: keep the first sentence, made printable. */
function parseMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\.\s/)[0]!;
  return printable(first.charAt(0).toLowerCase() + first.slice(1), 120) + optionHint(first);
}

// "unknown option '--famly'": name the option probably meant.
function optionHint(message: string): string {
  const option = /^unknown option '(--[^'=]+)/i.exec(message)?.[1];
  const known = Object.keys(OPTIONS).map((o) => `--${o}`);
  const guess = option === undefined ? undefined : closest(option, known);
  return guess ? `; did you mean ${guess}?` : "";
}

/** Help on one command when `word` names one, else the general help. */
function helpFor(word: string | undefined): Command {
  return word !== undefined && (COMMANDS as readonly string[]).includes(word) ? { kind: "help", command: word as CommandName } : { kind: "help" };
}

/** The command `argv` names, or the help/version request, from `process.argv.slice(2)`. Throws UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  const named = argv.find((a) => (COMMANDS as readonly string[]).includes(a)) as CommandName | undefined;
  // biome-ignore lint/suspicious/noImplicitAnyLet: assigned once in the try below, typed by parseArgs' own inference there.
  let parsed;
  try {
    parsed = parseArgs({ args: expandRetryable(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(parseMessage(error), named);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (name === "help") return helpFor(rest[0]);
  if (values.help) return helpFor(name);
  if (values.version) return { kind: "version" };
  if (name === undefined) throw new UsageError(`a command is missing: ${COMMANDS.join(", ")}`);
  const json = values.json ?? false;
  if (name === "explain") {
    for (const option of ["group", "retryable", "no-retryable"] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} applies to list, not explain`, "explain");
    }
    if (rest.length === 0) throw new UsageError("explain needs a code: a value, a name or an HTTP status", "explain");
    if (rest.length > 1) throw new UsageError("explain takes one code", "explain");
    const code = rest[0]!.trim();
    if (code === "") throw new UsageError("explain needs a code: a value, a name or an HTTP status", "explain");
    return { kind: "explain", code, json, ...(values.family !== undefined ? { family: values.family } : {}) };
  }
  if (name === "search") {
    for (const option of ["group", "retryable", "no-retryable"] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} applies to list, not search`, "search");
    }
    const words = rest.join(" ").trim();
    if (words === "") throw new UsageError("search needs words of a meaning, a name or a value", "search");
    return { kind: "search", words, json, ...(values.family !== undefined ? { family: values.family } : {}) };
  }
  if (name === "docs") {
    if (rest.length > 0 || Object.keys(values).length > 0) throw new UsageError("docs takes no argument", "docs");
    return { kind: "docs" };
  }
  if (name === "list") {
    if (rest.length > 0) throw new UsageError("list takes no argument; filter with --family, --group or --retryable", "list");
    if (values.retryable && values["no-retryable"]) throw new UsageError("--retryable and --no-retryable exclude each other", "list");
    const retryable = values.retryable ? true : values["no-retryable"] ? false : undefined;
    return {
      kind: "list",
      json,
      ...(values.family !== undefined ? { family: values.family } : {}),
      ...(values.group !== undefined ? { group: values.group } : {}),
      ...(retryable !== undefined ? { retryable } : {}),
    };
  }
  throw new UsageError(`unknown command ${quote(name)}`, undefined, name);
}
