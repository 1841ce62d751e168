import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

/**
 * `npm pack` the package as built and unpack it into a fresh node_modules, so tests see exactly what a
 * user installs and nothing of this repo's source.
 */
export function installPackedPackage(): { dir: string; tarball: string } {
  if (!existsSync(join(ROOT, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
  const dir = mkdtempSync(join(tmpdir(), "vec-consumer-"));
  const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
  const tarball = join(dir, out.trim().split("\n").pop()!);
  writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true }\n');
  // The package has no runtime dependencies, so this needs no registry; it also links the bin.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", tarball], { cwd: dir, stdio: "ignore" });
  return { dir, tarball };
}
