// Row "withRetry around an immediate 200": what withRetry adds to a fetch that succeeds at once, as a
// ratio to calling fetch directly, against a node:http server on 127.0.0.1 in this process. All arms read
// the body, so that each keep-alive connection is free for the next call; the arms take turns going first
// in short rounds and the ratio is taken within each round, then the median across rounds, so that drift
// on a shared machine cancels out. A third arm, fetch given a fresh AbortSignal as withRetry's call is,
// splits the overhead into undici's signal handling and withRetry's own code. The package is dist/index.js
// as shipped.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/paths.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { median, ratio } from "../lib/stats.js";
import { runTask } from "../lib/tiny.js";

const TARGET = 1.1;
const ROUNDS = QUICK ? 4 : 10;
const BODY = JSON.stringify({ success: true, data: { id: "usr_abc123" } });

export async function measure(): Promise<RowResult> {
  const { withRetry } = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as typeof import("../../src/index.js");
  const server = createServer((_req, res) => void res.writeHead(200, { "Content-Type": "application/json" }).end(BODY));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/users/me`;
  const direct = async () => {
    const response = await fetch(url);
    if ((await response.text()).length !== BODY.length) throw new Error("short body");
  };
  const signalled = async () => {
    const response = await fetch(url, { signal: new AbortController().signal });
    if ((await response.text()).length !== BODY.length) throw new Error("short body");
  };
  const wrapped = async () => {
    const response = await withRetry(({ signal }) => fetch(url, { signal }));
    if ((await response.text()).length !== BODY.length) throw new Error("short body");
  };
  const options = { async: true, time: QUICK ? 300 : 1000, warmupTime: 200 };
  const rounds: Array<{ direct: number; signalled: number; wrapped: number }> = [];
  const arms = { direct: ["fetch", direct], signalled: ["fetch with a signal", signalled], wrapped: ["withRetry(fetch)", wrapped] } as const;
  const order = Object.keys(arms) as Array<keyof typeof arms>;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Each arm goes first in turn, so that none always inherits another's warm connections or GC debt.
      const p50: Partial<Record<keyof typeof arms, number>> = {};
      for (let i = 0; i < order.length; i++) {
        const arm = order[(round + i) % order.length]!;
        const [name, task] = arms[arm];
        p50[arm] = (await runTask(name, task, options)).p50!;
      }
      const r = { direct: p50.direct!, signalled: p50.signalled!, wrapped: p50.wrapped! };
      rounds.push(r);
      log(`round ${round + 1}: fetch ${(r.direct * 1000).toFixed(0)} µs, with a signal ${(r.signalled * 1000).toFixed(0)} µs, withRetry ${(r.wrapped * 1000).toFixed(0)} µs`);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const overhead = median(rounds.map((r) => r.wrapped / r.direct));
  const signalCost = median(rounds.map((r) => r.signalled / r.direct));
  const ownCost = median(rounds.map((r) => r.wrapped / r.signalled));
  const us = (msValue: number) => `${(msValue * 1000).toFixed(0)} µs`;
  const details = `Each round times \`fetch(url)\`, \`fetch(url, { signal: new AbortController().signal })\` and
\`withRetry(({ signal }) => fetch(url, { signal }))\` (each then reads the ${BODY.length}-byte JSON body) with tinybench for
${options.time} ms each, median per call, against a node:http server in the same process that answers 200 at once. ${ROUNDS}
rounds, each arm first in turn; the figures are medians of the per-round ratios.

${table(
  ["round", "fetch", "fetch with a signal", "withRetry(fetch)", "withRetry / fetch"],
  rounds.map((r, i) => [String(i + 1), us(r.direct), us(r.signalled), us(r.wrapped), ratio(r.wrapped / r.direct)]),
)}`;
  return {
    id: "with-retry",
    title: "`withRetry` around an immediate 200, against calling fetch directly",
    lines: [
      {
        row: "`withRetry` overhead on an immediate 200 (local server)",
        measured: `**${ratio(overhead)}** the time of fetch alone`,
        target: `≤ ${ratio(TARGET)}`,
        verdict: verdict(overhead <= TARGET),
      },
      {
        row: "`fetch(url, { signal })` with a fresh AbortSignal, the call withRetry makes, on the same 200",
        measured: `${ratio(signalCost)} the time of fetch alone; withRetry ${ratio(ownCost)} of it`,
        target: "(what the signal costs undici, for comparison)",
        verdict: "no target",
      },
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
