// Release notes for the catalog, written from the same differences the compatibility check judges.
// Pure string functions: the version step does the reading and writing.
import { LEVELS, requiredBump, type Difference, type DifferenceKind } from "./compat.js";

export const NOTES_HEADING = "### Catalog changes";

const ADDED: ReadonlySet<DifferenceKind> = new Set(["code-added", "family-added"]);
const DEPRECATED: ReadonlySet<DifferenceKind> = new Set(["deprecated"]);
const REMOVED: ReadonlySet<DifferenceKind> = new Set(["code-removed", "family-removed"]);

/** The "### Catalog changes" section for one release: codes added, deprecated, removed and changed. */
export function releaseNotes(differences: readonly Difference[]): string {
  const lines = [NOTES_HEADING, ""];
  if (differences.length === 0) return [...lines, "No change to the catalog.", ""].join("\n");
  lines.push(`Compared with the catalog of the previous release, these changes need a ${requiredBump(differences)} release.`, "");

  const entry = (d: Difference, text?: string, breaking = false) => `- \`${d.subject}\`${d.kind.startsWith("family") ? " (family)" : ""}${breaking ? " (breaking)" : ""}${text ? `: ${text}` : ""}`;
  const section = (title: string, entries: string[]) => {
    if (entries.length > 0) lines.push(`#### ${title}`, "", ...entries, "");
  };
  section(
    "Added",
    differences.filter((d) => ADDED.has(d.kind)).map((d) => entry(d, d.detail)),
  );
  section(
    "Deprecated",
    differences.filter((d) => DEPRECATED.has(d.kind)).map((d) => entry(d, d.detail)),
  );
  section(
    "Removed",
    differences.filter((d) => REMOVED.has(d.kind)).map((d) => entry(d)),
  );

  // One line per code, however many of its fields changed; breaking lines first, as readers need those most.
  const changed = new Map<string, Difference[]>();
  for (const d of differences.filter((d) => !ADDED.has(d.kind) && !DEPRECATED.has(d.kind) && !REMOVED.has(d.kind))) {
    changed.set(d.subject, [...(changed.get(d.subject) ?? []), d]);
  }
  const rank = (list: Difference[]) => LEVELS.indexOf(requiredBump(list));
  const ordered = [...changed.values()].map((list, i) => ({ list, i })).sort((a, b) => rank(b.list) - rank(a.list) || a.i - b.i);
  section(
    "Changed",
    ordered.map(({ list }) => entry(list[0]!, list.map((d) => d.message).join("; "), requiredBump(list) === "major")),
  );
  return lines.join("\n");
}

/**
 * Puts `notes` at the end of the "## <version>" section that `changeset version` wrote, replacing any
 * notes an earlier run left there. Without such a section, one is started under the title.
 */
export function insertReleaseNotes(changelog: string, version: string, notes: string): string {
  const lines = changelog.replace(/\n+$/, "").split("\n");
  let start = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (start === -1) {
    const title = lines.findIndex((l) => l.startsWith("# "));
    const heading = title === -1 ? [`## ${version}`, ""] : ["", `## ${version}`];
    lines.splice(title + 1, 0, ...heading);
    start = title === -1 ? 0 : title + 2;
  }
  const next = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const end = next === -1 ? lines.length : next;
  let block = lines.slice(start + 1, end);
  const earlier = block.findIndex((l) => l.trim() === NOTES_HEADING);
  if (earlier !== -1) {
    const after = block.findIndex((l, i) => i > earlier && l.startsWith("### "));
    block = [...block.slice(0, earlier), ...(after === -1 ? [] : block.slice(after))];
  }
  while (block.length > 0 && block.at(-1)!.trim() === "") block.pop();
  const section = [...block, "", ...notes.trimEnd().split("\n"), ""];
  return [...lines.slice(0, start + 1), ...section, ...lines.slice(end)].join("\n").replace(/\n*$/, "\n");
}
