// Row "C# cold start" (issue 20), judged on CPU time (the wall time is shown too; on a shared machine it
// swings with other jobs' load): a fresh Mono process that makes the package's first lookup
// (`OperationalErrors.Lookup(8199)` and its description) or its first retry decision (a 429 with
// `Retry-After: 7` and a RATE_LIMITED body, through `Retries.AdviseRetry` with default RetryOptions),
// against a bare Mono start (a Main that prints one line), alternating; the ratio is taken within each round and the
// line gives the median. The DLL is compiled from generated/csharp with mcs as the test compiles it, and
// each program's output is checked before it is timed. Also: the DLL's size and its references.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE } from "../lib/bundle-script.js";
import { ROOT } from "../lib/paths.js";
import { alternate, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { bytes, median, ms, ratio } from "../lib/stats.js";

const LOOKUP_TARGET = 1.2;
const DECISION_TARGET = 2;
const MCS = ["-langversion:6", "-warn:4", "-nologo", "-optimize+", "-r:System.Numerics.dll", "-r:System.Net.Http.dll"];

const PROGRAMS = {
  // The baseline prints a line too, so that Console's own start-up is not counted against the package.
  bare: 'public static class Program { public static void Main() { System.Console.WriteLine("ok"); } }',
  lookup: `using System;
using VpnErrorCodes;
public static class Program
{
    public static void Main()
    {
        CodeMatch<OperationalError> match = OperationalErrors.Lookup(8199);
        Console.WriteLine(match.Facts.Identifier + " " + match.Facts.Description);
    }
}`,
  decision: `using System;
using System.Collections.Generic;
using VpnErrorCodes;
public static class Program
{
    public static void Main()
    {
        var headers = new[] { new KeyValuePair<string, IEnumerable<string>>("Retry-After", new[] { "7" }) };
        RetryDecision decision = Retries.AdviseRetry(429, headers, "{\\"success\\":false,\\"error\\":{\\"code\\":\\"RATE_LIMITED\\",\\"message\\":\\"Slow down\\"}}", new RetryOptions());
        Console.WriteLine(decision.ToString());
    }
}`,
  // Not timed: the DLL's references, as the runtime reads them.
  references: `using System;
using System.Linq;
using System.Reflection;
public static class Program
{
    public static void Main(string[] args)
    {
        foreach (var name in Assembly.LoadFrom(args[0]).GetReferencedAssemblies().Select(a => a.Name).OrderBy(n => n)) Console.WriteLine(name);
    }
}`,
} as const;

function compile(dir: string): { dll: string; exes: Record<keyof typeof PROGRAMS, string> } {
  const generated = join(ROOT, "generated", "csharp");
  const sources = readdirSync(generated)
    .filter((f) => f.endsWith(".cs"))
    .sort()
    .map((f) => join(generated, f));
  const dll = join(dir, "VpnErrorCodes.dll");
  runOnce({ file: "mcs", args: [...MCS, "-target:library", `-out:${dll}`, ...sources] });
  const exes = {} as Record<keyof typeof PROGRAMS, string>;
  for (const [name, source] of Object.entries(PROGRAMS) as Array<[keyof typeof PROGRAMS, string]>) {
    const file = join(dir, `${name}.cs`);
    writeFileSync(file, source);
    exes[name] = join(dir, `${name}.exe`);
    runOnce({ file: "mcs", args: [...MCS, "-target:exe", `-out:${exes[name]}`, ...(name === "bare" || name === "references" ? [] : [`-r:${dll}`]), file] });
  }
  return { dll, exes };
}

/**
 * CPU time (user + system) of `runs` runs of each program, one batch per program per round, alternating:
 * on a machine shared with other jobs the wall time swings with their load, the CPU a process spends far
 * less. Bash's `times` gives the children's total to the millisecond; a batch of 5 makes that a fifth.
 */
function cpuTimes<K extends string>(exes: Record<K, string>, rounds: number, batch = 5): Record<K, number[]> {
  const keys = Object.keys(exes) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as unknown as Record<K, number[]>;
  const seconds = (field: string) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(field);
    if (!m) throw new Error(`bash times printed ${field}`);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length]!;
      const printed = execFileSync("bash", ["-c", `for ((i = 0; i < ${batch}; i++)); do mono "$0" >/dev/null; done; times`, exes[key]], { encoding: "utf8" });
      const [user, system] = printed.trim().split("\n")[1]!.trim().split(/\s+/);
      out[key].push(((seconds(user!) + seconds(system!)) * 1000) / batch);
    }
  }
  return out;
}

