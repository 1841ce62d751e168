// The version and release steps, on throw-away packages built from the compat fixtures. The version step
// runs the real `changeset version`, so the test also checks that CHANGELOG.md comes out as changesets writes it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCompat } from "../../scripts/release/check-compat.js";
import { release, type ReleaseOptions } from "../../scripts/release/release.js";
import { version, type VersionOptions } from "../../scripts/release/version.js";
import { ROOT, packageFromCase } from "./fixtures.js";

const CHANGESET_BIN = join(ROOT, "node_modules", "@changesets", "cli", "bin.js");

function versionOptions(dir: string, compat: ReturnType<typeof packageFromCase>["compat"], calls: string[] = []): VersionOptions {
  return {
    ...compat,
    packageDir: dir,
    generatedCatalogPath: join(dir, "generated", "catalog.json"),
    runChangesetVersion: () => {
      calls.push("changeset version");
      return spawnSync(process.execPath, [CHANGESET_BIN, "version"], { cwd: dir, encoding: "utf8" }).status ?? 1;
    },
    log: () => {},
    error: () => {},
  };
}

const read = (path: string) => readFileSync(path, "utf8");

describe("npm run version", () => {
  it("applies the changesets, adds the catalog's notes to CHANGELOG.md and records the new baseline", () => {
    const { dir, compat } = packageFromCase("added-code");
    expect(version(versionOptions(dir, compat))).toBe(0);

    expect(JSON.parse(read(join(dir, "package.json"))).version).toBe("0.2.0");
    expect(readdirSync(join(dir, ".changeset"))).toEqual(["config.json"]);
    const changelog = read(join(dir, "CHANGELOG.md"));
    expect(changelog).toBe(
      "# vpn-error-codes\n\n## 0.2.0\n\n### Minor Changes\n\n- Add OperationalError.DnsFailure.\n\n" +
        "### Catalog changes\n\nCompared with the catalog of the previous release, these changes need a minor release.\n\n" +
        "#### Added\n\n- `OperationalError.DnsFailure`: value 8201\n\n## 0.1.0\n\nThe first catalog.\n",
    );
    expect(read(compat.baselinePath)).toBe(read(join(dir, "generated", "catalog.json")));
    // The next check compares with the new baseline: nothing left to release.
    expect(checkCompat(compat)).toMatchObject({ ok: true, differences: [], required: "none" });
  });

  it("changes nothing when the changesets bump too little", () => {
    const { dir, compat } = packageFromCase("changeset-too-small");
    const baseline = read(compat.baselinePath);
    const calls: string[] = [];
    expect(version(versionOptions(dir, compat, calls))).toBe(1);
    expect(calls).toEqual([]);
    expect(read(compat.baselinePath)).toBe(baseline);
    expect(JSON.parse(read(join(dir, "package.json"))).version).toBe("0.1.0");
    expect(existsSync(join(dir, ".changeset", "brave-owls-sing.md"))).toBe(true);
  });

  it("refuses to record a baseline from a stale generated/catalog.json", () => {
    const { dir, compat } = packageFromCase("added-code");
    writeFileSync(join(dir, "generated", "catalog.json"), "{}\n");
    const calls: string[] = [];
    const errors: string[] = [];
    expect(version({ ...versionOptions(dir, compat, calls), error: (l) => errors.push(l) })).toBe(1);
    expect(calls).toEqual([]);
    expect(errors).toEqual(["fail: generated/catalog.json is out of date with the catalog: run npm run build first"]);
  });
});

describe("npm run release", () => {
  function releaseOptions(caseName: string, publish = false) {
    const { dir, compat } = packageFromCase(caseName);
    const runs: string[] = [];
    const errors: string[] = [];
    const options: ReleaseOptions = {
      ...compat,
      packageDir: dir,
      publish,
      checkGenerated: async () => 0,
      run: (command, args) => (runs.push([command, ...args].join(" ")), 0),
      artefacts: () => (runs.push("release dry run"), true),
      log: () => {},
      error: (l) => errors.push(l),
    };
    return { dir, options, runs, errors };
  }

  it("is a dry run unless --publish is given", async () => {
    const dry = releaseOptions("no-change");
    expect(await release(dry.options)).toBe(0);
    expect(dry.runs).toEqual(["npm run build", "release dry run"]);
    const real = releaseOptions("no-change", true);
    expect(await release(real.options)).toBe(0);
    expect(real.runs).toEqual(["npm run build", "release dry run", "npm publish"]);
  });

  it("publishes nothing when an artefact's registry check fails", async () => {
    const { options, runs } = releaseOptions("no-change", true);
    expect(await release({ ...options, artefacts: () => (runs.push("release dry run"), false) })).toBe(1);
    expect(runs).toEqual(["npm run build", "release dry run"]);
  });

  it("in a dry run, reports pending changesets as a notice and checks the artefacts anyway", async () => {
    const { options, runs, errors } = releaseOptions("added-code");
    expect(await release(options)).toBe(0);
    expect(errors).toEqual([]);
    expect(runs).toEqual(["npm run build", "release dry run"]);
  });

  it("publishes nothing while the catalog differs from the last release's", async () => {
    const { options, runs } = releaseOptions("renumbered", true);
    expect(await release(options)).toBe(1);
    expect(runs).toEqual([]);
  });

  it("publishes nothing while changesets are pending, even when they cover the changes", async () => {
    const { options, runs, errors } = releaseOptions("added-code", true);
    expect(await release(options)).toBe(1);
    expect(runs).toEqual([]);
    expect(errors.at(-1)).toMatch(/^fail: 1 pending changeset\(s\) .*: run npm run version and commit first$/);
  });

  it("publishes nothing without a CHANGELOG.md section for the version, or with a stale generated/", async () => {
    const noNotes = releaseOptions("no-change", true);
    writeFileSync(join(noNotes.dir, "CHANGELOG.md"), "# vpn-error-codes\n");
    expect(await release(noNotes.options)).toBe(1);
    expect(noNotes.errors).toEqual(["fail: CHANGELOG.md has no section for 0.1.0: run npm run version"]);

    const stale = releaseOptions("no-change", true);
    expect(await release({ ...stale.options, checkGenerated: async () => 1 })).toBe(1);
    expect(stale.runs).toEqual([]);
  });

  it("does not publish when the build fails", async () => {
    const { options, runs, errors } = releaseOptions("no-change", true);
    expect(await release({ ...options, run: (command, args) => (runs.push([command, ...args].join(" ")), args[0] === "run" ? 2 : 0) })).toBe(1);
    expect(runs).toEqual(["npm run build"]);
    expect(errors).toEqual(["fail: npm run build exited with 2"]);
  });
});
