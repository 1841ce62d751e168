import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Set when a script recognises itself as the main module, so that scripts/run.mjs can tell it ran. */
export const MAIN_MARK = Symbol.for("vpn-error-codes.main");

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Whether the module at `url` is the script node was asked to run. Both sides are compared as real
 * paths: node resolves symlinks in import.meta.url but not in argv[1], so a symlinked node_modules or
 * checkout would otherwise make every script silently do nothing.
 */
export function isMain(url: string): boolean {
  const argv1 = process.argv[1];
  if (!argv1 || !url.startsWith("file:")) return false;
  const main = real(fileURLToPath(url)) === real(argv1);
  if (main) (globalThis as Record<symbol, unknown>)[MAIN_MARK] = url;
  return main;
}
