// generated/go: gofmt-clean, go vet, the harness's go test, then the harness against the reference.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Go", ["go", "gofmt"]);
const HERE = join(ROOT, "test", "languages", "go");

describe.skipIf(!available)("Go", () => {
  beforeAll(() => {
    cacheDir("go");
    console.log(`Go: ${versionOf("go", ["version"])}`);
  });

  it("is formatted as gofmt formats it", () => {
    expect(run("gofmt", ["-l", join(ROOT, "generated", "go")]).stdout).toBe("");
  }, TOOLCHAIN_TIMEOUT);

  it("passes go vet, the generated packages and the harness", () => {
    run("go", ["vet", "./...", "vpn-error-codes/..."], { cwd: HERE });
  }, TOOLCHAIN_TIMEOUT);

  it("passes go test (round trips of every code and envelope)", () => {
    expect(run("go", ["test", "-count=1", "./..."], { cwd: HERE }).stdout).toMatch(/^ok\s/m);
  }, TOOLCHAIN_TIMEOUT);

  it("decodes every vector as the TypeScript reference does", () => {
    expectSameLines(run("go", ["run", ".", ROOT], { cwd: HERE }).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
