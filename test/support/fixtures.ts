import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = join(ROOT, "test", "fixtures", "catalogs");

/** Case folders hold only the files that differ from base/; this lays base plus overlay in a temp project. */
export function materialize(caseName: string): { root: string; catalogDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), `vec-${caseName}-`));
  cpSync(join(FIXTURES, "base", "catalog"), join(root, "catalog"), { recursive: true });
  const overlay = join(FIXTURES, caseName, "catalog");
  if (existsSync(overlay)) cpSync(overlay, join(root, "catalog"), { recursive: true });
  return { root, catalogDir: join(root, "catalog"), outDir: join(root, "generated") };
}

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => n !== "base")
    .sort();
}

export function expectedDiagnostics(caseName: string): string[] {
  return readFileSync(join(FIXTURES, caseName, "expected.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
}
