// The release dry run (scripts/release/dry-run/): on the checkout, every artefact assembled and passed by
// its registry's own check; in project copies with one piece of metadata broken each, the run stops and
// names that piece. Expectations come from package.json, not from numbers written here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newtonsoftPackageId } from "../../scripts/emit/languages/csharp/package.js";
import { type STAGE_KEYS, dryRun } from "../../scripts/release/dry-run/index.js";
import { centralRequiredFiles, pomProblems } from "../../scripts/release/dry-run/maven.js";
import { csprojProblems } from "../../scripts/release/dry-run/nuget.js";
import { lockedMinimums, olderThan } from "../../scripts/release/dry-run/rust.js";
import { escapeModulePath, moduleTag } from "../../scripts/release/dry-run/go.js";
import { writeZip } from "../../scripts/release/dry-run/zip.js";
import { TOOLCHAIN_TIMEOUT, toolchain } from "../languages/support/toolchains.js";
import { copyProject } from "../support/project-copy.js";
import { ROOT } from "../support/fixtures.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  repository: { url: string };
  languagePackages: {
    python: { distribution: string };
    go: { module: string };
    rust: { crate: string; rustVersion: string };
    java: { groupId: string; artifactId: string };
    kotlin: { groupId: string; artifactId: string };
    csharp: { packageId: string };
  };
};
const CACHE = join(ROOT, ".cache");
const VENV_BIN = join(CACHE, "release", "venv", "bin");

describe("the release dry run's rules", () => {
  it("compares Rust versions by number, so that 1.9 is older than 1.71", () => {
    expect(olderThan("1.9", "1.71")).toBe(true);
    expect(olderThan("1.71", "1.71.0")).toBe(false);
    expect(olderThan("1.71.1", "1.71")).toBe(false);
  });

  it("holds rust-version against normal and build dependencies, transitively, but not dev-dependencies", () => {
    const dep = (pkgId: string, kind: string | null) => ({ pkg: pkgId, dep_kinds: [{ kind }] });
    const locked = lockedMinimums({
      packages: [
        { id: "root", name: "root", version: "0.1.0", rust_version: "1.60" },
        { id: "a", name: "a", version: "1.0.0", rust_version: "1.56" },
        { id: "b", name: "b", version: "2.0.0", rust_version: "1.80" },
        { id: "t", name: "t", version: "3.0.0", rust_version: "1.90" },
      ],
      resolve: {
        root: "root",
        nodes: [
          { id: "root", deps: [dep("a", null), dep("t", "dev")] },
          { id: "a", deps: [dep("b", "build")] },
        ],
      },
    });
    expect(locked.map((p) => `${p.name} ${p.rustVersion}`)).toEqual(["a 1.56", "b 1.80"]);
  });

  it("names the tag of a module in a subfolder, and refuses a v2 without /v2", () => {
    const repo = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(moduleTag(pkg.languagePackages.go.module, repo, pkg.version)).toBe(`generated/go/v${pkg.version}`);
    expect(() => moduleTag(pkg.languagePackages.go.module, repo, "2.0.0")).toThrow(/must|needs the module path to end in \/v2/);
    expect(moduleTag(`${pkg.languagePackages.go.module}/v2`, repo, "2.0.0")).toBe("generated/go/v2.0.0");
    expect(() => moduleTag("example.com/elsewhere", repo, "1.0.0")).toThrow(/does not live in the repository/);
    expect(escapeModulePath("github.com/Azure/Go")).toBe("github.com/!azure/!go");
  });

  it("lists Central's required files and the POM elements it reads", () => {
    expect(centralRequiredFiles("a", "1.0.0")).toContain("a-1.0.0-javadoc.jar.asc");
    expect(centralRequiredFiles("a", "1.0.0")).toHaveLength(16);
    expect(pomProblems("<project><groupId>g</groupId><version>1.0-SNAPSHOT</version></project>")).toEqual(
      expect.arrayContaining(["no <artifactId>", "no <developers><developer><name>", "no <scm><developerConnection>", "version 1.0-SNAPSHOT is a snapshot"]),
    );
  });

  it("names every .csproj property NuGet needs that is missing or disagrees with package.json", () => {
    const problems = csprojProblems("<Project><PropertyGroup><PackageId>X</PackageId><Version>9.9.9</Version></PropertyGroup></Project>", { packageId: "X", version: "1.0.0", license: "MIT" }, []);
    expect(problems).toEqual(expect.arrayContaining(["no <Authors>", "no <PackageLicenseExpression>", "Version 9.9.9 is not package.json's 1.0.0", "the project folder has no LICENSE"]));
  });

  it("writes zips that Python's zipfile reads back byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "vec-zip-"));
    writeFileSync(join(dir, "a.txt"), "é\n".repeat(1000));
    writeFileSync(join(dir, "empty"), "");
    writeZip(join(dir, "out.zip"), [
      { name: "m@v1.0.0/a.txt", path: join(dir, "a.txt") },
      { name: "m@v1.0.0/empty", path: join(dir, "empty") },
    ]);
    const read = spawnSync(
      "python3",
      ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.namelist(), len(z.read('m@v1.0.0/a.txt')))", join(dir, "out.zip")],
      { encoding: "utf8" },
    );
    expect(read.stdout.trim()).toBe(`['m@v1.0.0/a.txt', 'm@v1.0.0/empty'] ${Buffer.byteLength("é\n".repeat(1000))}`);
    rmSync(dir, { recursive: true, force: true });
  });
});

