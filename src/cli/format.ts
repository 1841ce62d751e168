// Pure text formatting for the CLI: no I/O, no process state, so that it can be tested in-process.
import type { CodeEntry, FamilyName } from "../../generated/ts/catalog-types.js";
import { STRATEGY_TEXT } from "../../generated/ts/retry-index.js";
import type { Match } from "../lookup/describe.js";
import { displayWidth, wrap as wrapWords } from "../text.js";

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
export const ANSI: Style = { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), red: sgr(31, 39), cyan: sgr(36, 39) };
const same = (text: string) => text;
export const PLAIN: Style = { bold: same, dim: same, green: same, red: same, cyan: same };

/**
 * Colour or not, as Node itself decides: FORCE_COLOR wins when set (0 or false turn colour off), then any
 * non-empty NO_COLOR turns it off (https://no-color.org), then a TTY that is not TERM=dumb turns it on.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY && env.TERM !== "dumb";
}

/** The width to wrap to: the terminal's, else $COLUMNS, else 80; never under 40 nor over 100, for legibility. */
export function terminalWidth(columns: number | undefined, env: Readonly<Record<string, string | undefined>>): number {
  const candidates = [columns, Number(env.COLUMNS)];
  const width = candidates.find((c): c is number => c !== undefined && Number.isInteger(c) && c > 0) ?? 80;
  return Math.min(100, Math.max(40, width));
}

/**
 * Text that echoes user input, made safe for one terminal line: control characters (escape sequences,
 * newlines) escaped, and cut to `max` characters.
 */
export function printable(text: string, max: number): string {
  const chars = Array.from(text);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
  return shown.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** User input as a message quotes it. */
export function quote(input: string, max = 40): string {
  return `'${printable(input, max)}'`;
}

// The wording of the generated docs and doc comments, from the same catalog model.
export { STRATEGY_TEXT };

/** Terminal text wraps at the width even inside a long word. */
const wrap = (text: string, width: number) => wrapWords(text, width, { breakLongWords: true });

function paintStrategy(entry: CodeEntry, style: Style): (text: string) => string {
  if (entry.retryable) return style.green;
  return entry.retry.strategy === "no-retry" ? style.red : same;
}

/** One code as `explain` shows it: the lookup's match plus what the CLI adds from the catalog. */
export interface ExplainItem {
  family: FamilyName;
  familyTitle: string;
  /** How the input found the code; "search": no code has it as a key, and the words of its names or meaning have the input's words. */
  matchedBy: Match["matchedBy"] | "search";
  groupTitle: string;
  entry: CodeEntry;
  /** "401 Unauthorized", for an entry with an HTTP status. */
  httpStatusText?: string;
  /** For a code of the http-status family: the REST error codes the API sends with that status. */
  restErrorCodes?: string[];
}

const LABEL_WIDTH = 13;
const INDENT = 2 + LABEL_WIDTH;

/** A labelled field: each paragraph starts a new line; continuation lines are indented under the text. */
function field(label: string, paragraphs: string[], width: number, style: Style, paint: (text: string) => string = same): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, width - INDENT)) {
      const prefix = lines.length === 0 ? `  ${style.dim(label.padEnd(LABEL_WIDTH))}` : " ".repeat(INDENT);
      lines.push(prefix + paint(line));
    }
  }
  return lines;
}

function title(item: ExplainItem): string {
  const { entry } = item;
  let text = `${item.family}.${entry.name}`;
  if (entry.value !== entry.name) text += ` = ${entry.value}`;
  if (entry.label !== undefined) text += ` (${entry.label})`;
  return text;
}

