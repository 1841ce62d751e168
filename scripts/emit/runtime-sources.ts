// The hand-written runtime of each language lives in runtime/<language>/, where its own compiler, linters
// and unit tests reach it; the build copies it into generated/<language>/ beside the rendered data, so that
// --check, the unchanged-output fast path and the all-or-nothing swap cover it like every other output.
// A copy says where to edit it and carries no generated-code marker: linters must read it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { PROJECT_ROOT } from "../root.js";

export const RUNTIME_DIR = join(PROJECT_ROOT, "runtime");

/** The first line of a copy, inside the target's line-comment syntax ("// ", "# "). */
export function copiedHeader(commentPrefix: string, from: string): string {
  return `${commentPrefix}Copied from ${from} by npm run build: edit that file, not this copy.`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** One runtime file's text, read strictly as UTF-8: a stray byte fails the build, naming the file. */
function readRuntimeFile(path: string): string {
  const shown = relative(PROJECT_ROOT, path).split(sep).join("/");
  let text: string;
  try {
    text = utf8.decode(readFileSync(path));
  } catch (error) {
    throw new Error(`${shown}: ${error instanceof TypeError ? "not valid UTF-8" : String(error)}`);
  }
  if (text.startsWith("\uFEFF")) throw new Error(`${shown}: starts with a byte-order mark; save it as UTF-8 without one`);
  return text;
}

/**
 * The copy of one runtime file: `from` is relative to runtime/ ("rust/src/retry.rs"), `to` to generated/
 * ("rust/src/retry.rs"). The header goes first unless the file must start with something else (a shebang).
 */
export function copyRuntimeFile(from: string, to: string, commentPrefix: string): Record<string, string> {
  const text = readRuntimeFile(join(RUNTIME_DIR, ...from.split("/")));
  const header = copiedHeader(commentPrefix, `runtime/${from}`);
  return { [to]: `${header}\n${text}` };
}

/**
 * Copies every file under runtime/<fromDir> whose name `include` accepts to generated/<toDir>, keeping the
 * relative layout, in a stable order. Folders named in `skipDirs` (tests, build output) are not entered.
 */
export function copyRuntimeTree(fromDir: string, toDir: string, commentPrefix: string, include: (name: string) => boolean, skipDirs: readonly string[] = []): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(join(RUNTIME_DIR, ...dir.split("/"))).sort()) {
      const rel = posix.join(dir, name);
      if (statSync(join(RUNTIME_DIR, ...rel.split("/"))).isDirectory()) {
        if (!skipDirs.includes(name)) walk(rel);
      } else if (include(name)) {
        Object.assign(files, copyRuntimeFile(rel, posix.join(toDir, posix.relative(fromDir, rel)), commentPrefix));
      }
    }
  };
  walk(fromDir);
  if (Object.keys(files).length === 0) throw new Error(`runtime/${fromDir} holds no runtime file to copy`);
  return files;
}