const available = toolchain("the release dry run", ["npm", "cargo", "mvn", "java", "go", "gpg", "python3", "tar"], [join(VENV_BIN, "twine"), join(VENV_BIN, "python")]);

describe.skipIf(!available)("npm run release -- --dry-run's artefact checks, on the checkout", () => {
  const out = mkdtempSync(join(tmpdir(), "vec-release-out-"));
  let stdout = "";
  let status: number | null = null;

  beforeAll(() => {
    // The CLI itself, as npm run release -- --dry-run runs it after its build.
    const result = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "release", "dry-run", "index.ts"), "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    stdout = result.stdout;
    status = result.status;
    if (status !== 0) console.error(`${result.stdout}\n${result.stderr}`);
  }, TOOLCHAIN_TIMEOUT);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("passes every registry's check and exits 0", () => {
    expect(status).toBe(0);
    expect(stdout).toMatch(/nothing was published/);
  });

  it("prints every package of package.json, by its name in its registry, with a size and a file count", () => {
    const { python, go, rust, java, kotlin, csharp } = pkg.languagePackages;
    const summary = stdout.slice(stdout.indexOf("What each registry would receive"));
    for (const name of [
      "vpn-error-codes",
      python.distribution,
      rust.crate,
      `${java.groupId}:${java.artifactId}`,
      `${kotlin.groupId}:${kotlin.artifactId}`,
      `${go.module}@v${pkg.version}`,
      csharp.packageId,
      newtonsoftPackageId(csharp.packageId),
    ]) {
      expect(summary).toMatch(new RegExp(`\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+[\\d.]+ (B|kB|MB)\\s+[1-9]\\d* files`));
    }
  });

  it("shows npm's file list, twine's verdicts, cargo's upload, the signed bundle, go mod verify and the tag", () => {
    expect(stdout).toMatch(/npm notice [\d.]+k?B LICENSE/);
    expect(stdout.match(/Checking .*: PASSED/g)).toHaveLength(2);
    expect(stdout).toMatch(/Uploading .* \(.*\)/);
    expect(stdout).toMatch(/every one in Central's required list present and every signature verified/);
    expect(stdout).toMatch(/examples: \S+_example_test\.go.*: [1-9]\d* package\(s\) ok/);
    expect(stdout).toMatch(/go mod verify: all modules verified/);
    expect(stdout).toMatch(new RegExp(`tag generated/go/v${pkg.version.replace(/\./g, "\\.")}: (would be made at [0-9a-f]{12}|present at HEAD|no git repository here)`));
  });

  it("holds package.json's rust-version against every locked dependency's declared minimum", () => {
    const line = /rust-version (\S+); the (\d+) locked dependencies declare at most (\S+)/.exec(stdout);
    expect(line?.[1]).toBe(pkg.languagePackages.rust.rustVersion);
    expect(Number(line?.[2])).toBeGreaterThan(0);
    expect(olderThan(line![1]!, line![3]!)).toBe(false);
  });

  it("assembles the Maven Central bundle with every required file for both packages", () => {
    const listing = spawnSync("python3", ["-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", join(out, "maven", "central-bundle.zip")], {
      encoding: "utf8",
    }).stdout.split("\n");
    for (const { groupId, artifactId } of [pkg.languagePackages.java, pkg.languagePackages.kotlin]) {
      for (const file of centralRequiredFiles(artifactId, pkg.version)) expect(listing).toContain(`${groupId.replace(/\./g, "/")}/${artifactId}/${pkg.version}/${file}`);
    }
  });
});

