// `vpn-error-codes simulate` through its function: options, the outputs, and bad usage.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { retryPolicy } from "../../generated/ts/retry-policy.js";
import { runSimulate } from "../../src/cli/simulate.js";
import { installPackedPackage } from "../support/packed.js";

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const files = new Map<string, string>();
  const code = await runSimulate(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), writeFile: (path, text) => void files.set(path, text) });
  return { code, stdout, stderr, files };
}

describe("vpn-error-codes simulate", () => {
  it("prints a table per policy, JSON with --json, and an SVG with --svg", async () => {
    const table = await cli("--scenario", "down", "--clients", "50", "--minutes", "3", "--policy", "documented,budget");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^policy +amplification/m);
    expect(table.stdout).toMatch(/^documented +6\.00 /m);
    const json = await cli("--scenario", "down", "--clients", "50", "--minutes", "3", "--policy", "documented", "--json", "--svg", "out.svg");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ scenario: "down", clients: 50, seed: 1, minutes: 3 });
    expect(report.results.map((r: { policy: string }) => r.policy)).toEqual(["documented"]);
    expect(json.files.get("out.svg")).toMatch(/^<svg /);
  });

  it("answers bad usage with exit 2 and the usage line", async () => {
    for (const argv of [
      ["--clients", "0"],
      ["--clients", "1e9"],
      ["--clients", "200001"],
      ["--clients", "ten"],
      ["--scenario", "meteor"],
      ["--minutes", "1"],
      ["--policy", "yolo"],
      ["stray"],
      ["--svg", ""],
      ["--nope"],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^vpn-error-codes simulate: .*\nusage: vpn-error-codes simulate /);
      expect(result.stdout).toBe("");
    }
  });

  it("prints its help", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--scenario");
  });
});

describe("the installed binary", () => {
  it("loads the simulator from its own bundle, and ends bad usage without a stack trace", () => {
    const { dir } = installPackedPackage();
    const bin = join(dir, "node_modules", ".bin", "vpn-error-codes");
    const ok = spawnSync(bin, ["simulate", "--scenario", "down", "--clients", "20", "--minutes", "3", "--policy", "documented", "--json"], { cwd: dir, encoding: "utf8" });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).results[0].amplification).toBe(1 + retryPolicy.backoff.maxRetries);
    const bad = spawnSync(bin, ["simulate", "--clients", "0"], { cwd: dir, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/^\s+at\s|node:internal/m);
  }, 120_000);
});
