// `vpn-error-codes simulate`: the fleet simulator from the command line. Asynchronous, unlike the lookup
// commands, so main.ts hands it the arguments before run() sees them.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatJson, formatSvg, formatTable } from "../simulate/report.js";
import { POLICY_NAMES, SCENARIO_NAMES, type PolicyName, type ScenarioName } from "../simulate/scenarios.js";
import { simulate } from "../simulate/simulate.js";

export const SIMULATE_USAGE =
  "usage: vpn-error-codes simulate [--scenario outage|rate-limit|token-expiry|gateway|down|all] [--clients N] [--seed N] [--minutes N] [--interval SECONDS] [--policy NAME,...] [--json] [--svg FILE]";

const SIMULATE_HELP = `${SIMULATE_USAGE}

Simulates a fleet of clients, each running this package's own withRetry, retry budget, shared wait state,
token refresher and reconnect controller on a virtual clock, against a service in trouble, and compares
the policies: amplification (attempts sent / requests wanted), peak arrivals per 100 ms, the time until
the backlog clears after the recovery, and the p50/p99 time to success. The same seed gives the same report.

  --scenario  outage (default): the API is down for 60 s, then back with capacity for 1.5x the load
              rate-limit: 429 with Retry-After for 2 minutes; token-expiry: a wave of TOKEN_EXPIRED;
              gateway: every tunnel dropped at once (reconnect controller against a naive 1 s loop);
              down: 503 to everything (amplification is 1 + maxRetries); all: each in turn
  --clients   1 to 200000 (default 10000; about 1 GiB of memory per 100000)
  --seed      a whole number (default 1)
  --minutes   simulated minutes of wanting the service, from 3 to 120 (default 10)
  --interval  seconds between the moments a client wants the API (default 60)
  --policy    only these of the scenario's policies, by name (default: all of them): documented, budget,
              wait-state, budget+wait-state; naive-loop, reconnect-controller for the gateway
  --json      the report as JSON, arrivals per second included
  --svg FILE  also write a chart of arrivals per second over time
`;

export interface SimulateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile?: (path: string, text: string) => void;
}

class BadUsage extends Error {}

/** About 1 GiB of memory per 100,000 clients through an outage: more would not fit in a common machine's memory. */
const MAX_CLIENTS = 200_000;

interface Parsed {
  scenarios: readonly ScenarioName[];
  clients: number;
  seed: number;
  minutes: number;
  intervalSeconds: number;
  policies: readonly PolicyName[] | undefined;
  json: boolean;
  svg: string | undefined;
}

function wholeNumber(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new BadUsage(`--${name} takes a whole number, not ${JSON.stringify(value).slice(0, 40)}`);
  const n = Number(value);
  if (n < min || n > max) throw new BadUsage(`--${name} must lie between ${min} and ${max}`);
  return n;
}

export async function runSimulate(argv: readonly string[], io: SimulateIo): Promise<number> {
  let options: Parsed;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: "string" },
        clients: { type: "string" },
        seed: { type: "string" },
        minutes: { type: "string" },
        interval: { type: "string" },
        policy: { type: "string" },
        json: { type: "boolean" },
        svg: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.stdout(SIMULATE_HELP);
      return 0;
    }
    if (positionals.length > 0) throw new BadUsage(`simulate takes options only, not ${JSON.stringify(positionals[0]).slice(0, 40)}`);
    const scenario = values.scenario ?? "outage";
    if (scenario !== "all" && !(SCENARIO_NAMES as readonly string[]).includes(scenario))
      throw new BadUsage(`unknown scenario ${JSON.stringify(scenario).slice(0, 40)}; one of ${SCENARIO_NAMES.join(", ")}, all`);
    const policies = values.policy?.split(",").map((p) => p.trim());
    const unknownPolicy = policies?.find((p) => !(POLICY_NAMES as readonly string[]).includes(p));
    if (unknownPolicy !== undefined) throw new BadUsage(`unknown policy ${JSON.stringify(unknownPolicy).slice(0, 40)}; one of ${POLICY_NAMES.join(", ")}`);
    if (values.svg !== undefined && values.svg.trim() === "") throw new BadUsage("--svg needs a file name");
    options = {
      scenarios: scenario === "all" ? SCENARIO_NAMES : [scenario as ScenarioName],
      clients: wholeNumber(values.clients, "clients", 10_000, 1, MAX_CLIENTS),
      seed: wholeNumber(values.seed, "seed", 1, 0, 2 ** 32 - 1),
      minutes: wholeNumber(values.minutes, "minutes", 10, 3, 120),
      intervalSeconds: wholeNumber(values.interval, "interval", 60, 1, 3600),
      policies: policies as PolicyName[] | undefined,
      json: values.json === true,
      svg: values.svg,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split(/\.\s/)[0]! : String(error);
    io.stderr(`vpn-error-codes simulate: ${message}\n${SIMULATE_USAGE}\n`);
    return 2;
  }
  const reports = [];
  for (const scenario of options.scenarios) {
    const report = await simulate({ ...options, scenario });
    // A policy list names policies of some scenarios: a scenario with none of them is left out.
    if (report.results.length > 0) reports.push(report);
  }
  if (reports.length === 0) {
    io.stderr(`vpn-error-codes simulate: no policy of ${options.scenarios.join(", ")} is among ${options.policies?.join(", ")}\n${SIMULATE_USAGE}\n`);
    return 2;
  }
  io.stdout(options.json ? formatJson(reports.length === 1 ? reports[0]! : { reports }) : reports.map(formatTable).join("\n"));
  if (options.svg !== undefined) {
    const write = io.writeFile ?? ((path: string, text: string) => writeFileSync(path, text));
    for (const report of reports) write(reports.length === 1 ? options.svg : options.svg.replace(/(\.svg)?$/i, `-${report.scenario}$1`), formatSvg(report));
  }
  return 0;
}
