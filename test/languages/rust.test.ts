// generated/rust: cargo test on the harness crate (serde from crates.io), then the harness.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Rust", ["cargo", "rustc"]);
const MANIFEST = join(ROOT, "test", "languages", "rust", "Cargo.toml");
// Warnings in the generated crate fail the build; both commands use the same flags, so the second
// reuses the first one's build.
const env = { ...TOOL_ENV, RUSTFLAGS: "-D warnings" };

describe.skipIf(!available)("Rust", () => {
  beforeAll(() => {
    cacheDir("cargo");
    console.log(`Rust: ${versionOf("rustc")}, ${versionOf("cargo")}`);
  });

  it("passes cargo test, warnings denied", () => {
    const { stdout } = run("cargo", ["test", "--locked", "--quiet", "--manifest-path", MANIFEST], { env });
    expect(stdout).toMatch(/test result: ok\. [1-9]\d* passed; 0 failed/);
  }, TOOLCHAIN_TIMEOUT);

  it("decodes every vector as the TypeScript reference does", () => {
    expectSameLines(run("cargo", ["run", "--locked", "--quiet", "--manifest-path", MANIFEST, "--", ROOT], { env }).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
