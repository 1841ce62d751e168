// dist/'s entries, one per public subpath: the package's index, and each family's generated table, which
// doubles as the family's subpath (`vpn-error-codes/http-status`). Read from generated/ts/ as written, so
// that the compiler and the declarations follow the catalog's families without importing generated code.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Entry name (dist/<name>.js) to its source, relative to the project root. */
export function distEntries(root: string): Record<string, string> {
  const tables = readdirSync(join(root, "generated", "ts"))
    .map((name) => /^(.+)\.table\.ts$/.exec(name)?.[1])
    .filter((stem): stem is string => stem !== undefined)
    .sort();
  return { index: "src/index.ts", ...Object.fromEntries(tables.map((stem) => [stem, `generated/ts/${stem}.table.ts`])) };
}
