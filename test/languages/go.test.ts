// generated/go as a user's module uses it: the harness (test/languages/go) is a separate module that
// requires the module path from package.json and replaces it with generated/go. gofmt, go vet, go test,
// the harness against the reference, and the README's example compiled and run in a module of its own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, languageModel, readmeBlocks, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Go", ["go", "gofmt"]);
const HERE = join(ROOT, "test", "languages", "go");
const PACKAGE = join(ROOT, "generated", "go");

describe.skipIf(!available)("Go", () => {
  const model = languageModel();
  const module = model.package.languages.go.module;
  let consumer = "";

  beforeAll(() => {
    cacheDir("go");
    console.log(`Go: ${versionOf("go", ["version"])}`);
  });

  afterAll(() => {
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  it("declares the module path from package.json, which the harness module requires (any version: replaced) and replaces", () => {
    expect(readFileSync(join(PACKAGE, "go.mod"), "utf8")).toMatch(new RegExp(`^module ${module.replace(/\./g, "\\.")}$`, "m"));
    const harness = readFileSync(join(HERE, "go.mod"), "utf8");
    expect(harness).toContain(`require ${module} v0.0.0`);
    expect(harness).toContain(`replace ${module} => ../../../generated/go`);
  });

  it("is formatted as gofmt formats it", () => {
    expect(run("gofmt", ["-l", PACKAGE]).stdout).toBe("");
  }, TOOLCHAIN_TIMEOUT);

  it("passes go vet, the generated packages and the harness", () => {
    run("go", ["vet", "./...", `${module}/...`], { cwd: HERE });
  }, TOOLCHAIN_TIMEOUT);

  it("passes go test (round trips of every code and envelope, typed errors for invalid ones)", () => {
    expect(run("go", ["test", "-count=1", "./..."], { cwd: HERE }).stdout).toMatch(/^ok\s/m);
  }, TOOLCHAIN_TIMEOUT);

  it("decodes every vector and decides every decision vector as the TypeScript reference does", () => {
    expectSameLines(run("go", ["run", ".", ROOT], { cwd: HERE }).stdout);
  }, TOOLCHAIN_TIMEOUT);

  it("compiles, vets and runs the README's example in a module of its own", () => {
    const [example] = readmeBlocks(join(PACKAGE, "README.md"), "go");
    consumer = mkdtempSync(join(tmpdir(), "vpn-error-codes-go-consumer-"));
    writeFileSync(join(consumer, "go.mod"), `module example.com/consumer\n\ngo 1.21\n\nrequire ${module} v${model.package.version}\n\nreplace ${module} => ${PACKAGE}\n`);
    writeFileSync(join(consumer, "main.go"), example!);
    run("go", ["vet", "."], { cwd: consumer });
    const { code: event } = model.examples.sdkEvent;
    expect(run("go", ["run", "."], { cwd: consumer }).stdout.split("\n")).toEqual([
      `${event.name} true ${event.retryable}`,
      "the access token has expired",
      "refresh the token, then send once more",
      "",
    ]);
  }, TOOLCHAIN_TIMEOUT);
});
