// generated/rust as a user gets it: `cargo package` (with its verifying build) on a copy of the crate,
// clippy and rustfmt on a copy as its publisher runs them, cargo test and the harness on a separate crate
// that depends on it by path, and the README's example compiled and run in a consumer crate of its own.
// Warnings are denied throughout.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, contentHash, expectedLines, languageModel, readmeBlocks, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Rust", ["cargo", "rustc", "cargo-clippy", "rustfmt"]);
const HARNESS = join(ROOT, "test", "languages", "rust");
const MANIFEST = join(HARNESS, "Cargo.toml");
const PACKAGE = join(ROOT, "generated", "rust");
/**
 * A reference line as Rust reads it. A Rust String is UTF-8 and cannot hold a lone surrogate, so the
 * decoder reads one as U+FFFD (as String::from_utf16_lossy does) where the reference keeps the code unit,
 * which JSON.stringify writes as an escape (a paired one it writes as the character). The code, which is
 * what the decision reads, is the same (runtime/SPEC.md §8).
 */
const asRustReads = (line: string) => line.replace(/\\ud[89a-f][0-9a-f]{2}/g, "\ufffd");

// Every command uses the same flags and target folder, so that each reuses the others' dependency builds.
const env = { ...TOOL_ENV, RUSTFLAGS: "-D warnings" };

describe.skipIf(!available)("Rust", () => {
  const model = languageModel();
  const crate = model.package.languages.rust.crate;
  const temporary: string[] = [];
  const scratch = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `vpn-error-codes-rust-${name}-`));
    temporary.push(dir);
    return dir;
  };

  beforeAll(() => {
    cacheDir("cargo");
    console.log(`Rust: ${versionOf("rustc")}, ${versionOf("cargo")}`);
  });

  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it("passes cargo test, warnings denied", () => {
    const { stdout } = run("cargo", ["test", "--locked", "--quiet", "--manifest-path", MANIFEST], { env });
    expect(stdout).toMatch(/test result: ok\. [1-9]\d* passed; 0 failed/);
  }, TOOLCHAIN_TIMEOUT);

  it("decodes every vector and decides every decision vector as the TypeScript reference does", () => {
    const lines = run("cargo", ["run", "--locked", "--quiet", "--manifest-path", MANIFEST, "--", ROOT], { env }).stdout.split("\n");
    expect(lines.filter((l) => l !== "")).toEqual(expectedLines().map(asRustReads));
  }, TOOLCHAIN_TIMEOUT);

  it("passes cargo clippy on every target and cargo fmt --check, as its publisher runs them", () => {
    // A copy with the harness's lock (the same dependency versions, no Cargo.lock left in generated/),
    // kept under .cache/ by its content, so that a warm run finds cargo's results for it fresh.
    const lints = cacheDir("rust-lint");
    const key = contentHash(PACKAGE);
    const copy = join(lints, key);
    if (!existsSync(join(copy, "Cargo.lock"))) {
      for (const old of readdirSync(lints)) rmSync(join(lints, old), { recursive: true, force: true });
      cpSync(PACKAGE, copy, { recursive: true });
      copyFileSync(join(HARNESS, "Cargo.lock"), join(copy, "Cargo.lock"));
    }
    const { stderr } = run("cargo", ["clippy", "--all-targets", "--", "-D", "warnings"], { cwd: copy, env });
    expect(stderr).not.toMatch(/^(warning|error)/m);
    run("cargo", ["fmt", "--check"], { cwd: copy, env });
  }, TOOLCHAIN_TIMEOUT);

  it("passes cargo package, its verifying build included, with the metadata from package.json", () => {
    // A copy, because cargo package writes a Cargo.lock beside the manifest.
    const copy = scratch("package");
    cpSync(PACKAGE, copy, { recursive: true });
    // Offline: the crates it verifies against are the ones the harness build has just fetched.
    run("cargo", ["package", "--allow-dirty", "--offline", "--quiet"], { cwd: copy, env });
    const { version, license, description, repository } = model.package;
    const listing = run("cargo", ["package", "--list", "--allow-dirty", "--offline", "--quiet"], { cwd: copy, env }).stdout.split("\n");
    for (const file of ["Cargo.toml", "README.md", "src/lib.rs", "src/retry.rs", "src/retry_policy.rs", "src/envelope.rs", "src/envelope_policy.rs"]) expect(listing).toContain(file);
    const manifest = readFileSync(join(CACHE, "rust-target", "package", `${crate}-${version}`, "Cargo.toml"), "utf8");
    for (const [key, value] of Object.entries({ name: crate, version, license, description, repository, readme: "README.md" })) {
      expect(manifest).toContain(`${key} = ${JSON.stringify(value)}`);
    }
    expect(manifest).toMatch(/^documentation = "https:\/\/docs\.rs\//m);
  }, TOOLCHAIN_TIMEOUT);

  it("compiles and runs the README's example in a consumer crate of its own", () => {
    const [example] = readmeBlocks(join(PACKAGE, "README.md"), "rust");
    const consumer = scratch("consumer");
    mkdirSync(join(consumer, "src"));
    writeFileSync(
      join(consumer, "Cargo.toml"),
      `[package]\nname = "consumer"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n${crate} = { path = ${JSON.stringify(PACKAGE)} }\nserde_json = "1"\n\n[workspace]\n`,
    );
    // The harness's lock pins serde and serde_json, so that the consumer resolves nothing new.
    copyFileSync(join(HARNESS, "Cargo.lock"), join(consumer, "Cargo.lock"));
    writeFileSync(join(consumer, "src", "main.rs"), example!);
    const { code: event } = model.examples.sdkEvent;
    expect(run("cargo", ["run", "--quiet"], { cwd: consumer, env }).stdout.split("\n")).toEqual([
      `${event.name} ${event.retryable}`,
      "the access token has expired",
      "refresh the token, then send once more",
      "",
    ]);
  }, TOOLCHAIN_TIMEOUT);
});
