// Rows "the catalog author's loop": the commands a catalog author waits on, each a whole process started
// exactly as written in the table, against `node -e ""` in the same rounds (alternating, order rotated):
//   node scripts/run.mjs scripts/build.ts --no-compile   validate + generate every output (all languages)
//   the same with the build's memo cache cleared first   (.cache/build/memo; the run.mjs bundle is kept)
//   the same on a copy of the catalog whose text changes before each run (a YAML comment): the loader's
//     memo misses, so the YAML is parsed and checked again, while the model and so every emitter's memo hold
//   node scripts/run.mjs scripts/build.ts --check        generate and compare, write nothing
//   node scripts/run.mjs scripts/build.ts --validate-only   (npm run validate)
//   npm run build                                        validate + generate + dist/ (not recompiled when current)
//   npm run build -- --force                             the same with dist/ always compiled (fewer rounds)
//   npm run build in a project copy after a code's description changes: generated/ rewritten and dist/
//     compiled, what a catalog author waits for
// Then a CPU profile of the first command. The builds write generated/ and dist/ in place, with the
// content they already hold: --check is run before and after to show that.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LICENSE_FILE } from "../../scripts/catalog/package-info.js";
import { copyProject } from "../../test/support/project-copy.js";
import { summarize } from "../lib/cpuprofile.js";
import { ROOT } from "../lib/paths.js";
import { alternate, node, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type Line, type RowResult } from "../lib/row.js";
import { ratios, showRatio, spread } from "../lib/spread.js";
import { ms } from "../lib/stats.js";

const RUN_MJS = join(ROOT, "scripts", "run.mjs");
const BUILD = join(ROOT, "scripts", "build.ts");
const MEMO = join(ROOT, ".cache", "build", "memo");
const NPM = process.env.npm_execpath;

const build = (...args: string[]) => node(RUN_MJS, BUILD, ...args);
const npmRun = (...args: string[]): Command => (NPM ? { file: process.execPath, args: [NPM, "run", "--silent", ...args] } : { file: "npm", args: ["run", "--silent", ...args] });

