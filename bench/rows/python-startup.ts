// Row "Python: a client's first lookup and first decision": the wheel that
// `npx vitest run test/languages/python.test.ts` builds (that test is run first when it has not built the
// current generated/python's), installed into a fresh virtualenv as the README says, then whole interpreter
// processes, cold, in alternation: a bare one that prints a line, one that imports the package, one that
// prints the first lookup's answer (OperationalError 8199's description and strategy), one that prints the
// first decision on a 401 TOKEN_EXPIRED body, and the standard library's http.HTTPStatus, the model the
// lookups follow (an enum, whose module alone is most of a lookup's cost). Each round's time is divided by
// the bare interpreter's of the same round; the line is the median of those ratios. Also the wheel's size
// and the package's runtime dependencies.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { contentHash } from "../../test/languages/support/content-hash.js";
import { ROOT } from "../lib/paths.js";
import { ensureBuiltBy } from "../lib/prerequisite.js";
import { alternate, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { ratios, showRatio } from "../lib/spread.js";
import { int, ms } from "../lib/stats.js";

const GOALS = { import: 2, lookup: 1.2, decision: 2 } as const;
const DISTS = join(ROOT, ".cache", "python", "dist");
const TOOLCHAIN = join(ROOT, ".cache", "python", "venv");
const VENV = join(ROOT, ".cache", "bench", "python-startup", "venv");

const PROGRAMS = {
  bare: 'print("ready")',
  // The model the lookups follow, and what an HTTP client's imports (http.client, urllib3) already load.
  httpStatus: "from http import HTTPStatus\nstatus = HTTPStatus(429)\nprint(status.name, status.phrase, status.description)",
  import: 'import vpn_error_codes\nprint("ready")',
  lookup: "from vpn_error_codes import OperationalError\nerror = OperationalError.get(8199)\nassert error is not None\nprint(error.name, error.retry_advice.strategy, error.description)",
  decision: 'from vpn_error_codes import advise_retry\nbody = b\'{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"Token expired"}}\'\nprint(advise_retry(401, {}, body, attempt=1))',
} as const;
type Program = keyof typeof PROGRAMS;

const PYTHON_TEST = "test/languages/python.test.ts";

/** The wheel the Python test builds from the current generated/python (in a folder keyed by its content), built first if need be. */
function wheel(): string {
  const dist = join(DISTS, contentHash(join(ROOT, "generated", "python")));
  const built = () => (existsSync(join(dist, "done")) ? readdirSync(dist).filter((f) => f.endsWith(".whl")) : []);
  ensureBuiltBy(PYTHON_TEST, `the wheel of the current generated/python (${dist})`, () => built().length === 1);
  return join(dist, built()[0]!);
}

function run(file: string, args: readonly string[]): string {
  const result = spawnSync(file, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${file} ${args.join(" ")} exited ${result.status ?? result.signal}:\n${result.stderr}`);
  return result.stdout;
}

export async function measure(): Promise<RowResult> {
  const whl = wheel();
  rmSync(VENV, { recursive: true, force: true });
  run("python3", ["-m", "venv", "--without-pip", VENV]);
  // The toolchain's pip installs into it, as the Python test does; pip compiles the .pyc files at install.
  run(join(TOOLCHAIN, "bin", "pip"), ["--python", join(VENV, "bin", "python"), "install", "--quiet", "--no-deps", "--no-index", whl]);
  const python = join(VENV, "bin", "python");
  const commands = Object.fromEntries(Object.entries(PROGRAMS).map(([name, code]): [Program, Command] => [name as Program, { file: python, args: ["-c", code] }])) as Record<Program, Command>;
  for (const [name, command] of Object.entries(commands)) log(`${name}: ${runOnce(command).trim()}`);
  const requires = readFileSync(join(ROOT, "generated", "python", "pyproject.toml"), "utf8")
    .match(/^dependencies\s*=\s*\[([^\]]*)\]/m)?.[1]
    ?.trim();
  const dependencies = requires ? requires.split(",").filter((d) => d.trim() !== "").length : 0;
  const runs = QUICK ? 7 : 31;
  const version = run(python, ["--version"]).trim();
  log(`${Object.keys(PROGRAMS).length} ${version} processes, ${runs} alternating rounds`);
  const wall = alternate(commands, runs);
  const of = (name: Program) => ratios(wall[name].samples, wall.bare.samples);
  const imported = of("import");
  const lookup = of("lookup");
  const lookupOverPeer = ratios(wall.lookup.samples, wall.httpStatus.samples);
  const peer = of("httpStatus");
  const decision = of("decision");
  const lines: Line[] = [
    {
      row: "Python: `import vpn_error_codes`, a whole process, against a bare interpreter",
      measured: `**${showRatio(imported, runs)}**`,
      target: `≤ ${GOALS.import}×`,
      verdict: verdict(imported.median <= GOALS.import),
    },
    {
      row: "Python: first lookup (`OperationalError.get(8199)`, its description and strategy), a whole process, against a bare interpreter",
      measured: `**${showRatio(lookup, runs)}**; \`http.HTTPStatus(429).phrase\` is ${showRatio(peer, runs)} of the same bare interpreter, and the lookup ${showRatio(lookupOverPeer, runs)} of that`,
      target: `≤ ${GOALS.lookup}×`,
      verdict: verdict(lookup.median <= GOALS.lookup),
    },
    {
      row: "Python: first decision (`advise_retry` on a 401 TOKEN_EXPIRED), a whole process, against a bare interpreter",
      measured: `**${showRatio(decision, runs)}**; runtime dependencies: ${dependencies}`,
      target: `≤ ${GOALS.decision}×`,
      verdict: verdict(decision.median <= GOALS.decision),
    },
  ];
  const details = `The wheel (${int(statSync(whl).size)} bytes) installed with \`pip install --no-deps --no-index\` into a fresh
virtualenv, as the README says; ${version}. Each run is a whole \`python -c\` process, cold (the file cache warm); they
alternate, ${runs} rounds after 2 warm-up rounds, and each round's time is divided by the bare interpreter's in the same round.

${table(
  ["program", "median wall time"],
  (Object.keys(PROGRAMS) as Program[]).map((name) => [name, ms(wall[name].median)]),
)}

Runtime dependencies declared by the package: ${dependencies}.`;
  return { id: "python-startup", title: "Python: a client's first lookup and first decision", lines, details };
}

if (isMain(import.meta.url)) await report(measure);
