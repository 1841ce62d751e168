// Catalog text inside Markdown, shown as written: no HTML of its own (a tag, a comment that hides the rest
// of the page), no link, emphasis, code span or table cell that the text did not mean. GitHub's renderer
// and every CommonMark one read the escapes back as the characters.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Text on one line of Markdown: `&`, `<` and `>` as entities (no raw HTML, autolink or entity of the text's
 * own), and a backslash before each character that would start markup: `\`, a backtick, `*`, `[`, `]`, `~`,
 * and `_` where it could open or close emphasis (not inside a word, as in TOKEN_EXPIRED). Line breaks become
 * spaces. A table cell escapes `|` on top of this (GFM reads `\|` in a cell, code spans included).
 */
export function mdInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/[\\`*[\]~]/g, "\\$&")
    .replace(/_/g, (_, at: number, s: string) => (/[\p{L}\p{N}]/u.test(s[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(s[at + 1] ?? "") ? "_" : "\\_"));
}

/**
 * Text as a paragraph of its own: each line as mdInline, its leading spaces dropped (no code block), `|`
 * escaped (no table), and a first character that would make a heading, list, rule or setext underline
 * (`#`, `-`, `+`, `=`, `1.`, `1)`) escaped.
 */
export function mdBlock(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) =>
      mdInline(line.trimStart())
        .replace(/\|/g, "\\|")
        .replace(/^[#=+-]/, "\\$&")
        .replace(/^(\d+)([.)])/, "$1\\$2"),
    )
    .join("\n");
}

/** Text as a code span: fenced by more backticks than any run inside it, padded where it starts or ends with one. */
export function mdCode(text: string): string {
  const one = text.replace(/\r\n?|\n/g, " ");
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
  return `${fence}${pad}${one}${pad}${fence}`;
}
