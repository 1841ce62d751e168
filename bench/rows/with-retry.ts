// Row "withRetry around an immediate 200": what withRetry adds to a fetch that succeeds at once, as a
// ratio to calling fetch directly, against a node:http server on 127.0.0.1 in this process. Both arms
// read the body, so that each keep-alive connection is free for the next call; the arms alternate in
// short rounds and the ratio is taken within each round, then the median across rounds, so that drift
// on a shared machine cancels out. The package is dist/index.js as shipped.
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
  const wrapped = async () => {
    const response = await withRetry(({ signal }) => fetch(url, { signal }));
    if ((await response.text()).length !== BODY.length) throw new Error("short body");
  };
  const options = { async: true, time: QUICK ? 300 : 1000, warmupTime: 200 };
  const rounds: Array<{ direct: number; wrapped: number }> = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Either arm goes first in turn, so that neither always inherits the other's warm connections or GC debt.
      const first = round % 2 === 0;
      const d = first ? await runTask("fetch", direct, options) : undefined;
      const w = await runTask("withRetry(fetch)", wrapped, options);
      const dd = d ?? (await runTask("fetch", direct, options));
      rounds.push({ direct: dd.p50!, wrapped: w.p50! });
      log(`round ${round + 1}: fetch ${(dd.p50! * 1000).toFixed(0)} µs, withRetry ${(w.p50! * 1000).toFixed(0)} µs`);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const overhead = median(rounds.map((r) => r.wrapped / r.direct));
  const us = (msValue: number) => `${(msValue * 1000).toFixed(0)} µs`;
  const details = `Each round times \`fetch(url)\` and \`withRetry(({ signal }) => fetch(url, { signal }))\` (both then read the
${BODY.length}-byte JSON body) with tinybench for ${options.time} ms each, median per call, against a node:http server in
the same process that answers 200 at once. ${ROUNDS} rounds, each arm first in every other one; the figure is the median of the per-round ratios.

${table(
  ["round", "fetch", "withRetry(fetch)", "ratio"],
  rounds.map((r, i) => [String(i + 1), us(r.direct), us(r.wrapped), ratio(r.wrapped / r.direct)]),
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
    ],
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