export async function measure(): Promise<RowResult> {
  const check = () => runOnce(build("--check"));
  check(); // generated/ must already be what the catalog gives: every build below then rewrites the same bytes.
  const copy = mkdtempSync(join(tmpdir(), "vec-bench-edit-"));
  cpSync(join(ROOT, "catalog"), join(copy, "catalog"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
  cpSync(join(ROOT, LICENSE_FILE), join(copy, LICENSE_FILE)); // the build reads the licence beside package.json
  const edited = join(
    copy,
    "catalog",
    readdirSync(join(copy, "catalog"))
      .filter((n) => n.endsWith(".yaml"))
      .sort()[0]!,
  );
  let edits = 0;
  const commands = {
    baseline: node("-e", ""),
    full: build("--no-compile"),
    fullCold: { ...build("--no-compile"), before: () => rmSync(MEMO, { recursive: true, force: true }) },
    edited: { ...build("--no-compile", "--catalog", join(copy, "catalog"), "--out", join(copy, "generated")), before: () => appendFileSync(edited, `# bench edit ${++edits}\n`) },
    check: build("--check"),
    validate: build("--validate-only"),
    npmBuild: npmRun("build"),
  } satisfies Record<string, Command>;
  for (const [key, command] of Object.entries(commands)) if (key !== "baseline") runOnce(command);
  const runs = QUICK ? 4 : 10;
  log(`${Object.keys(commands).length} commands, ${runs} alternating rounds`);
  const timed = alternate(commands, runs);
  const forceRuns = QUICK ? 1 : 3;
  // A project copy whose catalog text changes before each run: the description of its first code.
  const project = copyProject("vec-bench-project-", { withDist: true });
  const projectYaml = join(project, "catalog", edited.slice(edited.lastIndexOf("/") + 1));
  let descriptionEdits = 0;
  const editDescription = () => {
    const text = readFileSync(projectYaml, "utf8");
    writeFileSync(projectYaml, text.replace(/^( {4}description: .*?)(?: Edit \d+\.)?$/m, `$1 Edit ${++descriptionEdits}.`));
  };
  runOnce(npmRun("--prefix", project, "build"));
  log(`npm run build -- --force, and npm run build after a description edit: ${forceRuns} rounds against node -e ""`);
  const forced = alternate({ baseline: node("-e", ""), force: npmRun("build", "--", "--force"), afterEdit: { ...npmRun("--prefix", project, "build"), before: editDescription } }, forceRuns, 1);
  if (!readFileSync(join(project, "generated", "docs", "ERRORS.md"), "utf8").includes(`Edit ${descriptionEdits}.`)) throw new Error("the description edit did not reach the copy's generated/");
  check();
  rmSync(copy, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });

  log("CPU profile of node scripts/run.mjs scripts/build.ts --no-compile");
  const profDir = mkdtempSync(join(tmpdir(), "vec-bench-author-"));
  runOnce(node("--cpu-prof", `--cpu-prof-dir=${profDir}`, RUN_MJS, BUILD, "--no-compile"));
  const profile = summarize(
    readdirSync(profDir)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => join(profDir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!,
    ROOT,
  );
  rmSync(profDir, { recursive: true, force: true });

  const of = (key: keyof typeof commands) => ratios(timed[key].samples, timed.baseline.samples);
  const full = of("full");
  const validate = of("validate");
  const npmBuild = of("npmBuild");
  const force = ratios(forced.force.samples, forced.baseline.samples);
  const afterEdit = ratios(forced.afterEdit.samples, forced.baseline.samples);
  // --check against the full build of the same round: its own cost, not the baseline's.
  const checkVsBuild = ratios(timed.check.samples, timed.full.samples);
  const CHECK_SLACK = 1.05;

  const lines: Line[] = [
    {
      row: "validate + generate every output: `node scripts/run.mjs scripts/build.ts --no-compile`, warm",
      measured: `${ms(timed.full.median)} vs ${ms(timed.baseline.median)}: **${showRatio(full, runs)}**`,
      target: '≤ 6× `node -e ""`',
      verdict: verdict(full.median <= 6),
    },
    {
      row: "the same with the memo cache cleared before each run (.cache/build/memo)",
      measured: `${ms(timed.fullCold.median)}: **${showRatio(of("fullCold"), runs)}**`,
      target: "(what a first build costs)",
      verdict: "no target",
    },
    {
      row: "the same after an edit of a catalog file's text that leaves the model as it was (a YAML comment)",
      measured: `${ms(timed.edited.median)}: **${showRatio(of("edited"), runs)}**`,
      target: "(YAML parsed and checked again)",
      verdict: "no target",
    },
    {
      row: "`node scripts/run.mjs scripts/build.ts --check`",
      measured: `${ms(timed.check.median)}: ${showRatio(of("check"), runs)} of node; **${showRatio(checkVsBuild, runs)}** of the full build`,
      target: `≤ the full build (≤ ${CHECK_SLACK}×, for noise)`,
      verdict: verdict(checkVsBuild.median <= CHECK_SLACK),
    },
    {
      row: "`npm run validate` (`node scripts/run.mjs scripts/build.ts --validate-only`)",
      measured: `${ms(timed.validate.median)}: **${showRatio(validate, runs)}**`,
      target: '≤ 3× `node -e ""`',
      verdict: verdict(validate.median <= 3),
    },
    {
      row: "`npm run build` (dist/ current: not recompiled)",
      measured: `${ms(timed.npmBuild.median)}: **${showRatio(npmBuild, runs)}**`,
      target: '≤ 25× `node -e ""`',
      verdict: verdict(npmBuild.median <= 25),
    },
    {
      row: "`npm run build -- --force` (dist/ compiled every time: JavaScript and type declarations)",
      measured: `${ms(spread(forced.force.samples).median)}: **${showRatio(force, forceRuns)}**`,
      target: '≤ 25× `node -e ""`',
      verdict: verdict(force.median <= 25),
    },
    {
      row: "`npm run build` after a code's description changes (a project copy: generated/ rewritten, dist/ compiled)",
      measured: `${ms(spread(forced.afterEdit.samples).median)}: **${showRatio(afterEdit, forceRuns)}**`,
      target: '≤ 25× `node -e ""`',
      verdict: verdict(afterEdit.median <= 25),
    },
  ];

  const rowOf = (label: string, key: keyof typeof commands) => {
    const s = spread(timed[key].samples);
    return [label, ms(s.median), `${ms(s.min)} – ${ms(s.max)}`, key === "baseline" ? "1" : showRatio(of(key), runs)];
  };
  const details = `Each command is a whole process, timed from spawn to exit, in ${runs} rounds alternating with \`node -e ""\` (the order rotates
each round, after 2 untimed warm-up rounds); a ratio is taken within each round, and the median, smallest and largest of those
are shown. The builds rewrite generated/ (and npm run build checks dist/) in place with the bytes they already hold; \`--check\`
passes before and after the timing.

${table(
  ["command", "median", "fastest – slowest", "ratio to node -e (median, min–max)"],
  [
    rowOf('`node -e ""`', "baseline"),
    rowOf("`node scripts/run.mjs scripts/build.ts --no-compile`", "full"),
    rowOf("the same, .cache/build/memo cleared before each run", "fullCold"),
    rowOf("the same on a catalog copy with a new YAML comment before each run", "edited"),
    rowOf("`node scripts/run.mjs scripts/build.ts --check`", "check"),
    rowOf("`node scripts/run.mjs scripts/build.ts --validate-only`", "validate"),
    rowOf("`npm run build` (dist/ is current: not recompiled)", "npmBuild"),
    [
      "`npm run build -- --force` (dist/ compiled)",
      ms(spread(forced.force.samples).median),
      `${ms(Math.min(...forced.force.samples))} – ${ms(Math.max(...forced.force.samples))}`,
      showRatio(force, forceRuns),
    ],
    [
      "`npm run build` in a project copy after a description edit (generated/ rewritten, dist/ compiled)",
      ms(spread(forced.afterEdit.samples).median),
      `${ms(Math.min(...forced.afterEdit.samples))} – ${ms(Math.max(...forced.afterEdit.samples))}`,
      showRatio(afterEdit, forceRuns),
    ],
  ],
)}

CPU profile of \`node --cpu-prof scripts/run.mjs scripts/build.ts --no-compile\` (main thread, ${ms(profile.totalMs)} sampled), self time by place:

${table(
  ["where", "self time", "share"],
  profile.places.slice(0, 8).map((p) => [p.place, ms(p.selfMs), `${((100 * p.selfMs) / profile.totalMs).toFixed(0)}%`]),
)}

Top functions by self time:

${table(
  ["function", "where", "self time"],
  profile.functions.slice(0, 12).map((f) => [f.name, f.where, ms(f.selfMs)]),
)}`;

  return { id: "author-loop", title: "The catalog author's loop: validate, generate, check, build", lines, details };
}

if (isMain(import.meta.url)) await report(measure);
