// test/support/project-files.ts lists, without git, what git lists in a clone: the tests that copy the
// project (add-code) then pass from a source archive as they do from a clone.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./fixtures.js";
import { gitFiles, projectFiles, walkedFiles } from "./project-files.js";

describe("the project's files, with and without git", () => {
  const tracked = gitFiles(ROOT, ["--cached"]);

  it.skipIf(tracked === undefined)("the walk finds what git tracks, plus the untracked files git does not ignore, and nothing it ignores", () => {
    const untracked = gitFiles(ROOT, ["--others", "--exclude-standard"])!;
    const deleted = new Set(gitFiles(ROOT, ["--deleted"])!);
    expect(walkedFiles(ROOT)).toEqual([...tracked!.filter((f) => !deleted.has(f)), ...untracked].sort());
    expect(projectFiles(ROOT)).toEqual(walkedFiles(ROOT));
  });

  it("without a .git git can read, the list is the walk, which skips .git and what each .gitignore names below it", () => {
    const root = mkdtempSync(join(tmpdir(), "vec-files-"));
    try {
      cpSync(join(ROOT, ".gitignore"), join(root, ".gitignore"));
      const files = {
        "a.txt": "",
        "src/b.ts": "",
        "dist/c.js": "",
        "x/node_modules/d.js": "",
        "pkg-1.0.tgz": "",
        "generated.tmp-1/e": "",
        ".cache/f": "",
        "tool/.gitignore": "*\n",
        "tool/g": "",
        ".git/HEAD": "",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      // A .git that git cannot read is walked past, as none is.
      expect(projectFiles(root)).toEqual([".gitignore", "a.txt", "src/b.ts"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