function explainOne(item: ExplainItem, input: string, width: number, style: Style): string[] {
  const { entry } = item;
  const lines = wrap(title(item), width).map((l) => style.bold(l));
  if (item.matchedBy === "search") lines.push(...wrap(`${input} is no code's name or value; found by a search of names and meanings`, width - 2).map((l) => `  ${style.dim(l)}`));
  if (item.matchedBy === "alias" || item.matchedBy === "legacyName") {
    const what = item.matchedBy === "alias" ? "an alias" : "an older wire name";
    lines.push(...wrap(`${input} is ${what}; the identifier is ${entry.name}`, width - 2).map((l) => `  ${style.dim(l)}`));
  }
  lines.push(...field("Family", [`${item.family}: ${item.familyTitle}`], width, style));
  lines.push(...field("Group", [item.groupTitle], width, style));
  lines.push(...field("Meaning", [entry.description], width, style));
  if (item.httpStatusText !== undefined) lines.push(...field("HTTP status", [item.httpStatusText], width, style));
  const retry = entry.retry;
  lines.push(...field("Retry", [`${STRATEGY_TEXT[retry.strategy]} (${retry.strategy}, ${retry.basis})`], width, style, paintStrategy(entry, style)));
  lines.push(...wrap(retry.note, width - INDENT).map((l) => " ".repeat(INDENT) + l));
  if (retry.override !== undefined) lines.push(...field("Override", [retry.override], width, style));
  if (entry.action !== undefined) lines.push(...field("Action", [`${entry.action.text} (${entry.action.basis})`], width, style));
  if (entry.aliases?.length) lines.push(...field("Aliases", [entry.aliases.join(", ")], width, style));
  if (entry.legacyNames?.length) {
    const older = entry.legacyNames.flatMap((l) => [`${l.name} (${l.source}; ${l.basis})`, ...(l.note !== undefined ? [l.note] : [])]);
    lines.push(...field("Older names", older, width, style));
  }
  if (entry.deprecated !== undefined) {
    const d = entry.deprecated;
    const head = d.reason === "renamed" && d.replacement !== undefined ? `renamed to ${d.replacement}` : d.reason;
    lines.push(...field("Deprecated", [`${head}${d.since !== undefined ? ` since ${d.since}` : ""}: ${d.note}`], width, style, style.red));
  }
  if (entry.stability !== "stable") lines.push(...field("Stability", [entry.stability], width, style));
  if (entry.note !== undefined) lines.push(...field("Note", [entry.note], width, style));
  if (item.restErrorCodes?.length) lines.push(...field("REST codes", [item.restErrorCodes.join(", ")], width, style));
  return lines;
}

/** Every match for `input`, one block each, separated by a blank line. */
export function formatExplain(items: readonly ExplainItem[], input: string, width: number, style: Style): string {
  const blocks = items.map((item) => explainOne(item, input, width, style).join("\n"));
  const intro = items.length > 1 ? [wrap(`${input} matches ${items.length} codes, in ${items.map((i) => i.family).join(" and ")}:`, width).join("\n")] : [];
  return `${[...intro, ...blocks].join("\n\n")}\n`;
}

