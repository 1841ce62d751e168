// The script of generated/docs/index.html, inlined by scripts/emit/html.ts after the page's JSON data block
// and the bundled search of src/search.ts (the global Search), so that the page and the CLI search alike.
// The cards are already in the page: this only shows and hides them. A classic script for browsers since
// 2020 (ES2020); the page's Content-Security-Policy allows it no network access.

const DATA = JSON.parse(document.getElementById("data").textContent);
const matchTerms = Search.matchTerms;
const $ = (id) => document.getElementById(id);
const query = $("q");
const filters = ["family", "group", "status", "strategy"].map((name) => $(`f-${name}`));
const cards = DATA.codes.map((code) => document.getElementById(code.id));
const terms = DATA.codes.map((code) => code.terms);

/** What a filter compares: the group select's values are "Family/group", the others a field of the code. */
const filtered = (code, filter) => (filter.id === "f-group" ? `${code.family}/${code.group}` : code[filter.id.slice(2)]);

function update() {
  const text = query.value.trim();
  const hits = text ? new Set(matchTerms(text, terms).indices) : null;
  let shown = 0;
  DATA.codes.forEach((code, i) => {
    const ok = (!hits || hits.has(i)) && filters.every((f) => f.value === "" || String(filtered(code, f)) === f.value);
    cards[i].hidden = !ok;
    if (ok) shown++;
  });
  $("count").textContent = shown === 1 ? "1 code" : `${shown} codes`;
  $("empty").hidden = shown > 0;
}

function clear() {
  query.value = "";
  for (const f of filters) f.value = "";
  update();
}

/** The card a permalink names, shown even when the search or the filters hide it. */
function reveal() {
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed escape (#%E0) names no card.
    return;
  }
  const card = id ? document.getElementById(id) : null;
  if (!card?.classList.contains("card")) return;
  if (card.hidden) clear();
  card.scrollIntoView();
  card.focus();
}

query.addEventListener("input", update);
for (const f of filters) f.addEventListener("change", update);
$("reset").addEventListener("click", () => {
  clear();
  query.focus();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "/" && document.activeElement !== query) {
    event.preventDefault();
    query.focus();
  }
});
window.addEventListener("hashchange", reveal);
update();
reveal();
