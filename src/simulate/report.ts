// The simulator's report as a terminal table, as JSON and as an SVG chart of arrivals over time. Every
// output is a function of the report alone, so the same seed gives the same bytes.
import type { PolicyResult, SimulationReport } from "./simulate.js";

const seconds = (ms: number | null): string => (ms === null ? "never" : `${(ms / 1000).toFixed(1)} s`);
const count = (n: number): string => n.toLocaleString("en-US");

/** The columns of the table: the figures the issue asks for, per policy. */
const COLUMNS: ReadonlyArray<[string, (r: PolicyResult) => string]> = [
  ["policy", (r) => r.policy],
  ["amplification", (r) => r.amplification.toFixed(2)],
  ["in incident", (r) => (r.incidentAmplification === null ? "-" : r.incidentAmplification.toFixed(2))],
  ["peak /100 ms", (r) => count(r.peakArrivalsPer100ms)],
  ["backlog clears", (r) => seconds(r.backlogClearsAfterMs)],
  ["p50 to success", (r) => seconds(r.timeToSuccessP50Ms)],
  ["p99 to success", (r) => seconds(r.timeToSuccessP99Ms)],
  ["gave up", (r) => count(r.gaveUp)],
  ["never served", (r) => count(r.neverServed)],
];

export function formatTable(report: SimulationReport): string {
  const rows = [COLUMNS.map(([head]) => head), ...report.results.map((r) => COLUMNS.map(([, cell]) => cell(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  const extras = report.results
    .flatMap((r) => [
      r.refreshes !== undefined ? `${r.policy}: ${count(r.refreshes)} token refreshes for ${count(report.clients)} clients` : undefined,
      r.userReconnects !== undefined ? `${r.policy}: ${count(r.userReconnects)} times a client was stopped and asked its user to reconnect` : undefined,
      Object.keys(r.giveUpReasons).length > 0
        ? `${r.policy} gave up: ${Object.entries(r.giveUpReasons)
            .map(([k, v]) => `${k} ${count(v)}`)
            .join(", ")}`
        : undefined,
    ])
    .filter((x): x is string => x !== undefined);
  return [
    `scenario ${report.scenario}: ${report.summary}`,
    `${count(report.clients)} clients, ${report.kind === "api" ? `each wanting the API every ${report.intervalSeconds} s` : "each with a tunnel"}, for ${report.minutes} min; seed ${report.seed}; trouble from ${seconds(report.incidentStartMs)} to ${seconds(report.recoveryMs)}`,
    "",
    line(rows[0]!),
    ...rows.slice(1).map(line),
    "",
    "amplification: attempts that reached the service / requests wanted (in incident: of the requests wanted during the trouble)",
    "backlog clears: from the recovery until the unserved wants are back to their level before the trouble",
    "to success: from the moment a client wanted the service until its next success",
    ...extras,
    "",
  ].join("\n");
}

/** One report, or those of `--scenario all`. */
export function formatJson(report: SimulationReport | { reports: SimulationReport[] }): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

/** A round step for an axis that spans `max`, about `ticks` of them. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Arrivals per second over time, one line per policy, with the trouble shaded. */
export function formatSvg(report: SimulationReport): string {
  const width = 900;
  const height = 420;
  const left = 70;
  const right = 20;
  const top = 50;
  const bottom = 60;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const spanS = Math.max(1, ...report.results.map((r) => r.arrivalsPerSecond.length));
  const maxY = Math.max(1, ...report.results.flatMap((r) => r.arrivalsPerSecond));
  const stepY = niceStep(maxY, 5);
  const topY = Math.ceil(maxY / stepY) * stepY;
  const stepX = niceStep(spanS, 10);
  const x = (s: number) => (left + (s / spanS) * plotW).toFixed(1);
  const y = (v: number) => (top + plotH - (v / topY) * plotH).toFixed(1);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>${escapeXml(`Fleet simulation, scenario ${report.scenario}: arrivals per second`)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="20" font-size="14" font-weight="bold">${escapeXml(`Scenario ${report.scenario}: ${report.clients.toLocaleString("en-US")} clients, seed ${report.seed}`)}</text>`);
  const shadeFrom = Math.min(report.incidentStartMs / 1000, spanS);
  const shadeTo = Math.min(report.recoveryMs / 1000, spanS);
  if (shadeTo > shadeFrom) out.push(`<rect x="${x(shadeFrom)}" y="${top}" width="${(Number(x(shadeTo)) - Number(x(shadeFrom))).toFixed(1)}" height="${plotH}" fill="#f2dede"/>`);
  for (let v = 0; v <= topY; v += stepY) {
    out.push(`<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#dddddd"/>`);
    out.push(`<text x="${left - 6}" y="${(Number(y(v)) + 4).toFixed(1)}" text-anchor="end">${v.toLocaleString("en-US")}</text>`);
  }
  for (let s = 0; s <= spanS; s += stepX) {
    out.push(`<line x1="${x(s)}" x2="${x(s)}" y1="${top + plotH}" y2="${top + plotH + 5}" stroke="#333333"/>`);
    out.push(`<text x="${x(s)}" y="${top + plotH + 18}" text-anchor="middle">${s}</text>`);
  }
  out.push(`<line x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333333"/>`);
  out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333333"/>`);
  out.push(`<text x="${left + plotW / 2}" y="${height - 20}" text-anchor="middle">time (s); shaded: the trouble</text>`);
  out.push(`<text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">attempts arriving per second</text>`);
  report.results.forEach((r, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const points = r.arrivalsPerSecond.map((v, s) => `${x(s + 0.5)},${y(v)}`).join(" ");
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="1.2" points="${points}"/>`);
    const ly = top - 22 + 0;
    const lx = left + 10 + i * 170;
    out.push(`<line x1="${lx}" x2="${lx + 20}" y1="${ly + 10}" y2="${ly + 10}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${lx + 25}" y="${ly + 14}">${escapeXml(r.policy)}</text>`);
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
