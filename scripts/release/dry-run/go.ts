// The Go module proxy: a module in a subfolder is released by a tag named after the folder,
// generated/go/vX.Y.Z, from which proxy.golang.org makes the module zip. This stage makes that zip from
// generated/go as the proxy would, serves it to a scratch consumer through a file:// GOPROXY (so the go
// command itself checks the zip's layout, go.mod and paths while it extracts it), builds every package
// there, runs `go mod verify`, and checks the tag: its name from the module path, and that it does not
// already point elsewhere. pkg.go.dev shows a module's documentation only with a licence it recognises,
// so LICENSE must sit at the module root.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Artefact, ReleaseProblem, type Stage, listFiles, sizeOf, tool, toolEnv } from "./context.js";
import { entriesOf, writeZip } from "./zip.js";

const REGISTRY = "Go module proxy";

/** The module proxy's case encoding: "!" before each upper-case letter, lowered. */
export const escapeModulePath = (path: string) => path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);

/** The tag that releases `module` at `version` from `repository`: "generated/go/v0.1.0". */
export function moduleTag(module: string, repository: string, version: string): string {
  const repoPath = repository.replace(/^https?:\/\//, "");
  if (module !== repoPath && !module.startsWith(`${repoPath}/`)) throw new ReleaseProblem(REGISTRY, `module ${module} does not live in the repository ${repository}`);
  const major = Number.parseInt(version.split(".")[0]!, 10);
  const suffix = /\/v(\d+)$/.exec(module)?.[1];
  if (major >= 2 && suffix !== String(major)) throw new ReleaseProblem(REGISTRY, `version ${version} needs the module path to end in /v${major} (Go's semantic import versioning)`);
  const folder = module.slice(repoPath.length + 1).replace(/\/v\d+$/, "");
  return `${folder ? `${folder}/` : ""}v${version}`;
}

export const goStage: Stage = {
  registry: REGISTRY,
  run(context) {
    const problem = (message: string) => new ReleaseProblem(REGISTRY, message);
    const source = join(context.projectDir, "generated", "go");
    const module = context.info.languages.go.module;
    const version = `v${context.info.version}`;
    const goMod = readFileSync(join(source, "go.mod"), "utf8");
    const declared = /^module\s+(\S+)/m.exec(goMod)?.[1];
    if (declared !== module) throw problem(`generated/go/go.mod declares module ${declared ?? "nothing"}, package.json says ${module}`);
    if (!existsSync(join(source, "LICENSE"))) throw problem("generated/go has no LICENSE at the module root: pkg.go.dev would hide the module's documentation");
    const tag = moduleTag(module, context.info.repository, context.info.version);

    // The module's files as its zip holds them: nothing of a nested module, no VCS folders.
    const files = listFiles(source).filter((f) => !f.split("/").some((part) => part.startsWith(".") || part === "vendor"));
    const escaped = escapeModulePath(module);
    const proxy = join(context.workDir, "goproxy", ...escaped.split("/"), "@v");
    mkdirSync(proxy, { recursive: true });
    const zipFile = join(proxy, `${version}.zip`);
    writeZip(zipFile, entriesOf(source, files, `${module}@${version}/`));
    writeFileSync(join(proxy, "list"), `${version}\n`);
    writeFileSync(join(proxy, `${version}.info`), JSON.stringify({ Version: version, Time: "2000-01-01T00:00:00Z" }));
    writeFileSync(join(proxy, `${version}.mod`), goMod);
    const out = join(context.outDir, "go");
    mkdirSync(out, { recursive: true });
    const zipName = `${escaped.split("/").join("_")}@${version}.zip`;
    writeFileSync(join(out, zipName), readFileSync(zipFile));

    // A consumer that imports every package of the module a user may import (internal/ ones are the
    // module's own), fetched through the file:// proxy.
    const isInternal = (dir: string) => dir === "internal" || dir.startsWith("internal/") || dir.includes("/internal/") || dir.endsWith("/internal");
    const packages = [...new Set(files.filter((f) => f.endsWith(".go") && !f.endsWith("_test.go")).map((f) => f.split("/").slice(0, -1).join("/")))].filter((dir) => !isInternal(dir)).sort();
    const consumer = join(context.workDir, "go-consumer");
    mkdirSync(consumer, { recursive: true });
    const goVersion = /^go\s+(\S+)/m.exec(goMod)?.[1] ?? "1.21";
    writeFileSync(join(consumer, "go.mod"), `module example.com/releasecheck\n\ngo ${goVersion}\n\nrequire ${module} ${version}\n`);
    writeFileSync(join(consumer, "main.go"), ["package main", "", "import (", ...packages.map((p) => `\t_ "${module}${p ? `/${p}` : ""}"`), ")", "", "func main() {}", ""].join("\n"));
    const env = toolEnv(context, {
      GOPROXY: `file://${join(context.workDir, "goproxy")}`,
      GOSUMDB: "off",
      GOFLAGS: "-mod=mod -modcacherw",
      GOMODCACHE: join(context.workDir, "gomodcache"),
    });
    tool(REGISTRY, "go", ["mod", "download", "-json", `${module}@${version}`], { cwd: consumer, env });
    tool(REGISTRY, "go", ["build", "./..."], { cwd: consumer, env });
    // The examples pkg.go.dev shows (runtime/go's *_example_test.go), run from the module as fetched.
    const examples = files.filter((f) => f.endsWith("_example_test.go"));
    if (examples.length > 0) {
      const tested = tool(REGISTRY, "go", ["test", "-count=1", "-run", "^Example", `${module}/...`], { cwd: consumer, env });
      context.log(`  examples: ${examples.join(", ")}: ${tested.stdout.split("\n").filter((l) => l.startsWith("ok")).length} package(s) ok`);
    }
    const verified = tool(REGISTRY, "go", ["mod", "verify"], { cwd: consumer, env });
    context.log(`  go mod verify: ${`${verified.stdout}${verified.stderr}`.trim()} (${module} ${version}, ${packages.length} packages built)`);

    const git = (args: string[]) => spawnSync("git", ["-C", context.projectDir, ...args], { encoding: "utf8" });
    const head = git(["rev-parse", "--verify", "-q", "HEAD"]);
    if (head.status !== 0) context.log(`  tag ${tag}: no git repository here, so no tag is checked`);
    else {
      const existing = git(["rev-parse", "--verify", "-q", `refs/tags/${tag}^{commit}`]);
      if (existing.status === 0 && existing.stdout.trim() !== head.stdout.trim())
        throw problem(`tag ${tag} already exists at ${existing.stdout.trim().slice(0, 12)}, not at HEAD: a released version cannot move`);
      context.log(`  tag ${tag}: ${existing.status === 0 ? "present at HEAD" : `would be made at ${head.stdout.trim().slice(0, 12)}`}`);
    }
    const artefact: Artefact = { registry: REGISTRY, name: `${module}@${version}`, file: `go/${zipName}`, bytes: sizeOf(join(out, zipName)), files: files.length };
    return [artefact];
  },
};
