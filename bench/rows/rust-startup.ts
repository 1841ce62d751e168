// Row "Rust start-up": a release binary that makes the crate's first lookup (`OperationalError::lookup(8199)`
// and its facts), and one that makes its first decision (`advise_retry` on a 429 with a Retry-After and the
// envelope), each as a whole process against a bare Rust binary built the same way (it prints one line),
// alternating, ratios within each round. Built once, from generated/rust by path, under .cache/bench/.
// Each binary's output is checked first, so that a broken subject is named rather than timed.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/paths.js";
import { alternate, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { ratios, showRatio } from "../lib/spread.js";
import { bytes, ms } from "../lib/stats.js";

const LOOKUP_TARGET = 1.2;
const DECISION_TARGET = 2;

const DIR = join(ROOT, ".cache", "bench", "rust-startup");
const env = { ...process.env, CARGO_HOME: join(ROOT, ".cache", "cargo"), CARGO_TARGET_DIR: join(DIR, "target") };

const PROGRAMS: Record<string, string> = {
  bare: 'fn main() {\n    println!("bare");\n}\n',
  lookup: `use vpn_error_codes::OperationalError;

fn main() {
    let found = OperationalError::lookup(8199).expect("8199 is in the catalog");
    let code = found.member;
    println!("{code} {} {} {}", code.description(), code.retry_advice().strategy, code.retryable());
}
`,
  decision: `use vpn_error_codes::{advise_retry, AdviseOptions};

fn main() {
    let body = r#"{"success":false,"error":{"code":"RATE_LIMITED","message":"Slow down"}}"#;
    let decision = advise_retry(429, [("Retry-After", "7")], Some(body), 1, &AdviseOptions::new());
    println!("{decision}");
}
`,
};

function build(): Record<string, string> {
  mkdirSync(join(DIR, "src", "bin"), { recursive: true });
  writeFileSync(
    join(DIR, "Cargo.toml"),
    `[package]\nname = "rust-startup"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\nvpn-error-codes = { path = ${JSON.stringify(join(ROOT, "generated", "rust"))} }\n\n[workspace]\n`,
  );
  // The harness's lock: the same serde and serde_json as the tests, nothing new to resolve.
  copyFileSync(join(ROOT, "test", "languages", "rust", "Cargo.lock"), join(DIR, "Cargo.lock"));
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const path = join(DIR, "src", "bin", `${name}.rs`);
    let old = "";
    try {
      old = readFileSync(path, "utf8");
    } catch {}
    if (old !== source) writeFileSync(path, source);
  }
  const result = spawnSync("cargo", ["build", "--release", "--quiet"], { cwd: DIR, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`cargo build --release failed:\n${result.stderr}`);
  return Object.fromEntries(Object.keys(PROGRAMS).map((name) => [name, join(DIR, "target", "release", name)]));
}

/** The crate's own runtime dependencies, as cargo resolves them (normal edges, the crate itself excluded). */
function runtimeDependencies(): string[] {
  const result = spawnSync("cargo", ["tree", "--edges", "normal,no-proc-macro", "--prefix", "none", "--package", "vpn-error-codes"], { cwd: DIR, env, encoding: "utf8" });
  const lines = result.stdout.split("\n").filter((l) => l.trim() !== "");
  return [...new Set(lines.slice(1).map((l) => l.replace(/ \(\*\)$/, "").trim()))].sort();
}

export async function measure(): Promise<RowResult> {
  if (spawnSync("cargo", ["--version"]).error) {
    return {
      id: "rust-startup",
      title: "Rust start-up",
      lines: [{ row: "Rust start-up: first lookup and first decision against a bare binary", measured: "cargo not found: not measured", target: "—", verdict: "no target" }],
      details: "cargo is not on PATH (`.ci/setup-toolchains` installs it), so nothing was built or timed.",
    };
  }
  log("building the three release binaries");
  const bin = build();
  const command = (name: string): Command => ({ file: bin[name]!, args: [] });
  const lookupOut = runOnce(command("lookup"));
  const decisionOut = runOnce(command("decision"));
  if (!/^TrafficLeak .+ reconnect-tunnel true\n$/.test(lookupOut)) throw new Error(`the lookup binary printed ${JSON.stringify(lookupOut)}`);
  if (!/^retry 7\d{3} retry-after\n$/.test(decisionOut)) throw new Error(`the decision binary printed ${JSON.stringify(decisionOut)}`);
  const runs = QUICK ? 30 : 100;
  log(`${runs} alternating rounds`);
  const timed = alternate({ bare: command("bare"), lookup: command("lookup"), decision: command("decision") }, runs, 3);
  const lookup = ratios(timed.lookup.samples, timed.bare.samples);
  const decision = ratios(timed.decision.samples, timed.bare.samples);
  const size = (name: string) => statSync(bin[name]!).size;
  const dependencies = runtimeDependencies();

  const details = `Release binaries built from generated/rust by path (\`cargo build --release\`), each a whole process, ${runs} rounds in rotating order after 3 warm-up rounds; a ratio is taken within each round.
The lookup binary prints \`${lookupOut.trim().slice(0, 60)}…\`; the decision binary prints \`${decisionOut.trim()}\`.

${table(
  ["binary", "median wall time", "ratio to the bare binary", "size"],
  [
    ["bare (`println!`)", ms(timed.bare.median), "1.00×", bytes(size("bare"))],
    ["first lookup", ms(timed.lookup.median), showRatio(lookup, runs), bytes(size("lookup"))],
    ["first decision", ms(timed.decision.median), showRatio(decision, runs), bytes(size("decision"))],
  ],
)}

The crate's runtime dependencies (\`cargo tree --edges normal,no-proc-macro\`, default features; the optional http feature adds http and bytes): ${dependencies.length} (${dependencies.join(", ")}). The facts and keys are static tables, so a lookup allocates nothing and initialises nothing lazily.`;
  return {
    id: "rust-startup",
    title: "Rust start-up",
    lines: [
      {
        row: "Rust first lookup: `OperationalError::lookup(8199)` and its facts, a release binary against a bare one",
        measured: `${ms(timed.lookup.median)} vs ${ms(timed.bare.median)}: **${showRatio(lookup, runs)}**`,
        target: `≤ ${LOOKUP_TARGET}×`,
        verdict: verdict(lookup.median <= LOOKUP_TARGET),
      },
      {
        row: "Rust first decision: `advise_retry` on a 429 with Retry-After and its envelope, against a bare binary",
        measured: `${ms(timed.decision.median)} vs ${ms(timed.bare.median)}: **${showRatio(decision, runs)}**`,
        target: `≤ ${DECISION_TARGET}×`,
        verdict: verdict(decision.median <= DECISION_TARGET),
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
