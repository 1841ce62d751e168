// Row "Go: a client's first lookup and first decision": programs built from generated/go in modules of
// their own, as a user builds them (a `replace` to the folder): a bare program that prints a line, one that
// only imports net/http (what any HTTP client pays already), one that prints the first lookup's answer
// (OperationalError 8199's description and strategy), and one that prints the first decision on a 401
// TOKEN_EXPIRED body. Each is run as a whole process, cold, in alternation with the others, and each round's
// time is divided by the bare program's of the same round; the line is the median of those ratios. Also
// the binaries' sizes and the module's dependencies.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../lib/paths.js";
import { alternate, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { ratios, showRatio } from "../lib/spread.js";
import { int, ms } from "../lib/stats.js";

const GOALS = { lookup: 1.2, decision: 2 } as const;
const PROGRAMS = ["bare", "netHTTP", "lookup", "decision"] as const;
type Program = (typeof PROGRAMS)[number];
const PACKAGE = join(ROOT, "generated", "go");
const ENV = { ...process.env, GOCACHE: join(ROOT, ".cache", "go", "build"), GOMODCACHE: join(ROOT, ".cache", "go", "mod"), GOTOOLCHAIN: "local", GOFLAGS: "" };

const moduleOf = () => /^module (\S+)$/m.exec(readFileSync(join(PACKAGE, "go.mod"), "utf8"))![1]!;

/** The three programs; each prints one line, so that output is part of every figure alike. */
function programs(module: string): Record<Program, string> {
  return {
    bare: ["package main", "", 'import "fmt"', "", "func main() {", '\tfmt.Println("ready")', "}", ""].join("\n"),
    // What any HTTP client already pays: the retry package takes net/http's types, so it links net/http.
    netHTTP: ["package main", "", 'import (\n\t"fmt"\n\t"net/http"\n)', "", "func main() {", "\tfmt.Println(http.StatusOK)", "}", ""].join("\n"),
    lookup: [
      "package main",
      "",
      'import (\n\t"fmt"\n',
      `\t"${module}/operationalerror"`,
      ")",
      "",
      "func main() {",
      "\tinfo, _ := operationalerror.Code(8199).Info()",
      "\tfmt.Println(info.Name, info.Strategy, info.Description)",
      "}",
      "",
    ].join("\n"),
    decision: [
      "package main",
      "",
      'import (\n\t"fmt"\n',
      `\t"${module}/retry"`,
      ")",
      "",
      "func main() {",
      '\tbody := []byte(`{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"Token expired"}}`)',
      "\td := retry.Advise(401, nil, body, 1, retry.Options{})",
      "\tfmt.Println(d.Action, d.Delay)",
      "}",
      "",
    ].join("\n"),
  };
}

function go(args: readonly string[], cwd: string): string {
  const result = spawnSync("go", args, { cwd, env: ENV, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`go ${args.join(" ")} exited ${result.status ?? result.signal}:\n${result.stderr}`);
  return result.stdout;
}

export async function measure(): Promise<RowResult> {
  const module = moduleOf();
  const dir = mkdtempSync(join(tmpdir(), "vpn-error-codes-bench-go-"));
  try {
    const binaries: Record<string, string> = {};
    for (const [name, source] of Object.entries(programs(module))) {
      const src = join(dir, name);
      mkdirSync(src);
      writeFileSync(join(src, "go.mod"), `module example.com/${name}\n\ngo 1.21\n\nrequire ${module} v0.0.0\n\nreplace ${module} => ${PACKAGE}\n`);
      writeFileSync(join(src, "main.go"), source);
      binaries[name] = join(dir, `${name}.bin`);
      go(["build", "-o", binaries[name]!, "."], src);
    }
    const version = go(["version"], dir).trim();
    const dependencies = go(["list", "-m", "all"], join(dir, "decision")).trim().split("\n").length - 2;
    const runs = QUICK ? 7 : 31;
    const commands = Object.fromEntries(PROGRAMS.map((name): [Program, Command] => [name, { file: binaries[name]!, args: [] }])) as Record<Program, Command>;
    log(`${PROGRAMS.length} Go programs (${version}), ${runs} alternating rounds`);
    const wall = alternate(commands, runs);
    const lookup = ratios(wall.lookup.samples, wall.bare.samples);
    const decision = ratios(wall.decision.samples, wall.bare.samples);
    const aboveHTTP = ratios(wall.decision.samples, wall.netHTTP.samples);
    const size = (name: string) => statSync(binaries[name]!).size;
    const lines: Line[] = [
      {
        row: "Go: first lookup (`operationalerror.Code(8199).Info()`), a whole process, against a bare Go program",
        measured: `**${showRatio(lookup, runs)}**`,
        target: `≤ ${GOALS.lookup}×`,
        verdict: verdict(lookup.median <= GOALS.lookup),
      },
      {
        row: "Go: first decision (`retry.Advise` on a 401 TOKEN_EXPIRED), a whole process, against a bare Go program",
        measured: `**${showRatio(decision, runs)}**; against a program that only imports net/http, as any HTTP client does: ${showRatio(aboveHTTP, runs)}; runtime dependencies: ${dependencies}`,
        target: `≤ ${GOALS.decision}×`,
        verdict: verdict(decision.median <= GOALS.decision),
      },
    ];
    const details = `Programs built with \`go build\` (${version}) in modules of their own that require the module and replace it
with generated/go, as the README says. Each run is a whole process, cold; they alternate, ${runs} rounds after 2 warm-up
rounds, and each round's time is divided by the bare program's time in the same round.

${table(
  ["program", "median wall time", "binary size"],
  PROGRAMS.map((name) => [name, ms(wall[name].median), `${int(size(name))} bytes`]),
)}

Runtime dependencies of the module (\`go list -m all\`, the module itself and the program left out): ${dependencies}.`;
    return { id: "go-startup", title: "Go: a client's first lookup and first decision", lines, details };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await report(measure);