describe.skipIf(!available)("the release dry run on a copy with broken metadata", () => {
  let copy = "";
  const outs: string[] = [];

  beforeAll(() => {
    copy = copyProject("vec-release-broken-", { withDist: true });
  });
  afterAll(() => {
    for (const dir of [copy, ...outs]) rmSync(dir, { recursive: true, force: true });
  });

  /** Breaks one file of a fresh copy's, runs one stage, and returns the problem it named. */
  function brokenRun(stage: keyof typeof STAGE_KEYS, file: string, edit: (text: string) => string, remove?: string): string | undefined {
    const path = join(copy, file);
    const original = readFileSync(path, "utf8");
    const broken = edit(original);
    expect(broken, `the edit of ${file} changed nothing`).not.toBe(original);
    writeFileSync(path, broken);
    const removed = remove === undefined ? undefined : readFileSync(join(copy, remove));
    if (remove !== undefined) rmSync(join(copy, remove));
    const out = mkdtempSync(join(tmpdir(), "vec-release-out-"));
    outs.push(out);
    try {
      const result = dryRun({ projectDir: copy, outDir: out, cacheDir: CACHE, only: [stage], log: () => {}, error: () => {} });
      expect(result.ok).toBe(false);
      return result.problem;
    } finally {
      writeFileSync(path, original);
      if (removed !== undefined) writeFileSync(join(copy, remove!), removed);
    }
  }

  it(
    "refuses a wheel without its licence file",
    () => {
      // setuptools finds a LICENSE beside pyproject.toml on its own, so the file goes too.
      const problem = brokenRun("pypi", "generated/python/pyproject.toml", (t) => t.replace(/^license-files = .*\n/m, ""), "generated/python/LICENSE");
      expect(problem).toMatch(/^PyPI: the wheel's METADATA has no License-File: LICENSE/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "refuses a rust-version older than a locked dependency's",
    () => {
      const problem = brokenRun("crates", "generated/rust/Cargo.toml", (t) => t.replace(/^rust-version = ".*"$/m, 'rust-version = "1.60"'));
      expect(problem).toMatch(/^crates\.io: rust-version 1\.60 in Cargo\.toml is older than \S+ \S+'s rust-version \S+/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "refuses a POM without developers",
    () => {
      const problem = brokenRun("maven", "generated/java/pom.xml", (t) => t.replace(/ {2}<developers>[\s\S]*?<\/developers>\n/, ""));
      expect(problem).toMatch(/^Maven Central: generated\/java\/pom\.xml would be refused: no <developers><developer><name>/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "refuses a POM whose licence has no URL, or whose scm has no connection",
    () => {
      expect(brokenRun("maven", "generated/kotlin/pom.xml", (t) => t.replace(/ *<url>https:\/\/opensource\.org[^\n]*\n/, ""))).toMatch(/no <licenses><license><url>/);
      expect(brokenRun("maven", "generated/kotlin/pom.xml", (t) => t.replace(/ *<connection>[^\n]*\n/, ""))).toMatch(/no <scm><connection>/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "refuses a Go module without LICENSE at its root",
    () => {
      const problem = brokenRun("go", "generated/go/go.mod", (t) => t.replace(/^module .*$/m, "module example.com/elsewhere"));
      expect(problem).toMatch(/^Go module proxy: generated\/go\/go\.mod declares module example\.com\/elsewhere, package\.json says /);
      rmSync(join(copy, "generated", "go", "LICENSE"));
      const out = mkdtempSync(join(tmpdir(), "vec-release-out-"));
      outs.push(out);
      const result = dryRun({ projectDir: copy, outDir: out, cacheDir: CACHE, only: ["go"], log: () => {}, error: () => {} });
      expect(result.problem).toMatch(/^Go module proxy: generated\/go has no LICENSE at the module root/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "refuses a .csproj without Authors",
    () => {
      const problem = brokenRun("nuget", `generated/csharp/${pkg.languagePackages.csharp.packageId}.csproj`, (t) => t.replace(/ *<Authors>.*<\/Authors>\n/, ""));
      expect(problem).toMatch(/^NuGet: .* would not make a complete package: no <Authors>/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it("refuses a project without its LICENSE before any registry is asked", () => {
    rmSync(join(copy, "LICENSE"));
    const out = mkdtempSync(join(tmpdir(), "vec-release-out-"));
    outs.push(out);
    const result = dryRun({ projectDir: copy, outDir: out, cacheDir: CACHE, only: ["npm"], log: () => {}, error: () => {} });
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/LICENSE is missing/);
  });
});
