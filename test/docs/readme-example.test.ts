import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";
import { installPackedPackage } from "../support/packed.js";

// The README's withRetry example, run as written against the packed package, with fetch answered by a
// stub that plays the page's scenario: a 503, an expired token, a refresh, then the user.
const STUB = `
const calls = [];
const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const script = [
  () => new Response("<html><body>503 Service Unavailable</body></html>", { status: 503 }),
  () => json(401, { success: false, error: { code: "TOKEN_EXPIRED", message: "Your access token has expired." } }),
  () => json(200, { success: true, data: { token: "fresh-token" } }),
  (init) => init.headers.Authorization === "Bearer fresh-token" ? json(200, { success: true, data: { id: "usr_abc123" } }) : json(401, { success: false, error: { code: "TOKEN_INVALID", message: "stale token" } }),
];
globalThis.fetch = async (url, init = {}) => {
  calls.push((init.method ?? "GET") + " " + url);
  return script.shift()(init);
};
process.on("exit", () => console.log(calls.join("\\n")));
`;

it("the README's withRetry example works as written", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /<!-- example:withRetry -->\n```ts\n([\s\S]*?)```\n<!-- \/example -->/.exec(readme);
  expect(block, "README.md has the marked withRetry example").not.toBeNull();
  const js = transformSync(block![1]!, { loader: "ts", format: "esm", target: "node20" }).code;
  const { dir } = installPackedPackage();
  writeFileSync(join(dir, "example.mjs"), `${STUB}\n${js}`);
  const output = execFileSync(process.execPath, [join(dir, "example.mjs")], { cwd: dir, encoding: "utf8", env: { ...process.env, ORBVPN_ACCESS_TOKEN: "old-token", ORBVPN_REFRESH_TOKEN: "r" } });
  expect(output.trim().split("\n")).toEqual([
    "{ id: 'usr_abc123' }",
    "GET https://api.orbai.world/api/v1/users/me",
    "GET https://api.orbai.world/api/v1/users/me",
    "POST https://api.orbai.world/api/v1/auth/refresh",
    "GET https://api.orbai.world/api/v1/users/me",
  ]);
});
