import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "./fixtures.js";

/** What `npm pack` puts in the tarball: package.json's `files`, and the files npm always adds. */
function packedInputs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
  const walk = (path: string): string[] =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .flatMap((name) => walk(join(path, name)))
      : [path];
  const always = readdirSync(ROOT).filter((name) => /^(package\.json|readme|license|licence|changelog)(\..*)?$/i.test(name));
  return [...pkg.files, ...always]
    .map((name) => join(ROOT, name))
    .filter(existsSync)
    .flatMap(walk);
}

/**
 * The package packed and installed once per content (.cache/test/packed/<hash>/, README "Caches"):
 * `npm pack` and `npm install` cost seconds, and every test file that needs the package would pay them.
 */
function cachedInstall(): { dir: string; tarball: string } {
  const hash = createHash("sha256");
  for (const file of packedInputs()) hash.update(relative(ROOT, file)).update(readFileSync(file));
  const entry = join(ROOT, ".cache", "test", "packed", hash.digest("hex").slice(0, 24));
  const done = join(entry, "install");
  if (existsSync(join(done, "package.json"))) return { dir: done, tarball: join(entry, readdirSync(entry).find((n) => n.endsWith(".tgz"))!) };

  mkdirSync(join(ROOT, ".cache", "test", "packed"), { recursive: true });
  const work = mkdtempSync(`${entry}.tmp-`);
  const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" });
  const name = out.trim().split("\n").pop()!;
  const install = join(work, "install");
  mkdirSync(install);
  writeFileSync(join(install, "package.json"), '{ "name": "consumer", "private": true }\n');
  // The package has no runtime dependencies, so this needs no registry; it also links the bin.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", join(work, name)], { cwd: install, stdio: "ignore" });
  try {
    renameSync(work, entry);
  } catch {
    // Another test file made the same entry meanwhile: it is the same content.
    rmSync(work, { recursive: true, force: true });
  }
  return { dir: done, tarball: join(entry, name) };
}

/**
 * `npm pack` the package as built and unpack it into a fresh node_modules, so tests see exactly what a
 * user installs and nothing of this repo's source. Each call gets a folder of its own to write in, a
 * copy of the cached install.
 */
export function installPackedPackage(): { dir: string; tarball: string } {
  if (!existsSync(join(ROOT, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
  const cached = cachedInstall();
  const dir = mkdtempSync(join(tmpdir(), "vec-consumer-"));
  cpSync(cached.dir, dir, { recursive: true, verbatimSymlinks: true });
  return { dir, tarball: cached.tarball };
}
