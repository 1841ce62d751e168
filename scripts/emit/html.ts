// generated/docs/index.html: the reference as one self-contained page (inline CSS and JS, no network), with
// a search box and filters. The cards are rendered here from the model's documentation parts; the page's
// script (runtime/html/page.js) only shows and hides them, and its styles are runtime/html/page.css. Its
// search is src/search.ts, bundled in, over terms embedded as JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { searchTerms, type Terms } from "../../src/search.js";
import { memo, packageVersion, sourceFingerprint } from "../memo.js";
import { PROJECT_ROOT } from "../root.js";
import { STRATEGY_TEXT, type Model, type ResolvedCode, type ResolvedFamily } from "../catalog/model.js";
import { codeId, deprecationText, familiesInRoleOrder, hexValue, lookupNames, restCodesUsing, titleWithLatin } from "./doc-text.js";
import { generatedBy } from "./header.js";

/** What the page's script knows of a code: its id, what the filters test, and its search terms. */
export interface PageCode {
  id: string;
  family: string;
  group: string;
  status?: number;
  strategy: string;
  terms: Terms;
}

export interface PageData {
  codes: PageCode[];
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The page's search: src/search.ts itself, bundled for the browser, so that the page and the CLI cannot
 * drift apart. The bundle depends only on src/ and esbuild's version, so it is memoised by them, and
 * esbuild is loaded only on a miss.
 */
export function searchScript(): Promise<string> {
  return memo("search-script", [sourceFingerprint(), packageVersion("esbuild")], bundleSearch);
}

async function bundleSearch(): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { contents: 'export { matchTerms } from "./src/search.ts";', resolveDir: PROJECT_ROOT, loader: "ts" },
    bundle: true,
    write: false,
    format: "iife",
    globalName: "Search",
    target: "es2017",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text.trim();
}

/** The page's own script and styles: real files under runtime/html/, where editors and the linter reach them. */
const PAGE_SOURCES = join(PROJECT_ROOT, "runtime", "html");

/**
 * A runtime/html/ file as it is inlined into the page. Inline, `</script` or `</style` would end the element
 * early and HTML escaping does not apply inside it, so such text fails the build instead.
 */
export function pageSource(name: string, text: string = readFileSync(join(PAGE_SOURCES, name), "utf8")): string {
  const closer = name.endsWith(".css") ? "</style" : "</script";
  if (text.toLowerCase().includes(closer)) throw new Error(`runtime/html/${name}: contains ${closer}, which would end the page's inline element; write it another way`);
  return text;
}

function row(label: string, html: string | undefined): string {
  return html === undefined || html === "" ? "" : `<dt>${label}</dt><dd>${html}</dd>`;
}

const linkTo = (family: ResolvedFamily, code: ResolvedCode) => `<a href="#${escapeHtml(codeId(family, code))}"><code>${escapeHtml(code.name)}</code></a>`;

function card(model: Model, family: ResolvedFamily, code: ResolvedCode): string {
  const doc = code.derived.doc;
  const id = codeId(family, code);
  const hex = hexValue(code);
  const value = typeof code.value === "number" ? `${code.value} (${hex})` : "its name (the source gives no number)";
  const rest = restCodesUsing(model, family, code);
  const names = lookupNames(doc);
  const deprecated = deprecationText(doc, (n) => `<code>${escapeHtml(n)}</code>`);
  const title = `${family.name}.${code.name}${code.label ? ` (${code.label})` : ""}`;
  return `<article class="card" id="${escapeHtml(id)}" tabindex="-1" aria-labelledby="${escapeHtml(id)}-h"><h2 id="${escapeHtml(id)}-h"><a href="#${escapeHtml(id)}" title="Permalink">${escapeHtml(title)}</a>${typeof code.value === "number" ? ` <span class="v">= ${code.value} · ${hex}</span>` : ""}</h2><dl>${[
    row("Meaning", escapeHtml(doc.meaning)),
    row("Group", escapeHtml(titleWithLatin(doc.group))),
    row("Value", escapeHtml(value)),
    row("HTTP status", doc.http && escapeHtml(doc.http)),
    row("Retry", `${escapeHtml(doc.retry)}. ${escapeHtml(doc.retryNote)}`),
    row("Departs", doc.override && escapeHtml(doc.override)),
    row("Action", doc.action && escapeHtml(doc.action)),
    row("Also found as", names.map((n) => `<code>${escapeHtml(n)}</code>`).join(", ")),
    row("Deprecated", deprecated && `<span class="dep">${doc.deprecated!.reason}: ${deprecated}</span>`),
    row("Note", code.note && escapeHtml(code.note)),
    row("REST codes", rest.map((c) => linkTo(model.restFamily, c)).join(", ")),
  ].join("")}</dl></article>`;
}

