import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding schema/catalog.schema.json, found upwards, so that scripts may also run bundled. */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "schema", "catalog.schema.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no schema/catalog.schema.json above ${from}`);
  }
}
