import { spawn } from "node:child_process";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { copyProject, tree } from "../support/project-copy.js";

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a real build; `when` decides, from the output so far, when to send `signal`. */
function runBuild(root: string, args: string[], when?: { afterMs?: number; afterOutput?: string; delayMs?: number; signal?: NodeJS.Signals }): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["scripts/run.mjs", "scripts/build.ts", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    const signal = when?.signal ?? "SIGINT";
    const fire = () => setTimeout(() => child.kill(signal), when?.delayMs ?? 0);
    let fired = false;
    child.stdout.on("data", (d) => {
      stdout += d;
      if (when?.afterOutput && !fired && stdout.includes(when.afterOutput)) {
        fired = true;
        fire();
      }
    });
    child.stderr.on("data", (d) => (stderr += d));
    if (when?.afterMs !== undefined) setTimeout(() => child.kill(signal), when.afterMs);
    child.on("close", (status, sig) => done({ status, signal: sig, stdout, stderr }));
  });
}

/** The files dist/ must hold: every file package.json's exports and bin point into it. */
function distEntries(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const targets = new Set<string>([...Object.values(pkg.bin as Record<string, string>)]);
  const walk = (v: unknown): void => {
    if (typeof v === "string") targets.add(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(pkg.exports);
  return [...targets]
    .filter((t) => t.startsWith("./dist/"))
    .map((t) => t.slice("./dist/".length))
    .sort();
}

const leftovers = (root: string) => readdirSync(root).filter((n) => /^(generated|dist)\./.test(n));

// Each test builds in a copy of its own, so the three run side by side. The SIGINT points only choose when
// to interrupt: whatever the build has reached by then, it must leave whole trees behind.
describe.concurrent("an interrupted or failing build", () => {
  const NEW = tree(join(ROOT, "generated"));
  const DIST = [...tree(join(ROOT, "dist")).keys()];
  const entries = distEntries();

  function makeStale(root: string): Map<string, string> {
    writeFileSync(join(root, "generated", "catalog.json"), "{}\n");
    writeFileSync(join(root, "generated", "stray.txt"), "old\n");
    return tree(join(root, "generated"));
  }

  function expectWhole(root: string, old: Map<string, string>, context: string): "old" | "new" {
    const generated = tree(join(root, "generated"));
    const which = generated.size === NEW.size && [...NEW].every(([k, v]) => generated.get(k) === v) ? "new" : "old";
    if (which === "old") expect(generated, `${context}: generated/ is neither the old nor the new tree`).toEqual(old);
    const dist = [...tree(join(root, "dist")).keys()];
    for (const entry of entries) expect(dist, `${context}: dist/ lacks ${entry}`).toContain(entry);
    expect(dist, context).toEqual(DIST);
    expect(leftovers(root), `${context}: temporary folders left`).toEqual([]);
    return which;
  }

  it("SIGINT at any point leaves generated/ old or new in full, dist/ whole, and no temp folder", async () => {
    const root = copyProject("vec-interrupt-", { withDist: true });
    const outcomes: string[] = [];
    const points = [
      ...[100, 400, 1000, 2000, 3000].map((ms) => ({ label: `${ms} ms`, when: { afterMs: ms } })),
      // generated/ is written and dist/ is compiling: the case that used to lose dist/. The compile takes a
      // few hundred ms, so the signal follows its first line at once; --force, since an earlier point's
      // build may have left dist/ current.
      { label: "during the compile", args: ["--force"], when: { afterOutput: "compiling dist/", delayMs: 0 } },
      { label: "SIGTERM during the compile", args: ["--force"], when: { afterOutput: "compiling dist/", delayMs: 0, signal: "SIGTERM" as const } },
    ];
    for (const { label, when, ...rest } of points) {
      const old = makeStale(root);
      const run = await runBuild(root, "args" in rest ? rest.args : [], when);
      const which = expectWhole(root, old, label);
      outcomes.push(`${label}: exit ${run.status} ${which}`);
      if (run.status === 0) expect(which).toBe("new");
      else expect(which, `${label}: a failed build replaced generated/`).toBe("old");
    }
    console.log(outcomes.join("\n"));
    expect(outcomes.filter((o) => o.includes("compile")).every((o) => / exit 1[34]\d old$/.test(o))).toBe(true);
  });

  it("a compile failure rolls generated/ back, keeps dist/, and the next build succeeds", async () => {
    const root = copyProject("vec-compile-fails-", { withDist: true });
    const old = makeStale(root);
    const index = join(root, "src", "index.ts");
    const source = readFileSync(index, "utf8");
    writeFileSync(index, `${source}\nexport const = ;\n`);
    const failed = await runBuild(root, []);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain("generated/ and dist/ left as they were.");
    expect(expectWhole(root, old, "compile failed")).toBe("old");
    writeFileSync(index, source);
    expect((await runBuild(root, [])).status).toBe(0);
    expect(expectWhole(root, old, "rebuilt")).toBe("new");
  });

  it("a build killed outright is put right by the next run", async () => {
    const root = copyProject("vec-killed-", { withDist: true });
    const old = makeStale(root);
    const killed = await runBuild(root, ["--force"], { afterOutput: "compiling dist/", delayMs: 0, signal: "SIGKILL" });
    expect(killed.signal).toBe("SIGKILL");
    expect(leftovers(root).length).toBeGreaterThan(0);
    // A crash between the two renames of a swap: generated/ is gone, only its old copy is left.
    const stranded = join(root, "generated.old-2147483646");
    renameSync(join(root, "generated"), stranded);
    const next = await runBuild(root, ["--no-compile"]);
    expect(next.stderr).toContain("recovered from an interrupted build");
    expect(next.status).toBe(0);
    expect(expectWhole(root, old, "after recovery")).toBe("new");
  });
});
