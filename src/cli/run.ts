// The CLI as a function of its arguments and environment, returning the exit code; main.ts wires it to
// the process. Exit codes: 0 found, 1 nothing matches, 2 bad usage.
import type { CodeEntry, FamilyName } from "../../generated/ts/catalog-types.js";
import { STATUS_TEXT } from "../../generated/ts/families.js";
import { describe, entries, restErrorCodesForStatus, type Match } from "../lookup.js";
import { UsageError, parseCommand, type Command, type CommandName } from "./args.js";
import { FAMILY_NAMES, familyInfo, familyTitle, groupIds, groupTitle, resolveFamily, resolveGroups } from "./catalog.js";
import {
  ANSI,
  PLAIN,
  USAGE,
  colorEnabled,
  explainJson,
  formatExplain,
  formatList,
  helpText,
  listJson,
  quote,
  terminalWidth,
  type ExplainItem,
  type ListItem,
  type Style,
} from "./format.js";
import { closest } from "../text.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** The terminal's width, when stdout is one. */
  columns: number | undefined;
  isTTY: boolean;
  version(): string;
}

const NAME = "vpn-error-codes";

export function run(argv: readonly string[], io: Io): number {
  try {
    const command = parseCommand(argv);
    const width = terminalWidth(io.columns, io.env);
    const style = colorEnabled(io.env, io.isTTY) ? ANSI : PLAIN;
    switch (command.kind) {
      case "help":
        io.stdout(helpText(FAMILY_NAMES));
        return 0;
      case "version":
        io.stdout(`${io.version()}\n`);
        return 0;
      case "explain":
        return explain(command, io, width, style);
      case "list":
        return list(command, io, width, style);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${NAME}: ${error.message}${strayHint(error.strayCommand)}\n${error.command ? USAGE[error.command] : `${USAGE.explain}\n${USAGE.list}`}\n`);
    return 2;
  }
}

// `vpn-error-codes 8199` or `vpn-error-codes lst`: say what was probably meant.
function strayHint(word: string | undefined): string {
  if (word === undefined) return "";
  if (describe(word.trim()).length > 0) return `; did you mean \`${NAME} explain ${word.trim()}\`?`;
  const command = closest(word, ["explain", "list", "help"]);
  return command ? `; did you mean \`${NAME} ${command}\`?` : "";
}

function requireFamily(input: string, command: CommandName): FamilyName {
  const family = resolveFamily(input);
  if (family === undefined) throw new UsageError(`unknown family ${quote(input)}; one of ${FAMILY_NAMES.join(", ")}`, command);
  return family;
}

function explainItem(match: Match): ExplainItem {
  const { family, entry } = match;
  const status = entry.httpStatus;
  const isStatus = familyInfo(family)?.role === "http-status";
  return {
    family,
    familyTitle: familyTitle(family),
    matchedBy: match.matchedBy,
    groupTitle: groupTitle(family, entry.group),
    entry,
    ...(status !== undefined ? { httpStatusText: STATUS_TEXT[status] ?? String(status) } : {}),
    ...(isStatus ? { restErrorCodes: restErrorCodesForStatus(entry.value) } : {}),
  };
}

/** Every name a lookup accepts, for a "did you mean" suggestion. */
function knownNames(family: FamilyName | undefined): string[] {
  return entries(family).flatMap((e: CodeEntry) => [e.name, ...(e.aliases ?? []), ...(e.legacyNames ?? []).map((l) => l.name)]);
}

function explain(command: Extract<Command, { kind: "explain" }>, io: Io, width: number, style: Style): number {
  const family = command.family === undefined ? undefined : requireFamily(command.family, "explain");
  const matches = describe(command.code, family);
  if (matches.length === 0) {
    const suggestion = closest(command.code, knownNames(family));
    const guess = suggestion !== undefined ? ` (did you mean ${suggestion}?)` : "";
    io.stderr(`${NAME}: no ${family ?? ""}${family ? " " : ""}code matches ${quote(command.code)}${guess}; try \`${NAME} list\`\n`);
    return 1;
  }
  const items = matches.map(explainItem);
  io.stdout(command.json ? explainJson(items) : formatExplain(items, command.code, width, style));
  return 0;
}

function list(command: Extract<Command, { kind: "list" }>, io: Io, width: number, style: Style): number {
  const families = command.family === undefined ? FAMILY_NAMES : [requireFamily(command.family, "list")];
  let groups: Set<string> | undefined;
  if (command.group !== undefined) {
    groups = resolveGroups(command.group, families);
    if (groups.size === 0) throw new UsageError(`unknown group ${quote(command.group)}; groups: ${groupIds(families).join(", ")}`, "list");
  }
  // FAMILY_NAMES is in the catalog's order (by name) and each family's entries are sorted by value.
  const items: ListItem[] = families
    .flatMap((f) => entries(f))
    .filter((e) => (groups === undefined || groups.has(`${e.family}/${e.group}`)) && (command.retryable === undefined || e.retryable === command.retryable))
    .map((entry) => ({ family: entry.family, familyTitle: familyTitle(entry.family), groupTitle: groupTitle(entry.family, entry.group), entry }));
  if (items.length === 0) {
    io.stderr(`${NAME}: no code matches these filters; try \`${NAME} list\` without them\n`);
    return 1;
  }
  io.stdout(command.json ? listJson(items) : formatList(items, width, style));
  return 0;
}
