// Pending changesets: the .md files `npm run changeset` writes, parsed the way `changeset version` parses them.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import parseChangesetFile from "@changesets/parse";
import { maxLevel, type Level } from "./compat.js";

export interface Changeset {
  /** Path as shown in messages. */
  file: string;
  summary: string;
  releases: Array<{ name: string; type: Level }>;
}

export interface ReadChangesets {
  changesets: Changeset[];
  /** One line per file that changesets itself would refuse. */
  problems: string[];
}

/** Reads every changeset in `dir`; a missing folder holds none. `display` turns a path into what messages show. */
export function readChangesets(dir: string, display: (path: string) => string = (p) => p): ReadChangesets {
  if (!existsSync(dir)) return { changesets: [], problems: [] };
  const changesets: Changeset[] = [];
  const problems: string[] = [];
  // README.md is the one Markdown file changesets keeps in its folder that is not a changeset.
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".md") && n !== "README.md")
    .sort();
  for (const name of names) {
    const path = join(dir, name);
    const file = display(path);
    try {
      changesets.push({ file, ...parseChangesetFile(readFileSync(path, "utf8")) });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      problems.push(`${file}: ${reason}`);
    }
  }
  return { changesets, problems };
}

/** The bump the changesets declare for `packageName`: the largest one, as `changeset version` applies it. */
export function declaredBump(changesets: readonly Changeset[], packageName: string): Level {
  return changesets
    .flatMap((c) => c.releases)
    .filter((r) => r.name === packageName)
    .reduce<Level>((level, r) => maxLevel(level, r.type), "none");
}
