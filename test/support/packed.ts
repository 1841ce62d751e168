import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync } from "node:fs";
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
  mkdirSync(join(dir, "node_modules"));
  execFileSync("tar", ["-xzf", tarball, "-C", join(dir, "node_modules")]);
  renameSync(join(dir, "node_modules", "package"), join(dir, "node_modules", "vpn-error-codes"));
  return { dir, tarball };
}
