// Where .ci/install-generators put the code generators, computed the same way: a folder outside the
// checkout (GENERATORS_HOME, else $XDG_CACHE_HOME or ~/.cache, then vpn-error-codes/generators), keyed by
// the first 16 hex digits of the SHA-256 of .ci/generators.env, which pins every version.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../support/fixtures.js";

export const ENV_FILE = join(ROOT, ".ci", "generators.env");

/** The pinned versions, by their names in generators.env. */
export function generatorVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const line of readFileSync(ENV_FILE, "utf8").split("\n")) {
    const match = /^([A-Z0-9_]+)=(\S+)$/.exec(line.trim());
    if (match) versions[match[1]!] = match[2]!;
  }
  return versions;
}

/** The parent of every install, shared by all versions: Maven's repository, cargo's and Go's caches live here. */
export function generatorsHome(): string {
  return process.env.GENERATORS_HOME || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "vpn-error-codes", "generators");
}

export function generatorsDir(): string {
  const key = createHash("sha256").update(readFileSync(ENV_FILE)).digest("hex").slice(0, 16);
  return join(generatorsHome(), key);
}

export interface Generators {
  dir: string;
  quicktype: string;
  datamodelCodegen: string;
  python: string;
  mypy: string;
  goJsonschema: string;
  cargoTypify: string;
}

/** The installed generators, or undefined when .ci/install-generators has not run (or did not finish). */
export function installedGenerators(): Generators | undefined {
  const dir = generatorsDir();
  if (!existsSync(join(dir, "installed"))) return undefined;
  return {
    dir,
    quicktype: join(dir, "npm", "node_modules", ".bin", "quicktype"),
    datamodelCodegen: join(dir, "python", "bin", "datamodel-codegen"),
    python: join(dir, "python", "bin", "python"),
    mypy: join(dir, "python", "bin", "mypy"),
    goJsonschema: join(dir, "go", "bin", "go-jsonschema"),
    cargoTypify: join(dir, "cargo", "bin", "cargo-typify"),
  };
}
