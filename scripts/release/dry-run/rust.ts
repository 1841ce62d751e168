// crates.io: `cargo publish --dry-run --all-features` on a copy of generated/rust (it packages the crate and builds the
// package as crates.io users will get it). Before that, the crate's rust-version is held against every
// dependency the lock file resolves: a dependency that declares a newer minimum makes the crate's claim
// false, which no build with today's compiler would notice.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type Artefact, ReleaseProblem, type Stage, sizeOf, tool, toolEnv } from "./context.js";

const REGISTRY = "crates.io";

interface Metadata {
  packages: Array<{ id: string; name: string; version: string; rust_version: string | null }>;
  resolve: { root: string; nodes: Array<{ id: string; deps: Array<{ pkg: string; dep_kinds: Array<{ kind: string | null }> }> }> };
}

/** "1.71" or "1.71.1" as comparable numbers. */
const versionParts = (v: string) => v.split(".").map((p) => Number.parseInt(p, 10) || 0);
export function olderThan(a: string, b: string): boolean {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

/** Every package the crate needs to build with all its features (normal and build dependencies, transitively), with its declared minimum Rust. */
export function lockedMinimums(metadata: Metadata): Array<{ name: string; version: string; rustVersion: string | null }> {
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  const packages = new Map(metadata.packages.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const visit = (id: string) => {
    for (const dep of nodes.get(id)?.deps ?? []) {
      if (seen.has(dep.pkg) || !dep.dep_kinds.some((k) => k.kind !== "dev")) continue;
      seen.add(dep.pkg);
      visit(dep.pkg);
    }
  };
  visit(metadata.resolve.root);
  return [...seen]
    .map((id) => packages.get(id)!)
    .map((p) => ({ name: p.name, version: p.version, rustVersion: p.rust_version }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export const rustStage: Stage = {
  registry: REGISTRY,
  run(context) {
    const problem = (message: string) => new ReleaseProblem(REGISTRY, message);
    const env = toolEnv(context, { CARGO_TARGET_DIR: join(context.cacheDir, "release", "rust-target") });
    const { crate } = context.info.languages.rust;
    const copy = join(context.workDir, "rust");
    cpSync(join(context.projectDir, "generated", "rust"), copy, { recursive: true });
    const manifest = readFileSync(join(copy, "Cargo.toml"), "utf8");
    const declared = /^rust-version\s*=\s*"([^"]+)"/m.exec(manifest)?.[1];
    if (!declared) throw problem("Cargo.toml has no rust-version");
    for (const field of ["license", "description", "repository", "homepage", "readme"]) {
      if (!new RegExp(`^${field}\\s*=`, "m").test(manifest)) throw problem(`Cargo.toml has no ${field}`);
    }

    tool(REGISTRY, "cargo", ["generate-lockfile", "--quiet"], { cwd: copy, env });
    const metadata = JSON.parse(tool(REGISTRY, "cargo", ["metadata", "--format-version", "1", "--locked", "--all-features"], { cwd: copy, env }).stdout) as Metadata;
    const locked = lockedMinimums(metadata);
    const newest = locked.filter((p) => p.rustVersion !== null).sort((a, b) => (olderThan(a.rustVersion!, b.rustVersion!) ? 1 : -1))[0];
    context.log(`  rust-version ${declared}; the ${locked.length} locked dependencies declare at most ${newest ? `${newest.rustVersion} (${newest.name} ${newest.version})` : "nothing"}`);
    for (const p of locked) {
      if (p.rustVersion !== null && olderThan(declared, p.rustVersion)) {
        throw problem(
          `rust-version ${declared} in Cargo.toml is older than ${p.name} ${p.version}'s rust-version ${p.rustVersion}: raise package.json's languagePackages.rust.rustVersion to ${newest!.rustVersion}`,
        );
      }
    }

    rmSync(join(env.CARGO_TARGET_DIR!, "package"), { recursive: true, force: true });
    const listed = tool(REGISTRY, "cargo", ["package", "--list", "--allow-dirty", "--locked"], { cwd: copy, env }).stdout.trim().split("\n");
    for (const needed of ["LICENSE", "README.md", "Cargo.toml", "src/lib.rs"]) if (!listed.includes(needed)) throw problem(`the crate would not carry ${needed}`);

    const published = tool(REGISTRY, "cargo", ["publish", "--dry-run", "--allow-dirty", "--locked", "--all-features"], { cwd: copy, env });
    const printed = published.stderr.trim().split("\n");
    const warnings = printed.filter((l) => /^warning:/.test(l) && !/aborting upload due to dry run/.test(l));
    if (warnings.length > 0) throw problem(`cargo publish --dry-run warned:\n${warnings.join("\n")}`);
    for (const line of printed) context.log(`  ${line.trim()}`);

    const crateFile = `${crate}-${context.info.version}.crate`;
    // cargo publish leaves the .crate it would upload in package/tmp-crate/ (cargo package in package/).
    const packaged = [join(env.CARGO_TARGET_DIR!, "package", "tmp-crate", crateFile), join(env.CARGO_TARGET_DIR!, "package", crateFile)].find((p) => existsSync(p));
    if (!packaged) throw problem(`cargo publish --dry-run left no ${crateFile}`);
    const dir = join(context.outDir, "crates");
    mkdirSync(dir, { recursive: true });
    cpSync(packaged, join(dir, crateFile));
    const entries = tool(REGISTRY, "tar", ["-tzf", join(dir, crateFile)], { cwd: dir, env })
      .stdout.trim()
      .split("\n");
    const artefact: Artefact = { registry: REGISTRY, name: crate, file: `crates/${crateFile}`, bytes: sizeOf(join(dir, crateFile)), files: entries.length };
    return [artefact];
  },
};
