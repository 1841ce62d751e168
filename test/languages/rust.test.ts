// generated/rust as a user gets it: `cargo package` (with its verifying build) on a copy of the crate,
// clippy and rustfmt on a copy as its publisher runs them, cargo test and the harness on a separate crate
// that depends on it by path, and the README's example compiled and run in a consumer crate of its own.
// Warnings are denied throughout.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../scripts/catalog/model.js";
import { rustIdent } from "../../scripts/emit/languages/rust/enum.js";
import { adviseReconnect } from "../../src/reconnect/advise.js";
import { emitRust } from "../../scripts/emit/languages/rust/index.js";
import { README_DETAILS, README_UNKNOWN_VALUE, README_WAIT_SECONDS, rateLimitedCode } from "../../scripts/emit/languages/rust/readme.js";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, expectedLines, languageModel, readmeBlocks, run, toolchain, versionOf } from "./support/toolchains.js";
import { contentHash } from "./support/content-hash.js";
import { lookupKeys, lookupLines } from "./typescript/lookups.js";

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
/** `reconnect <id> -> <expected>` for every case of the reconnect vectors (runtime/SPEC.md §12). */
function reconnectLines(): string[] {
  const { cases } = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "reconnect.json"), "utf8")) as { cases: Array<{ id: string; expected: string }> };
  expect(cases.length).toBeGreaterThan(0);
  return cases.map((c) => `reconnect ${c.id} -> ${c.expected}`);
}

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

  it(
    "passes cargo test, warnings denied",
    () => {
      const { stdout } = run("cargo", ["test", "--locked", "--quiet", "--manifest-path", MANIFEST], { env });
      expect(stdout).toMatch(/test result: ok\. [1-9]\d* passed; 0 failed/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "decodes every vector, decides every decision vector as the TypeScript reference does and every reconnect vector as the file expects",
    () => {
      const lines = run("cargo", ["run", "--locked", "--quiet", "--manifest-path", MANIFEST, "--bin", "vpn-error-codes-harness", "--", ROOT], { env }).stdout.split("\n");
      const printed = lines.filter((l) => l !== "");
      // The reconnect lines come last, one per case of test/vectors/reconnect.json, as the TypeScript reference wrote it.
      expect(printed.filter((l) => !l.startsWith("reconnect "))).toEqual(expectedLines().map(asRustReads));
      expect(printed.filter((l) => l.startsWith("reconnect "))).toEqual(reconnectLines());
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes cargo clippy on every target and feature, cargo fmt --check and rustdoc, as its publisher runs them",
    () => {
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
      const { stderr } = run("cargo", ["clippy", "--all-targets", "--all-features", "--", "-D", "warnings"], { cwd: copy, env });
      expect(stderr).not.toMatch(/^(warning|error)/m);
      run("cargo", ["fmt", "--check"], { cwd: copy, env });
      // rustdoc as docs.rs runs it (every feature): no broken intra-doc link, no unescaped HTML.
      const doc = run("cargo", ["doc", "--no-deps", "--all-features"], { cwd: copy, env: { ...env, RUSTDOCFLAGS: "-D warnings" } });
      expect(doc.stderr).not.toMatch(/^(warning|error)/m);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes cargo package, its verifying build included, with the metadata from package.json",
    () => {
      // A copy, because cargo package writes a Cargo.lock beside the manifest.
      const copy = scratch("package");
      cpSync(PACKAGE, copy, { recursive: true });
      // Offline: the crates it verifies against are the ones the harness build has just fetched.
      run("cargo", ["package", "--allow-dirty", "--offline", "--quiet"], { cwd: copy, env });
      const { version, license, description, repository } = model.package;
      const listing = run("cargo", ["package", "--list", "--allow-dirty", "--offline", "--quiet"], { cwd: copy, env }).stdout.split("\n");
      for (const file of ["Cargo.toml", "README.md", "src/lib.rs", "src/retry.rs", "src/retry_policy.rs", "src/envelope.rs", "src/envelope/json.rs", "src/envelope_policy.rs", "src/lookup.rs"])
        expect(listing).toContain(file);
      const manifest = readFileSync(join(CACHE, "rust-target", "package", `${crate}-${version}`, "Cargo.toml"), "utf8");
      for (const [key, value] of Object.entries({ name: crate, version, license, description, repository, readme: "README.md" })) {
        expect(manifest).toContain(`${key} = ${JSON.stringify(value)}`);
      }
      expect(manifest).toMatch(/^documentation = "https:\/\/docs\.rs\//m);
    },
    TOOLCHAIN_TIMEOUT,
  );

  /** A crate of its own that depends on `crate` by path, as the README says, its main.rs `main`. */
  const consumer = (name: string, path: string, main: string) => {
    const dir = scratch(name);
    mkdirSync(join(dir, "src"));
    writeFileSync(
      join(dir, "Cargo.toml"),
      `[package]\nname = "consumer"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n${crate} = { path = ${JSON.stringify(path)} }\nserde_json = "1"\n\n[workspace]\n`,
    );
    // The harness's lock pins serde and serde_json, so that the consumer resolves nothing new.
    copyFileSync(join(HARNESS, "Cargo.lock"), join(dir, "Cargo.lock"));
    writeFileSync(join(dir, "src", "main.rs"), main);
    return dir;
  };

  it(
    "compiles and runs every example of the README in a consumer crate of its own, each printing what the catalog says",
    () => {
      const outputs = readmeBlocks(join(PACKAGE, "README.md"), "rust").map((block, i) =>
        run("cargo", ["run", "--quiet", "--offline"], { cwd: consumer(`readme-${i}`, PACKAGE, block), env }).stdout.split("\n"),
      );
      const { family: events, code: event } = model.examples.sdkEvent;
      const ident = rustIdent(events, event);
      expect(outputs[0]).toEqual([
        `${ident} ${event.name}`,
        event.description,
        `${event.retry.strategy} ${event.retry.basis} ${event.retryable}`,
        event.action ? event.action.text : "no action",
        `${ident} by value`,
        "",
      ]);
      expect(rateLimitedCode(model)?.retry.strategy).toBe(model.statusStrategy.get(429));
      expect(outputs[1]).toEqual([`retry in ${README_WAIT_SECONDS} s, set by retry-after`, ""]);
      // The reconnect example, with the system clock and a random jitter: TypeScript's answer at both ends of the jitter bounds it.
      const [low, high] = [1, 0].map((r) => adviseReconnect(events.name, event.name, {}, { random: () => r }));
      const printed = outputs[2]![0]!;
      if (high!.action === "reconnect" && low!.action === "reconnect") {
        const delay = Number(/^reconnect in (\d+) ms \((\w+)\)$/.exec(printed)?.[1]);
        expect(printed).toMatch(new RegExp(`^reconnect in \\d+ ms \\(${high!.basis}\\)$`));
        expect(delay).toBeGreaterThanOrEqual(low!.delayMs);
        expect(delay).toBeLessThanOrEqual(high!.delayMs);
      } else if (high!.action === "stop") {
        expect(printed.startsWith(`tell the user: ${high!.reason} (`)).toBe(true);
      } else {
        expect(printed).toBe("reconnect once the network is back");
      }
      expect(outputs[3]).toEqual([`${README_DETAILS.tokenType} ${README_DETAILS.expiredAt}`, ""]);
      expect(outputs[4]).toEqual(["true", `${events.name}(${README_UNKNOWN_VALUE}) true`, "ACCOUNT_FROZEN true", ""]);
      expect(outputs).toHaveLength(5);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "looks up every key of every code as TypeScript's describe() and retryAdvice() do, line for line, from a crate with a path dependency",
    () => {
      const { stdout } = run("cargo", ["run", "--locked", "--quiet", "--manifest-path", MANIFEST, "--bin", "lookups", "--", JSON.stringify(lookupKeys(ROOT))], { env });
      expect(stdout.split("\n").filter((l) => l !== "")).toEqual(lookupLines(ROOT));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "compiles and answers catalog text that rustc would refuse or a doc comment would misread: bidirectional controls, fences, quotes",
    async () => {
      const hostile = [
        "\u202e reversed \u2066isolate\u2069 \u200f",
        "ends a comment */ and opens /* one",
        'a "quote" and r#"raw"# and a \\ at the end \\',
        "```rust\nfn main() { panic!() }\n```",
        "a NUL \u0000 and \u2028 a line",
      ];
      const texts = hostileModel(languageModel(), hostile);
      const dir = scratch("hostile");
      for (const [path, content] of Object.entries(await emitRust(texts.model))) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      const probe = [
        `use ${crate.replace(/-/g, "_")}::${texts.family};`,
        "",
        "fn main() {",
        `    let member = ${texts.family}::from_code(${texts.value}).expect("the hostile code");`,
        '    let deprecation = member.deprecation().expect("deprecated");',
        '    println!("{}", serde_json::to_string(&[member.description(), member.retry_advice().note, deprecation.note]).unwrap());',
        "}",
        "",
      ].join("\n");
      const crateDir = join(dir, "rust");
      const { stdout } = run("cargo", ["run", "--quiet", "--offline"], { cwd: consumer("hostile-consumer", crateDir, probe), env });
      expect(JSON.parse(stdout)).toEqual([texts.description, texts.note, texts.note]);
      // Its doc tests too: a fence in a description must not become one.
      copyFileSync(join(HARNESS, "Cargo.lock"), join(crateDir, "Cargo.lock"));
      const doc = run("cargo", ["test", "--doc", "--quiet", "--offline"], { cwd: crateDir, env });
      expect(doc.stdout).toMatch(/test result: ok\. 0 passed/);
    },
    TOOLCHAIN_TIMEOUT,
  );
});

/** The model with one SDK code's description, note and deprecation replaced by hostile text; the catalog on disk is untouched. */
function hostileModel(model: Model, texts: readonly string[]): { model: Model; family: string; value: string | number; description: string; note: string } {
  const copy = structuredClone(model) as Model;
  const family = copy.families.find((f) => f.name === model.examples.sdkEvent.family.name)!;
  const code = family.codes.find((c) => c.value === model.examples.sdkEvent.code.value)!;
  const description = texts.join(" ");
  const note = [...texts].reverse().join(" ");
  code.description = description;
  code.derived.doc.meaning = description;
  code.retry = { ...code.retry, note };
  code.derived.doc.retryNote = note;
  code.deprecated = { reason: "obsoleted", note };
  code.derived.doc.deprecated = { reason: "obsoleted", note };
  // A details schema's descriptions reach the envelope types' doc comments, by quicktype.
  const detailed = copy.restFamily.codes.find((c) => c.details !== undefined)!;
  const properties = detailed.details!.schema.properties as Record<string, { description?: string }>;
  for (const property of Object.values(properties)) property.description = description;
  return { model: copy, family: family.name, value: code.value, description, note };
}
