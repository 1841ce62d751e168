// ERRORS.md from a catalog whose text is hostile Markdown and HTML: a project copy's catalog is edited as an
// author would edit it, the copy is built, and its ERRORS.md is rendered with a CommonMark/GFM renderer
// (marked, which passes raw HTML through as GitHub's would before sanitizing). Every hostile text must show
// as written, and none of it may become a tag, a comment, a link or emphasis.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mdBlock, mdCode, mdInline } from "../../scripts/emit/markdown.js";
import { ROOT } from "../support/fixtures.js";
import { copyProject } from "../support/project-copy.js";

const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "<!-- hides the rest",
  "<!-- a comment -->",
  "[link](javascript:alert(1))",
  "![image](https://example.com/x.png)",
  "<https://example.com/auto>",
  "**bold** *em* _em_ __strong__ `code` ``two`` ~~strike~~",
  "a | pipe, a \\ backslash, \\* an escape, &lt; an entity, &amp; another, R&D",
  "<script>alert(1)</script>",
];
const TEXT = HOSTILE.join(" ");
/** A note over several lines, each of which would start a block of its own. */
const LINES = ["# heading", "- item", "+ item", "1. item", "2) item", "    indented code", "> quote", "| a | b |", "|---|---|", "===", "<div>html block</div>"];

/** The page as a reader sees it: tags dropped, entities decoded, white space collapsed. */
function visibleText(html: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => named[name]!)
    .replace(/\s+/g, " ");
}

const yamlString = (text: string) => JSON.stringify(text);

/** How many of each element (and comment) a rendered page has. */
function tagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, name] of html.matchAll(/<([a-z][a-z0-9]*|!--)/gi)) counts[name!.toLowerCase()] = (counts[name!.toLowerCase()] ?? 0) + 1;
  return counts;
}

describe("ERRORS.md built from a catalog with hostile text", () => {
  let root = "";
  let html = "";

  beforeAll(() => {
    root = copyProject("vec-hostile-md-");
    const file = join(root, "catalog", "operational-error.yaml");
    let yaml = readFileSync(file, "utf8");
    const swap = (from: string, to: string) => {
      expect(yaml, from).toContain(from);
      yaml = yaml.replace(from, to);
    };
    swap("description: Tunnel broken. Occurs when a connected tunnel unexpectedly broke for an unknown reason.", `description: ${yamlString(`meaning ${TEXT}`)}`);
    swap("note: An unexpected breakage of a connected tunnel is usually cleared by connecting again.", `note: ${yamlString(`retry ${TEXT}`)}`);
    swap("text: Reconnect the tunnel with the same credentials.", `text: ${yamlString(`action ${TEXT}`)}`);
    swap("note: Its number lies in the Hydra range (180–197); the page lists it among the common errors.", `note: ${yamlString(`note ${TEXT}`)}`);
    swap("note: The page's heading begins with a Cyrillic С (U+0421), not a Latin C; it is kept verbatim.", `note: ${yamlString(LINES.join("\n"))}`);
    swap("title: Hydra protocol errors", `title: ${yamlString(`Hydra ${HOSTILE[0]} ${HOSTILE[3]}`)}`);
    writeFileSync(file, yaml);
    execFileSync(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--no-compile"], { cwd: root, stdio: "pipe" });
    html = marked.parse(readFileSync(join(root, "generated", "docs", "ERRORS.md"), "utf8"), { gfm: true, async: false }) as string;
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("shows every hostile text as written, in the table and in the notes under it", () => {
    const shown = visibleText(html);
    for (const where of ["meaning", "retry", "action", "note"]) expect(shown, where).toContain(`${where} ${TEXT}`);
    expect(shown).toContain(`Hydra ${HOSTILE[0]} ${HOSTILE[3]}`);
  });

  it("adds no element of its own: the same tags as the catalog's own reference, but GFM's links of bare https URLs", () => {
    const original = marked.parse(readFileSync(join(ROOT, "generated", "docs", "ERRORS.md"), "utf8"), { gfm: true, async: false }) as string;
    const autolinks = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].filter(([, href]) => /^https?:/.test(href!));
    // GitHub's extended autolinks: a bare https URL in the text becomes a link to itself, and nothing else does.
    for (const [, href, text] of autolinks) expect(href).toBe(text);
    expect(new Set(autolinks.map(([, href]) => href))).toEqual(new Set(["https://example.com/x.png", "https://example.com/auto"]));
    const withoutAutolinks = autolinks.reduce((h, [whole, , text]) => h.replace(whole!, text!), html);
    expect(tagCounts(withoutAutolinks)).toEqual(tagCounts(original));
    expect(html).not.toMatch(/href="javascript:|<img|<script|<div/i);
  });

  it("keeps a note over several lines one paragraph: no heading, list, quote, code block, table or rule", () => {
    const shown = visibleText(html);
    for (const line of LINES) expect(shown).toContain(line.trimStart());
  });

  it("still has one anchor per code and a working table (the escapes broke nothing of the reference's own)", () => {
    expect(html).toContain('<a id="OperationalError.Broken"></a>');
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThan(4);
  });
});

describe("the Markdown escapes one by one", () => {
  const render = (md: string) => (marked.parseInline(md, { gfm: true, async: false }) as string).trim();
  const cell = (md: string) => marked.parse(`| h |\n|---|\n| ${md.replace(/\|/g, "\\|")} |`, { gfm: true, async: false }) as string;

  it.each(HOSTILE)("mdInline(%j) renders as the text itself", (text) => {
    expect(visibleText(render(mdInline(text)))).toBe(text);
    expect(render(mdInline(text)).replace(/<a href="(https:[^"]*)">\1<\/a>/g, "$1")).not.toMatch(/<[a-z!]/i);
    expect(visibleText(cell(mdInline(text)))).toContain(text);
  });

  it("leaves an underscore inside a word alone, so identifiers in prose stay readable", () => {
    expect(mdInline("TOKEN_EXPIRED and _this_")).toBe("TOKEN_EXPIRED and \\_this\\_");
  });

  it("mdBlock keeps each line a line of one paragraph", () => {
    const html = marked.parse(mdBlock(LINES.join("\n")), { gfm: true, async: false }) as string;
    expect(html.trim().startsWith("<p>")).toBe(true);
    expect((html.match(/<p>/g) ?? []).length).toBe(1);
  });

  it.each(["plain", "has `one` tick", "``double``", "`edge`", "a|b"])("mdCode(%j) is one code span holding the text", (text) => {
    const html = render(mdCode(text));
    expect(html.startsWith("<code>") && html.endsWith("</code>")).toBe(true);
    expect(visibleText(html).trim()).toBe(text);
  });
});
