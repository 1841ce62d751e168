// generated/docs/index.html: the reference as one self-contained page (inline CSS and JS, no network), with
// a search box and filters. The cards are rendered here from the model's documentation parts; the page's
// script only shows and hides them. Its search is src/search.ts, bundled in, over terms embedded as JSON.
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

const UI_JS = `var $ = function (id) { return document.getElementById(id); };
var q = $("q"), filters = ["family", "group", "status", "strategy"].map(function (n) { return $("f-" + n); });
var cards = DATA.codes.map(function (c) { return document.getElementById(c.id); });
var terms = DATA.codes.map(function (c) { return c.terms; });
function update() {
  var query = q.value.trim(), shown = 0;
  var hit = query ? matchTerms(query, terms).indices : null, set = {};
  if (hit) hit.forEach(function (i) { set[i] = true; });
  DATA.codes.forEach(function (c, i) {
    var ok = (!hit || set[i]) && filters.every(function (f) {
      var want = f.value, have = f.id === "f-group" ? c.family + "/" + c.group : c[f.id.slice(2)];
      return want === "" || String(have) === want;
    });
    cards[i].hidden = !ok;
    if (ok) shown++;
  });
  $("count").textContent = shown === 1 ? "1 code" : shown + " codes";
  $("empty").hidden = shown > 0;
}
function reveal() {
  var id = decodeURIComponent(location.hash.slice(1)), card = id && document.getElementById(id);
  if (!card || !card.classList.contains("card")) return;
  if (card.hidden) { q.value = ""; filters.forEach(function (f) { f.value = ""; }); update(); }
  card.scrollIntoView();
  card.focus();
}
q.addEventListener("input", update);
filters.forEach(function (f) { f.addEventListener("change", update); });
$("reset").addEventListener("click", function () { q.value = ""; filters.forEach(function (f) { f.value = ""; }); update(); q.focus(); });
document.addEventListener("keydown", function (e) { if (e.key === "/" && document.activeElement !== q) { e.preventDefault(); q.focus(); } });
window.addEventListener("hashchange", reveal);
update();
reveal();`;

const CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;--accent:#0969da;--warn:#9a6700;--bad:#cf222e}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--card:#161b22;--accent:#4493f8;--warn:#d29922;--bad:#f85149}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}h1{font-size:1.5rem;margin:1rem 0 .25rem}
.controls{background:var(--bg);padding:.5rem 0;border-bottom:1px solid var(--line);display:grid;gap:.5rem;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr))}
@media (min-width:48rem){.controls{position:sticky;top:0;z-index:1}.card{scroll-margin-top:10rem}}
.controls .search{grid-column:1/-1}label{display:block;font-size:.8rem;color:var(--muted)}
input,select,button{font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4rem .5rem;width:100%}
button{width:auto;cursor:pointer}:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}.card:target{border-color:var(--accent);box-shadow:0 0 0 2px var(--accent)}
.card h2{font-size:1.1rem;margin:0;word-break:break-word}.card h2 a{color:inherit}.v{color:var(--muted);font-weight:400}
dl{display:grid;grid-template-columns:8rem 1fr;gap:.25rem .75rem;margin:.5rem 0 0}dt{color:var(--muted)}dd{margin:0}
@media (max-width:36rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}
a{color:var(--accent)}.dep{color:var(--bad)}.basis{color:var(--warn);font-size:.85em}code{font-family:ui-monospace,monospace}
#count{margin:.5rem 0;color:var(--muted)}`;

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

/** The data the page's script reads, from the model. */
export function pageData(model: Model): PageData {
  const codes = familiesInRoleOrder(model).flatMap((family) =>
    family.codes.map((code, i) => ({
      id: codeId(family, code),
      family: family.name,
      group: code.group,
      ...(code.httpStatus !== undefined ? { status: code.httpStatus } : family.role === "http-status" ? { status: code.value as number } : {}),
      strategy: code.retry.strategy,
      terms: searchTerms(code, family.derived.keys.filter((k) => k.index === i).map((k) => k.key)),
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
  const html = `<!DOCTYPE html>
<!-- ${generatedBy("scripts/emit/html.ts")} -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>VPN error code reference</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>VPN error code reference</h1><p>Every code of ${families.map((f) => escapeHtml(f.title)).join(", ")}. Search by value (${sample.value} or ${sample.hex}), name in any case (${sample.name}), HTTP status (${sample.status}) or words of the meaning.</p></header>
<main>
<form class="controls" role="search" onsubmit="return false">
<div class="search"><label for="q">Search codes</label><input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="${sample.value}, ${sample.hex}, ${sample.name}, ${sample.status}"></div>
${select("family", "Family", families.map((f) => [f.name, f.name]))}
${select("group", "Group", families.flatMap((f) => f.groups.map((g): [string, string] => [`${f.name}/${g.id}`, `${f.name}: ${titleWithLatin(g.title)}`])))}
${select("status", "HTTP status", statuses.map((s) => [String(s), model.statusText.get(s) ?? String(s)]))}
${select("strategy", "Retry", strategies.map((s) => [s, STRATEGY_TEXT[s]]))}
<div><label for="reset">Filters</label><button id="reset" type="button">Clear</button></div>
</form>
<p id="count" role="status" aria-live="polite"></p>
<p id="empty" hidden>No code matches. Try fewer words, or clear the filters.</p>
${families.flatMap((f) => f.codes.map((c) => card(model, f, c))).join("\n")}
</main>
<script type="application/json" id="data">${json}</script>
<script>
var DATA = JSON.parse(document.getElementById("data").textContent);
${search.replace(/<\//g, "<\\/")}
var matchTerms = Search.matchTerms;
${UI_JS}
</script>
</body>
</html>
`;
  return { "docs/index.html": html };
}
