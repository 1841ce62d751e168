// generated/python: pip-installed into a virtualenv, checked with mypy --strict, then the harness.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Python", ["python3"]);
const HERE = join(ROOT, "test", "languages", "python");
const VENV = join(ROOT, ".cache", "python", "venv");
const bin = (name: string) => join(VENV, "bin", name);

describe.skipIf(!available)("Python", () => {
  beforeAll(() => {
    cacheDir("python");
    const requirements = readFileSync(join(HERE, "requirements.txt"), "utf8");
    const marker = join(VENV, "requirements.sha256");
    const hash = createHash("sha256").update(requirements).digest("hex");
    if (!existsSync(marker) || readFileSync(marker, "utf8") !== hash) {
      rmSync(VENV, { recursive: true, force: true });
      run("python3", ["-m", "venv", VENV]);
      run(bin("pip"), ["install", "--quiet", "-r", join(HERE, "requirements.txt")]);
      writeFileSync(marker, hash);
    }
    // pip builds in the source folder, so it installs a copy: generated/ stays exactly what the build wrote.
    const copy = join(ROOT, ".cache", "python", "package");
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(ROOT, "generated", "python"), copy, { recursive: true });
    run(bin("pip"), ["install", "--quiet", "--no-build-isolation", "--no-deps", "--force-reinstall", copy]);
    console.log(`Python: ${versionOf(bin("python"))}, ${versionOf(bin("mypy"))}`);
  }, TOOLCHAIN_TIMEOUT);

  it("passes mypy --strict, the package and the harness", () => {
    const { stdout } = run(bin("mypy"), [
      "--strict",
      "--cache-dir",
      join(ROOT, ".cache", "python", "mypy"),
      join(ROOT, "generated", "python", "vpn_error_codes"),
      join(HERE, "harness.py"),
    ]);
    expect(stdout).toMatch(/^Success: no issues found in \d+ source files/);
  }, TOOLCHAIN_TIMEOUT);

  it("decodes every vector as the TypeScript reference does, on the installed package", () => {
    expectSameLines(run(bin("python"), [join(HERE, "harness.py"), ROOT], { cwd: HERE }).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
