// runtime/rust on its own, as a contributor works on it: its unit tests against synthetic policies, clippy
// on every target with warnings denied, and rustfmt's check, each the toolchain's own command. The same
// linters on the assembled crate, generated/rust, run in rust.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, languageModel, run, toolchain } from "./support/toolchains.js";

const available = toolchain("Rust", ["cargo", "rustc", "cargo-clippy", "rustfmt"]);
const MANIFEST = join(ROOT, "runtime", "rust", "Cargo.toml");
// rust.test.ts's flags, so that the two files share the dependency builds in .cache/rust-target.
const env = { ...TOOL_ENV, RUSTFLAGS: "-D warnings" };

/** The words an enum's `as_str` gives, in the order of its arms. */
function enumWords(source: string, name: string): string[] {
  const body = new RegExp(`impl ${name} \\{[\\s\\S]*?fn as_str\\(self\\)[^{]*\\{([\\s\\S]*?)\\n {4}\\}`).exec(source)?.[1] ?? "";
  return [...body.matchAll(/=> "([a-zA-Z-]+)"/g)].map((m) => m[1]!);
}

describe("the Rust runtime's words", () => {
  const policy = runtimePolicy(languageModel());
  const retry = readFileSync(join(ROOT, "runtime", "rust", "src", "retry.rs"), "utf8");

  it("are the fail reasons and retry bases that the decision vectors print", () => {
    expect(enumWords(retry, "FailReason")).toEqual([...policy.failReasons]);
    expect(enumWords(retry, "Basis")).toEqual([...policy.retryBases]);
  });

  it("name only strategies the catalog has, none of them failing ones", () => {
    const named = [...retry.matchAll(/^pub const \w+: &str = "([a-z-]+)";/gm)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const word of named) {
      expect(policy.strategies).toContain(word);
      expect(policy.failingStrategies).not.toContain(word);
    }
  });
});

describe.skipIf(!available)("runtime/rust", () => {
  // With every feature: advise_http, behind the http feature, is tested and linted too.
  it(
    "passes its unit tests, every module's",
    () => {
      const { stdout } = run("cargo", ["test", "--locked", "--all-features", "--manifest-path", MANIFEST], { env });
      expect(stdout).toMatch(/test result: ok\. [1-9]\d* passed; 0 failed/);
      expect(stdout).toMatch(/^test retry::tests::http_types_are_read_as_pairs_are \.\.\. ok$/m);
      for (const module of ["retry", "reconnect", "envelope", "envelope::pattern", "envelope::json", "lookup"]) expect(stdout).toMatch(new RegExp(`^test ${module}::tests::\\w+ \\.\\.\\. ok$`, "m"));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes cargo clippy on every target with warnings denied",
    () => {
      const { stderr } = run("cargo", ["clippy", "--locked", "--all-targets", "--all-features", "--manifest-path", MANIFEST, "--", "-D", "warnings"], { env });
      expect(stderr).not.toMatch(/^(warning|error)/m);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "is formatted as rustfmt formats it",
    () => {
      run("cargo", ["fmt", "--check", "--manifest-path", MANIFEST], { env });
    },
    TOOLCHAIN_TIMEOUT,
  );
});
