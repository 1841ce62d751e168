// The CLI as a function of its arguments and environment, returning the exit code; main.ts wires it to
// the process. Exit codes: 0 found, 1 nothing matches, 2 bad usage.
import type { CodeEntry, FamilyName } from "../../generated/ts/catalog-types.js";
import { STATUS_TEXT } from "../../generated/ts/families.js";
import { describe, entries, entryKeys, restErrorCodesForStatus, type Match } from "../lookup/describe.js";
import { searchTerms, matchTerms, queryKey, type Terms } from "../search.js";
import { COMMANDS, UsageError, parseCommand, type Command, type CommandName } from "./args.js";
import { FAMILY_NAMES, familyInfo, familyTitle, groupIds, groupTitle, resolveFamily, resolveGroups } from "./catalog.js";
import {
  ANSI,
  PLAIN,
  USAGE,
  colorEnabled,
  commandHelp,
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
import { closest, foldKey, hexToDecimal } from "../text.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** The terminal's width, when stdout is one. */
  columns: number | undefined;
  isTTY: boolean;
  version(): string;
  /** The installed package's generated/docs/index.html. */
  docsPath(): string;
}

const NAME = "vpn-error-codes";

export function run(argv: readonly string[], io: Io): number {
  try {
    const command = parseCommand(argv);
    const width = terminalWidth(io.columns, io.env);
    const style = colorEnabled(io.env, io.isTTY) ? ANSI : PLAIN;
    switch (command.kind) {
      case "help":
        io.stdout(command.command ? commandHelp(command.command) : helpText(FAMILY_NAMES));
        return 0;
      case "docs":
        io.stdout(`${io.docsPath()}\n`);
        return 0;
      case "search":
        return search(command, io, width, style);
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
    // `vpn-error-codes 8199` is short for `vpn-error-codes explain 8199`.
    if (error.strayCommand !== undefined && looksLikeCode(error.strayCommand)) return run(["explain", ...argv], io);
    io.stderr(`${NAME}: ${error.message}${strayHint(error.strayCommand)}\n${error.command ? USAGE[error.command] : COMMANDS.map((c) => USAGE[c]).join("\n")}\n`);
    return 2;
  }
}

/** A word in the command's place that a forgiving lookup finds, or that is a number: not a mistyped command. */
function looksLikeCode(word: string): boolean {
  if (/^\s*(\d+|0x[0-9a-f]+)\s*$/i.test(word)) return true; // a number, even one no code has
  const found = matchTerms(word, allTerms().terms);
  return found.how === "key" && found.indices.length > 0;
}

// `vpn-error-codes lst`: say what was probably meant.
function strayHint(word: string | undefined): string {
  if (word === undefined) return "";
  const command = closest(word, [...COMMANDS, "help"]);
  return command ? `; did you mean \`${NAME} ${command}\`?` : "";
}

interface Searched {
  entries: readonly CodeEntry[];
  terms: readonly Terms[];
}
const termsByFamily = new Map<FamilyName | undefined, Searched>();

/** The entries of one family or of all, with their search terms (computed once per run). */
function termsOf(family: FamilyName | undefined): Searched {
  let found = termsByFamily.get(family);
  if (found === undefined) {
    const pool = entries(family);
    found = { entries: pool, terms: pool.map((e) => searchTerms(e, entryKeys(e))) };
    termsByFamily.set(family, found);
  }
  return found;
}
const allTerms = () => termsOf(undefined);

/** A match of the forgiving lookup: "search" when the words of the input found it, not a key. */
type Found = Omit<Match, "matchedBy"> & { matchedBy: ExplainItem["matchedBy"] };

/** How a folded key names `entry`: its identifier, an alias, an older wire name, or its value. */
function matchedByKey(entry: CodeEntry, key: string): Found {
  const kinds: Array<[Match["matchedBy"], readonly string[]]> = [
    ["name", [entry.name]],
    ["alias", entry.aliases ?? []],
    ["legacyName", (entry.legacyNames ?? []).map((l) => l.name)],
  ];
  const kind = kinds.find(([, names]) => names.some((n) => foldKey(n) === key))?.[0];
  return { family: entry.family, entry, matchedBy: kind ?? "value" };
}

/**
 * What `input` finds, most exact first: the lookup's own keys; a hex value; a name in any case and with
 * any separators (or an HTTP status); else a search of names and meanings.
 */
function forgivingLookup(input: string, family: FamilyName | undefined): { matches: readonly Found[]; how: "exact" | "key" | "words" } {
  const exact = describe(input, family);
  if (exact.length > 0) return { matches: exact, how: "exact" };
  const decimal = hexToDecimal(input);
  if (decimal !== undefined) return { matches: describe(decimal, family), how: "exact" };
  const { entries: pool, terms } = termsOf(family);
  const found = matchTerms(input, terms);
  const key = queryKey(input);
  const matches = found.indices.map((i): Found => (found.how === "words" ? { family: pool[i]!.family, entry: pool[i]!, matchedBy: "search" } : matchedByKey(pool[i]!, key)));
  return { matches, how: found.how };
}

function requireFamily(input: string, command: CommandName): FamilyName {
  const family = resolveFamily(input);
  if (family === undefined) throw new UsageError(`unknown family ${quote(input)}; one of ${FAMILY_NAMES.join(", ")}`, command);
  return family;
}

function explainItem(match: Found): ExplainItem {
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
  const { matches, how } = forgivingLookup(command.code, family);
  if (matches.length === 0) {
    const suggestion = closest(command.code, knownNames(family));
    return noMatch(io, family, command.code, suggestion !== undefined ? ` (did you mean ${suggestion}?)` : "");
  }
  const items = matches.map(explainItem);
  if (how === "words" && items.length > 1 && !command.json) {
    io.stdout(searchText(matches, command.code, family, width, style));
    return 0;
  }
  io.stdout(command.json ? explainJson(items) : formatExplain(items, command.code, width, style));
  return 0;
}

function listItem(entry: CodeEntry): ListItem {
  return { family: entry.family, familyTitle: familyTitle(entry.family), groupTitle: groupTitle(entry.family, entry.group), entry };
}

/** Nothing matches: one line on stderr, exit 1. */
function noMatch(io: Io, family: FamilyName | undefined, input: string, guess = ""): number {
  io.stderr(`${NAME}: no ${family ?? ""}${family ? " " : ""}code matches ${quote(input)}${guess}; try \`${NAME} list\`\n`);
  return 1;
}

/** Search results: how many, the list of them, and how to see one in full. */
function searchText(matches: readonly Found[], input: string, family: FamilyName | undefined, width: number, style: Style): string {
  const first = matches[0]!.entry;
  const hint = `explain one: ${NAME} explain ${first.name}${family === undefined && describe(first.name).length > 1 ? ` --family ${first.family}` : ""}`;
  return `${quote(input)} matches ${matches.length} code${matches.length === 1 ? "" : "s"}:\n${formatList(
    matches.map((m) => listItem(m.entry)),
    width,
    style,
  )}${style.dim(hint)}\n`;
}

function search(command: Extract<Command, { kind: "search" }>, io: Io, width: number, style: Style): number {
  const family = command.family === undefined ? undefined : requireFamily(command.family, "search");
  const { entries: pool, terms } = termsOf(family);
  const matches = matchTerms(command.words, terms).indices.map((i): Found => ({ family: pool[i]!.family, entry: pool[i]!, matchedBy: "search" }));
  if (matches.length === 0) return noMatch(io, family, command.words);
  io.stdout(command.json ? listJson(matches.map((m) => listItem(m.entry))) : searchText(matches, command.words, family, width, style));
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
    .map(listItem);
  if (items.length === 0) {
    io.stderr(`${NAME}: no code matches these filters; try \`${NAME} list\` without them\n`);
    return 1;
  }
  io.stdout(command.json ? listJson(items) : formatList(items, width, style));
  return 0;
}
