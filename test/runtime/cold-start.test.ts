// A client's first call must not load what it does not use: Node's fetch (undici) loads lazily on the
// first read of globalThis.Response, Headers or fetch, and a shape check such as `typeof Response` would
// pay for it on every cold start. Timing lives in `npm run bench` (row first-parse); this is the fact.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { validEnvelopeTexts } from "../support/envelope-vectors.js";

/** node's own modules that importing dist/index.js and one call load, in a fresh process. */
function loadedBy(call: string): string[] {
  const script = `const before = new Set(process.moduleLoadList);
const pkg = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "index.js")).href)});
${call};
console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as string[];
}

describe("a client's first call in a fresh process", () => {
  const bodies = validEnvelopeTexts(ROOT);

  it("the test can see undici load: reading globalThis.Response loads it", () => {
    expect(loadedBy("globalThis.Response").some((m) => /undici/.test(m))).toBe(true);
  });

  it("importing the package and parsing every example envelope as text loads no undici", () => {
    const loaded = loadedBy(`for (const body of ${JSON.stringify(bodies)}) pkg.parseApiResponse({ status: 200, body })`);
    expect(loaded.filter((m) => /undici/.test(m))).toEqual([]);
  });

  it("nor do the lookups and retryAdvice", () => {
    const loaded = loadedBy(`pkg.describe(8199); pkg.retryAdvice("TOKEN_EXPIRED"); pkg.isRetryable("RATE_LIMITED"); pkg.entries()`);
    expect(loaded.filter((m) => /undici/.test(m))).toEqual([]);
  });
});
