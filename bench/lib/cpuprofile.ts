// Reads a V8 .cpuprofile (node --cpu-prof) into self time per function and per package, so that a
// profile's figures can go into RESULTS.md as text.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by function, largest first. */
  functions: Array<{ name: string; where: string; selfMs: number }>;
  /** Self time by package (node_modules/<name>), project file, or node internals. */
  places: Array<{ place: string; selfMs: number }>;
}

/** "node_modules/quicktype-core/dist/..." -> "quicktype-core"; project files keep their path. */
export function placeOf(url: string, root: string): string {
  if (url === "") return "(V8/native: GC, compile, builtins)";
  if (url.startsWith("node:")) return "node internals";
  const path = url.replace(/^file:\/\//, "");
  if (path.includes("/.cache/build/scripts/")) return "our scripts, bundled by scripts/run.mjs";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

export function summarize(file: string, root: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);

  const functions = new Map<string, { name: string; where: string; selfMs: number }>();
  const places = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = `${placeOf(url, root)}${url ? `:${lineNumber + 1}` : ""}`;
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { name: functionName || "(anonymous)", where, selfMs: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    const place = placeOf(url, root);
    places.set(place, (places.get(place) ?? 0) + ms);
  }
  return {
    totalMs,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs),
    places: [...places].map(([place, selfMs]) => ({ place, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}