export async function measure(): Promise<RowResult> {
  if (spawnSync("mcs", ["--version"]).status !== 0 || spawnSync("mono", ["--version"]).status !== 0) {
    return {
      id: "csharp-startup",
      title: "C# cold start",
      lines: [{ row: "C# cold start: mcs or mono not found (.ci/install-csharp)", measured: "not measured", target: "", verdict: "no target" }],
      details: "",
    };
  }
  const dir = join(CACHE, "csharp-startup");
  mkdirSync(dir, { recursive: true });
  const { dll, exes } = compile(dir);
  const mono = (exe: string): Command => ({ file: "mono", args: [exe] });

  const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8")) as {
    families: Array<{ name: string; codes: Array<{ value: unknown; name: string; description: string }> }>;
  };
  const leak = catalog.families.find((f) => f.name === "OperationalError")!.codes.find((c) => c.value === 8199)!;
  const lookupOutput = runOnce(mono(exes.lookup)).trim();
  if (lookupOutput !== `${leak.name} ${leak.description}`) throw new Error(`the lookup program printed ${lookupOutput}`);
  const decisionOutput = runOnce(mono(exes.decision)).trim();
  if (!/^retry 7\d{3} retry-after$/.test(decisionOutput)) throw new Error(`the decision program printed ${decisionOutput}`);

  const runs = QUICK ? 8 : 20;
  log(`${runs} alternating rounds of mono: bare, first lookup, first decision`);
  const timed = alternate({ bare: mono(exes.bare), lookup: mono(exes.lookup), decision: mono(exes.decision) }, runs);
  const perRound = (key: "lookup" | "decision") => timed[key].samples.map((s, i) => s / timed.bare.samples[i]!);
  const lookup = perRound("lookup");
  const decision = perRound("decision");
  const spread = (r: number[]) => `${ratio(Math.min(...r))}–${ratio(Math.max(...r))}`;
  log(`${runs} alternating rounds of CPU time, 5 runs a batch`);
  const cpu = cpuTimes({ bare: exes.bare, lookup: exes.lookup, decision: exes.decision }, runs);
  const cpuRatio = (key: "lookup" | "decision") => median(cpu[key].map((c, i) => c / cpu.bare[i]!));
  const references = runOnce({ file: "mono", args: [exes.references, dll] })
    .trim()
    .split("\n");

  const details = `mcs -optimize+ of generated/csharp into VpnErrorCodes.dll (${bytes(statSync(dll).size)}), which references ${references.join(", ")}: framework assemblies only, no package. Each program is a fresh \`mono\` process; ${runs} alternating rounds, ratio to the bare start within each round, median (smallest–largest).

${table(
  ["program", "median wall time", "ratio to a bare Mono start"],
  [
    ["`Main` that prints one line", ms(timed.bare.median), "1.00×"],
    ["`OperationalErrors.Lookup(8199)` and its description", ms(timed.lookup.median), `${ratio(median(lookup))} (${spread(lookup)})`],
    ["`Retries.AdviseRetry(429, Retry-After: 7, RATE_LIMITED body, new RetryOptions())`", ms(timed.decision.median), `${ratio(median(decision))} (${spread(decision)})`],
  ],
)}

CPU time (user + system) of the same programs, which the load of other jobs on a shared machine moves far less than the wall time: bare ${ms(median(cpu.bare))}, first lookup ${ms(median(cpu.lookup))} (**${ratio(cpuRatio("lookup"))}**), first decision ${ms(median(cpu.decision))} (**${ratio(cpuRatio("decision"))}**), medians of the per-round ratios.`;
  return {
    id: "csharp-startup",
    title: "C# cold start",
    lines: [
      {
        row: "C# first lookup: `OperationalErrors.Lookup(8199)` in a fresh mono",
        measured: `CPU ${ms(median(cpu.lookup))} vs ${ms(median(cpu.bare))}: **${ratio(cpuRatio("lookup"))}**; wall ${ms(timed.lookup.median)} vs ${ms(timed.bare.median)}: ${ratio(median(lookup))}`,
        target: `≤ ${LOOKUP_TARGET}×`,
        verdict: verdict(cpuRatio("lookup") <= LOOKUP_TARGET),
      },
      {
        row: "C# first decision: `Retries.AdviseRetry` on a 429 in a fresh mono",
        measured: `CPU ${ms(median(cpu.decision))} vs ${ms(median(cpu.bare))}: **${ratio(cpuRatio("decision"))}**; wall ${ms(timed.decision.median)} vs ${ms(timed.bare.median)}: ${ratio(median(decision))}`,
        target: `≤ ${DECISION_TARGET}×`,
        verdict: verdict(cpuRatio("decision") <= DECISION_TARGET),
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