function select(name: string, label: string, options: Array<[string, string]>): string {
  return `<div><label for="f-${name}">${label}</label><select id="f-${name}"><option value="">All</option>${options.map(([v, t]) => `<option value="${escapeHtml(v)}">${escapeHtml(t)}</option>`).join("")}</select></div>`;
}

/** The lookup keys of a family's `index`-th code: its names and, for a numeric family, its value. */
const keysOf = (family: ResolvedFamily, index: number) => family.derived.keys.filter((k) => k.index === index).map((k) => k.key);

/** The data the page's script reads, from the model. */
export function pageData(model: Model): PageData {
  const codes = familiesInRoleOrder(model).flatMap((family) =>
    family.codes.map((code, i) => ({
      id: codeId(family, code),
      family: family.name,
      group: code.group,
      ...(code.httpStatus !== undefined ? { status: code.httpStatus } : family.role === "http-status" ? { status: code.value as number } : {}),
      strategy: code.retry.strategy,
      terms: searchTerms(code, keysOf(family, i)),
    })),
  );
  return { codes };
}

export async function emitHtml(model: Model): Promise<Record<string, string>> {
  const search = await searchScript();
  // The sample queries come from the catalog's example codes, like every README's.
  const { sdkEvent, tokenRefresh } = model.examples;
  const sample = {
    value: String(sdkEvent.code.value),
    hex: hexValue(sdkEvent.code) ?? "",
    name: tokenRefresh.code.name.toLowerCase().replace(/_/g, " "),
    status: String(tokenRefresh.code.httpStatus ?? ""),
  };
  const families = familiesInRoleOrder(model);
  const data = pageData(model);
  const statuses = [...new Set(data.codes.flatMap((c) => (c.status !== undefined ? [c.status] : [])))].sort((a, b) => a - b);
  const strategies = [...new Set(data.codes.map((c) => c.strategy))] as Array<keyof typeof STRATEGY_TEXT>;
  const json = JSON.stringify(data).replace(/<\//g, "<\\/");
  // Each filter's options as [value, text].
  const familyOptions = families.map((f): [string, string] => [f.name, f.name]);
  const groupOptions = families.flatMap((f) => f.groups.map((g): [string, string] => [`${f.name}/${g.id}`, `${f.name}: ${titleWithLatin(g.title)}`]));
  const statusOptions = statuses.map((s): [string, string] => [String(s), model.statusText.get(s) ?? String(s)]);
  const strategyOptions = strategies.map((s): [string, string] => [s, STRATEGY_TEXT[s]]);
  const filters = [select("family", "Family", familyOptions), select("group", "Group", groupOptions), select("status", "HTTP status", statusOptions), select("strategy", "Retry", strategyOptions)];
  const html = `<!DOCTYPE html>
<!-- ${generatedBy("scripts/emit/html.ts")} -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>VPN error code reference</title>
<style>
${pageSource("page.css")}</style>
</head>
<body>
<header><h1>VPN error code reference</h1><p>Every code of ${families.map((f) => escapeHtml(f.title)).join(", ")}. Search by value (${sample.value} or ${sample.hex}), name in any case (${sample.name}), HTTP status (${sample.status}) or words of the meaning.</p></header>
<main>
<form class="controls" role="search" onsubmit="return false">
<div class="search"><label for="q">Search codes</label><input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="${sample.value}, ${sample.hex}, ${sample.name}, ${sample.status}"></div>
${filters.join("\n")}
<div><label for="reset">Filters</label><button id="reset" type="button">Clear</button></div>
</form>
<p id="count" role="status" aria-live="polite"></p>
<p id="empty" hidden>No code matches. Try fewer words, or clear the filters.</p>
${families.flatMap((f) => f.codes.map((c) => card(model, f, c))).join("\n")}
</main>
<script type="application/json" id="data">${json}</script>
<script>
${search.replace(/<\//g, "<\\/")}
${pageSource("page.js")}</script>
</body>
</html>
`;
  return { "docs/index.html": html };
}
