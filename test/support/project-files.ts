// The project's own files, as `git ls-files` lists them in a clone, and the same list where there is no
// .git (a source archive, a tarball of the checkout): every file under the root but what .gitignore names
// and .git itself. The .gitignore here holds only names and name globs (`dist/`, `*.tgz`,
// `generated.tmp-*`), matched against each path segment, which is all this reading supports.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The patterns of `dir`'s .gitignore, each matching a name; a pattern with a slash inside it is refused. */
function ignoredNames(dir: string): RegExp[] {
  const file = join(dir, ".gitignore");
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n") : [];
  const patterns = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  for (const p of patterns) if (/[\\[!]/.test(p) || p.slice(0, -1).includes("/")) throw new Error(`${file}: pattern ${p} needs a fuller reading than test/support/project-files.ts has`);
  return patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/\/$/, "")
          .replace(/[.+^${}()|]/g, "\\$&")
          .replace(/\*/g, ".*")
          .replace(/\?/g, ".")}$`,
      ),
  );
}

/**
 * Every file of the project by path relative to `root`, as the working tree has them: in a clone, what git
 * tracks (less what was deleted) and the new files it does not ignore; elsewhere, a walk that honours
 * .gitignore, which lists the same.
 */
export function projectFiles(root: string): string[] {
  const files = gitFiles(root, ["--cached", "--others", "--exclude-standard"]);
  if (files === undefined) return walkedFiles(root);
  const deleted = new Set(gitFiles(root, ["--deleted"]));
  return [...new Set(files)].filter((f) => !deleted.has(f));
}

/** What `git ls-files` lists with `args`, sorted; undefined without a .git, or without a git that can read it. */
export function gitFiles(root: string, args: string[]): string[] | undefined {
  if (!existsSync(join(root, ".git"))) return undefined;
  try {
    return execFileSync("git", ["ls-files", "-z", ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .split("\0")
      .filter(Boolean)
      .sort();
  } catch {
    // No git on the machine, or a .git it cannot read (another user's): walk the tree instead.
    return undefined;
  }
}

/** Every file under `root` but .git and what .gitignore names, sorted. */
export function walkedFiles(root: string): string[] {
  const out: string[] = [];
  // A folder's .gitignore applies to everything below it, on top of its parents'.
  const walk = (relative: string, inherited: RegExp[]) => {
    const ignored = [...inherited, ...ignoredNames(join(root, relative))];
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (ignored.some((re) => re.test(entry.name))) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path, ignored);
      else out.push(path);
    }
  };
  walk("", [/^\.git$/]);
  return out.sort();
}