/** The documented JSON of `explain`: an array with one object per match. */
export function explainJson(items: readonly ExplainItem[]): string {
  const out = items.map((i) => ({
    family: i.family,
    familyTitle: i.familyTitle,
    matchedBy: i.matchedBy,
    groupTitle: i.groupTitle,
    entry: i.entry,
    ...(i.restErrorCodes !== undefined ? { restErrorCodes: i.restErrorCodes } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

export interface ListItem {
  family: FamilyName;
  familyTitle: string;
  groupTitle: string;
  entry: CodeEntry;
}

/** The value column of `list`: an integer value, else the HTTP status a code maps to in parentheses ("(401)"), else "—". */
export function valueCell(entry: CodeEntry): string {
  if (typeof entry.value === "number") return String(entry.value);
  return entry.httpStatus !== undefined ? `(${entry.httpStatus})` : "—";
}

export const LIST_HEADER = ["FAMILY", "VALUE", "NAME", "RETRY"] as const;

/**
 * A header row, then one line per code: family, value, name, retry strategy, in columns. When the padded
 * columns would not fit the width, single spaces separate the fields instead, so that each code still takes one line.
 */
export function formatList(items: readonly ListItem[], width: number, style: Style): string {
  if (items.length === 0) return "";
  const rows = items.map((i) => [i.family, valueCell(i.entry), i.entry.name, i.entry.retry.strategy] as const);
  const widths = [0, 1, 2].map((c) => Math.max(displayWidth(LIST_HEADER[c]!), ...rows.map((r) => displayWidth(r[c]!))));
  const padded = widths.reduce((a, b) => a + b + 2, 0) + Math.max(0, ...rows.map((r) => displayWidth(r[3])));
  const fits = padded <= width;
  const cellsOf = (row: readonly string[]) => (fits ? [row[0]!.padEnd(widths[0]!), row[1]!.padStart(widths[1]!), row[2]!.padEnd(widths[2]!), row[3]!] : [...row]);
  const header = style.dim(
    cellsOf(LIST_HEADER)
      .join(fits ? "  " : " ")
      .trimEnd(),
  );
  const lines = rows.map((row, n) => {
    const cells = cellsOf(row);
    const paint = paintStrategy(items[n]!.entry, style);
    return [style.cyan(cells[0]!), cells[1], style.bold(cells[2]!), paint(cells[3]!)].join(fits ? "  " : " ");
  });
  return `${[header, ...lines].join("\n")}\n`;
}

/** The documented JSON of `list`: an array with one object per code, in the order of the text output. */
export function listJson(items: readonly ListItem[]): string {
  return `${JSON.stringify(
    items.map((i) => ({ family: i.family, familyTitle: i.familyTitle, groupTitle: i.groupTitle, entry: i.entry })),
    null,
    2,
  )}\n`;
}

export const USAGE = {
  explain: "usage: vpn-error-codes explain <value|hex|name|words> [--family F] [--json]",
  search: "usage: vpn-error-codes search <words...> [--family F] [--json]",
  list: "usage: vpn-error-codes list [--family F] [--group G] [--[no-]retryable] [--json]",
  docs: "usage: vpn-error-codes docs",
} as const;

const COMMAND_HELP = {
  explain: `Every code that a value (8199 or 0x2007), a name in any case or with any
separators (TOKEN_EXPIRED, token-expired), an alias, an older wire name or
an HTTP status (429) matches: meaning, HTTP status, retry advice and
recommended action, each saying whether the vendor documents it or this
catalog infers it. When nothing matches exactly, explain searches the
meanings, as search does. Input that matches several codes lists them all.
\`vpn-error-codes 8199\` is short for \`vpn-error-codes explain 8199\`.`,
  search: `The codes whose name, value or HTTP status the words give, or else whose
names and meanings contain every word (as a word's start): \`search leak\`,
\`search token expired\`. One line per code, as list prints them.`,
  list: `A header row, then one line per code: family, value (for a code whose
value is its name, its HTTP status in parentheses), name and retry strategy.`,
  docs: `The path of the HTML reference page (generated/docs/index.html), to open
in a browser.`,
} as const;

/** Help on one command: its usage, what it does, and the exit status. */
export function commandHelp(command: keyof typeof USAGE): string {
  return `${USAGE[command]}\n\n${COMMAND_HELP[command]}\n\nExit status: 0 found, 1 nothing matches, 2 bad usage.\n`;
}

export function helpText(families: readonly string[]): string {
  return `vpn-error-codes: what a VPN error code means, and whether a retry can help.

Usage:
  vpn-error-codes explain <value|hex|name|status|words> [--family <name>]
                          [--json]
  vpn-error-codes <value|name>          (short for explain)
  vpn-error-codes search <words...> [--family <name>] [--json]
  vpn-error-codes list [--family <name>] [--group <id|title>]
                       [--retryable | --no-retryable] [--json]
  vpn-error-codes docs
  vpn-error-codes simulate [--scenario <name>] [--clients N] [--json]
  vpn-error-codes <command> --help

Commands:
  explain  Every code that a value (8199, 0x2007), a name in any case
           (token_expired), an alias, an older wire name or an HTTP status
           (429) matches: meaning, HTTP status, retry advice and recommended
           action, each saying whether the vendor documents it or this
           catalog infers it. Falls back to a search when nothing matches.
  search   The codes whose names or meanings contain the words (search leak).
  list     One line per code: family, value, name and retry strategy.
  docs     The path of the HTML reference page, to open in a browser.

Options:
${wrap(`a family, in any case or kebab-case: ${families.join(", ")}`, 56)
  .map((l, i) => `${i === 0 ? "  --family <name>   " : " ".repeat(20)}  ${l}`)
  .join("\n")}
  --group <id|title>  a group by id (hydra) or title ("Hydra protocol errors")
  --retryable         only codes a retry can help; --no-retryable (or
                      --retryable=false) only the others
  --json              machine-readable output (an array of objects)
  -h, --help          this help
  -v, --version       the package version

Exit status: 0 found, 1 nothing matches, 2 bad usage.
Colour only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it.
`;
}
