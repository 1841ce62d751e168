// An independent reading of the two vendor pages, so the catalog can be checked against them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

export const SEEDS_DIR = join(ROOT, "..", "shared", "seeds");
export const PANGO_SEED = "000_56d85425bc4faa84.txt";
export const ORBVPN_SEED = "002_f4e7839644c2f440.txt";

export interface PageCode {
  name: string;
  value?: number;
  group: string;
  description: string;
  httpStatus?: number;
}

export function seedsAvailable(): boolean {
  return existsSync(join(SEEDS_DIR, PANGO_SEED)) && existsSync(join(SEEDS_DIR, ORBVPN_SEED));
}

/** The Pango page: "  • Name - text" or "  • Name = 123 - text" under headings that end in ':'. */
export function readPangoPage(): { ResponseResult: PageCode[]; OperationalError: PageCode[] } {
  const text = readFileSync(join(SEEDS_DIR, PANGO_SEED), "utf8");
  const body = text.slice(text.indexOf("Error processing\n\nSDK can return"));
  const rr = body.slice(body.indexOf("\nResponseResult\n"), body.indexOf("\nOperationalError\n"));
  const oe = body.slice(body.indexOf("\nOperationalError\n"), body.indexOf("\nExceptions\n"));
  return { ResponseResult: readBullets(rr), OperationalError: readBullets(oe) };
}

function readBullets(section: string): PageCode[] {
  const out: PageCode[] = [];
  let group = "";
  for (const line of section.split("\n")) {
    const heading = /^(\S.*):$/.exec(line);
    if (heading) group = heading[1]!;
    const bullet = /^\s*•\s+([A-Za-z]+)(?:\s*=\s*(\d+))?\s+-\s+(.*)$/.exec(line);
    if (bullet) out.push({ name: bullet[1]!, value: bullet[2] === undefined ? undefined : Number(bullet[2]), group, description: bullet[3]!.trim() });
  }
  return out;
}

/** The OrbVPN page: the status table and the per-group code tables. */
export function readOrbvpnPage(): { codes: PageCode[]; statuses: PageCode[] } {
  const lines = readFileSync(join(SEEDS_DIR, ORBVPN_SEED), "utf8").split("\n");
  const codes: PageCode[] = [];
  const statuses: PageCode[] = [];
  let group = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A heading can be glued to the closing brace of the example above it: "}Validation Errors".
    if (lines[i + 1] === "| Code | HTTP Status | Description |") group = line.replace(/^}+/, "").trim();
    const code = /^([A-Z][A-Z0-9_]+) \| (\d{3}) \| (.*) \|$/.exec(line);
    if (code) codes.push({ name: code[1]!, httpStatus: Number(code[2]), group, description: code[3]!.trim() });
    const status = /^\| (\d{3}) \| ([^|]+) \| (.*) \|$/.exec(line);
    if (status) statuses.push({ name: status[2]!.trim(), value: Number(status[1]), group: "", description: status[3]!.trim() });
  }
  return { codes, statuses };
}

const STOP = new Set(["the", "and", "for", "was", "not", "but", "are", "this", "that", "with", "its", "has", "can", "any", "when", "during"]);
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize("NFKC")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !STOP.has(w))
      .map((w) => w.replace(/(ed|ing|s)$/, "")),
  );
}

/** Share of the page's content words that the catalog's description keeps (crude stems). */
export function wordOverlap(page: string, catalog: string): number {
  const p = words(page);
  if (p.size === 0) return 1;
  const c = words(catalog);
  let kept = 0;
  for (const w of p) if (c.has(w)) kept++;
  return kept / p.size;
}
