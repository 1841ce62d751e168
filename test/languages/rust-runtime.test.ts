// runtime/rust on its own, as a contributor works on it: its unit tests against synthetic policies, clippy
// on every target with warnings denied, and rustfmt's check, each the toolchain's own command. The same
// linters on the assembled crate, generated/rust, run in rust.test.ts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, run, toolchain } from "./support/toolchains.js";

const available = toolchain("Rust", ["cargo", "rustc", "cargo-clippy", "rustfmt"]);
const MANIFEST = join(ROOT, "runtime", "rust", "Cargo.toml");
// rust.test.ts's flags, so that the two files share the dependency builds in .cache/rust-target.
const env = { ...TOOL_ENV, RUSTFLAGS: "-D warnings" };

describe.skipIf(!available)("runtime/rust", () => {
  // With every feature: advise_http, behind the http feature, is tested and linted too.
  it("passes its unit tests, every module's", () => {
    const { stdout } = run("cargo", ["test", "--locked", "--all-features", "--manifest-path", MANIFEST], { env });
    expect(stdout).toMatch(/test result: ok\. [1-9]\d* passed; 0 failed/);
    expect(stdout).toMatch(/^test retry::tests::http_types_are_read_as_pairs_are \.\.\. ok$/m);
    for (const module of ["retry", "envelope", "envelope::pattern", "envelope::json", "lookup"]) expect(stdout).toMatch(new RegExp(`^test ${module}::tests::\\w+ \\.\\.\\. ok$`, "m"));
  }, TOOLCHAIN_TIMEOUT);

  it("passes cargo clippy on every target with warnings denied", () => {
    const { stderr } = run("cargo", ["clippy", "--locked", "--all-targets", "--all-features", "--manifest-path", MANIFEST, "--", "-D", "warnings"], { env });
    expect(stderr).not.toMatch(/^(warning|error)/m);
  }, TOOLCHAIN_TIMEOUT);

  it("is formatted as rustfmt formats it", () => {
    run("cargo", ["fmt", "--check", "--manifest-path", MANIFEST], { env });
  }, TOOLCHAIN_TIMEOUT);
});
