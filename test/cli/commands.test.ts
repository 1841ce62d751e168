import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Code } from "../../scripts/catalog/model.js";
import { entries, isRetryable, restErrorCodesForStatus } from "../../src/index.js";
import { parseCommand } from "../../src/cli/args.js";
import { fold, resolveFamily, resolveGroups } from "../../src/cli/catalog.js";
import { ANSI, PLAIN, colorEnabled, quote, terminalWidth } from "../../src/cli/format.js";
import { run, type Io } from "../../src/cli/run.js";
import { closest, displayWidth, editDistance, wrap as wrapWords } from "../../src/text.js";

const wrap = (text: string, width: number) => wrapWords(text, width, { breakLongWords: true });
import { ROOT } from "../support/fixtures.js";
import { installPackedPackage } from "../support/packed.js";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const ESC = "\x1b[";
const STACK = /^\s+at\s|node:internal|Error:/m;

// ---------------------------------------------------------------------------------------------------
// The real binary, from the packed and installed package.

let dir: string;
let bin: string;

beforeAll(() => {
  dir = installPackedPackage().dir;
  bin = join(dir, "node_modules", ".bin", "vpn-error-codes");
}, 120_000);

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a case runs in: no colour variables and COLUMNS=80, unless `env` says otherwise. */
function caseEnv(env: Record<string, string | undefined>): Record<string, string> {
  const base: Record<string, string | undefined> = { ...process.env, COLUMNS: "80" };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "NODE_OPTIONS"]) delete base[name];
  const merged = { ...base, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return merged as Record<string, string>;
}

/** Runs the installed binary in a process of its own, stdout and stderr on pipes. */
function binary(args: string[], env: Record<string, string | undefined> = {}): Result {
  const result = spawnSync(bin, args, { cwd: dir, encoding: "utf8", env: caseEnv(env) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI in this process, through run() with the Io that main.ts gives it when stdout is a pipe
 * (the installed package's version and page): a process per case costs ~100 ms. "the binary and run()
 * agree" below holds the two to the same output, and the tests of exit wiring, pipes and TTYs spawn.
 */
function cli(args: string[], env: Record<string, string | undefined> = {}): Result {
  let stdout = "";
  let stderr = "";
  const installed = join(dir, "node_modules", "vpn-error-codes");
  const code = run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: caseEnv(env),
    columns: undefined,
    isTTY: false,
    version: () => (JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { version: string }).version,
    docsPath: () => join(installed, "generated", "docs", "index.html"),
  });
  return { code, stdout, stderr };
}

const lines = (text: string) => text.replace(/\n$/, "").split("\n");
const widest = (text: string) => Math.max(...lines(text).map(displayWidth));
/** One code as --json prints it. */
interface JsonMatch {
  family: string;
  familyTitle: string;
  groupTitle: string;
  matchedBy?: string;
  entry: Code;
}
const json = <T = JsonMatch[]>(r: Result): T => JSON.parse(r.stdout) as T;

function expectFound(r: Result): void {
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}

function expectUsageError(r: Result, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/^usage: vpn-error-codes /m);
  expect(r.stderr).not.toMatch(STACK);
}

describe("vpn-error-codes explain", () => {
  it("explains 8199 in full, as the README shows it", () => {
    const r = cli(["explain", "8199"]);
    expectFound(r);
    expect(r.stdout).toBe(`OperationalError.TrafficLeak = 8199
  Family       OperationalError: Unified VPN SDK for Windows operational errors
  Group        Сommon errors
  Meaning      Traffic is leaking outside the tunnel. Occurs when the routing
               table was changed by a third party.
  Retry        reconnect the tunnel (reconnect-tunnel, inferred)
               Reconnecting restores the tunnel's routes, though the third party
               may change them again.
  Action       Reconnect the tunnel to restore its routes, and find the
               third-party software that changes the routing table. (inferred)
`);
    const [match, ...rest] = json(cli(["explain", "8199", "--json"]));
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ family: "OperationalError", matchedBy: "value", groupTitle: "Сommon errors" });
    expect(match!.entry).toMatchObject({ name: "TrafficLeak", value: 8199, retryable: true, retry: { strategy: "reconnect-tunnel", basis: "inferred" } });
    expect(match!.entry.action?.basis).toBe("inferred");
    expect(match).not.toHaveProperty("restErrorCodes");
  });

  it("explains TOKEN_EXPIRED with its HTTP status, the documented refresh and the override of the 401 rule", () => {
    const r = cli(["explain", "TOKEN_EXPIRED"]);
    expectFound(r);
    expect(r.stdout).toMatch(/^RestErrorCode\.TOKEN_EXPIRED\n/);
    expect(r.stdout).toContain("HTTP status  401 Unauthorized");
    expect(r.stdout).toContain("refresh the access token, then retry once (refresh-credentials,");
    expect(r.stdout).toMatch(/\n {2}Override {5}401 is non-retryable by status/);
    expect(r.stdout).toMatch(/re-authenticate if the refresh fails\.\n\s+\(documented\)\n/);
    const [match] = json(cli(["explain", "TOKEN_EXPIRED", "--json"]));
    expect(match).toMatchObject({ family: "RestErrorCode", matchedBy: "name", groupTitle: "Authentication Errors" });
    expect(match!.entry).toMatchObject({ httpStatus: 401, retry: { strategy: "refresh-credentials", basis: "documented" }, action: { basis: "documented" } });
    expect(match!.entry.retry.override).toMatch(/^401 is non-retryable/);
  });

  it("explains the HTTP status 429 and names the REST codes sent with it", () => {
    const r = cli(["explain", "429"]);
    expectFound(r);
    expect(r.stdout).toMatch(/^HttpStatus\.TooManyRequests = 429 \(Too Many Requests\)\n/);
    expect(r.stdout).toContain("wait for the rate-limit window, then retry (wait-for-window,");
    expect(restErrorCodesForStatus(429).length).toBeGreaterThan(0);
    expect(r.stdout).toContain(`  REST codes   ${restErrorCodesForStatus(429).join(", ")}\n`);
    const matches = json(cli(["explain", "429", "--json"]));
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ family: "HttpStatus", matchedBy: "value", groupTitle: "4xx Client errors", restErrorCodes: restErrorCodesForStatus(429) });
  });

  it("shows both families of ConnectionTimeout", () => {
    const r = cli(["explain", "ConnectionTimeout"]);
    expectFound(r);
    expect(r.stdout).toMatch(/^ConnectionTimeout matches 2 codes, in OperationalError and ResponseResult:\n\nOperationalError\.ConnectionTimeout = 8194\n/);
    expect(r.stdout).toMatch(/\n\nResponseResult\.ConnectionTimeout\n {2}Family {7}ResponseResult: /);
    const matches = json(cli(["explain", "ConnectionTimeout", "--json"]));
    expect(matches.map((m) => [m.family, m.entry.value, m.matchedBy])).toEqual([
      ["OperationalError", 8194, "name"],
      ["ResponseResult", "ConnectionTimeout", "name"],
    ]);
    const one = json(cli(["explain", "ConnectionTimeout", "--family", "response-result", "--json"]));
    expect(one.map((m) => m.family)).toEqual(["ResponseResult"]);
  });

  it("resolves an alias to the verbatim, misspelt identifier", () => {
    const r = cli(["explain", "InvalidTunnelNetworkInterfaceIndex"]);
    expectFound(r);
    expect(r.stdout).toMatch(
      /^OperationalError\.InvalidTunnelNetworkIndefaceIndex = 8203\n {2}InvalidTunnelNetworkInterfaceIndex is an alias; the identifier is\n {2}InvalidTunnelNetworkIndefaceIndex\n/,
    );
    expect(r.stdout).toContain("  Aliases      InvalidTunnelNetworkInterfaceIndex\n");
    const [match] = json(cli(["explain", "InvalidTunnelNetworkInterfaceIndex", "--json"]));
    expect(match).toMatchObject({ matchedBy: "alias", entry: { name: "InvalidTunnelNetworkIndefaceIndex", value: 8203 } });
  });

  it("resolves an older wire name and shows where it comes from", () => {
    const r = cli(["explain", "NOT_AUTHORIZED"]);
    expectFound(r);
    expect(r.stdout).toMatch(/^ResponseResult\.NotAuthorized\n {2}NOT_AUTHORIZED is an older wire name; the identifier is NotAuthorized\n/);
    expect(r.stdout).toMatch(/ {2}Older names {2}NOT_AUTHORIZED \(Hydra SDK for Windows \(2020\), backend result\n\s+strings; inferred\)/);
    const [match] = json(cli(["explain", "NOT_AUTHORIZED", "--json"]));
    expect(match).toMatchObject({ family: "ResponseResult", matchedBy: "legacyName", entry: { name: "NotAuthorized", retryable: false } });
  });

  it("fits every line in 80 columns when COLUMNS=80, and in 100 when the terminal is wider", () => {
    for (const code of ["8199", "TOKEN_EXPIRED", "429", "ConnectionTimeout", "InvalidTunnelNetworkInterfaceIndex", "NOT_AUTHORIZED"]) {
      expect(widest(cli(["explain", code]).stdout), code).toBeLessThanOrEqual(80);
    }
    const wide = cli(["explain", "TOKEN_EXPIRED"], { COLUMNS: "250" }).stdout;
    expect(widest(wide)).toBeLessThanOrEqual(100);
    expect(widest(wide)).toBeGreaterThan(80);
  });
});

describe("vpn-error-codes list", () => {
  const all = entries();
  /** The code lines of list's output, without its header row. */
  const rowsOf = (r: Result) => {
    const [header, ...rest] = lines(r.stdout);
    expect(header!.split(/\s+/)).toEqual(["FAMILY", "VALUE", "NAME", "RETRY"]);
    return rest;
  };
  const namesOf = (r: Result) => rowsOf(r).map((l) => l.split(/\s+/).at(-2));

  it("prints one line per code, sorted by family and then by value", () => {
    const r = cli(["list"]);
    expectFound(r);
    const rows = rowsOf(r).map((l) => l.split(/\s+/));
    expect(rows).toHaveLength(all.length);
    expect(rows.map((c) => c[0])).toEqual([...rows.map((c) => c[0]!)].sort());
    const operational = rows.filter((c) => c[0] === "OperationalError").map((c) => Number(c[1]));
    expect(operational).toEqual([...operational].sort((a, b) => a - b));
    expect(lines(r.stdout)).toContainEqual(expect.stringMatching(/^OperationalError +8199 {2}TrafficLeak +reconnect-tunnel$/));
    // A REST code's value is its name: the value column shows its HTTP status.
    for (const e of all.filter((x) => x.family === "RestErrorCode")) {
      expect(lines(r.stdout)).toContainEqual(expect.stringMatching(new RegExp(`^RestErrorCode +\\(${e.httpStatus}\\) {2}${e.name} +${e.retry.strategy}$`)));
    }
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it("filters by family, in any case or kebab-case", () => {
    const kebab = cli(["list", "--family", "operational-error"]);
    expectFound(kebab);
    expect(rowsOf(kebab)).toHaveLength(all.filter((e) => e.family === "OperationalError").length);
    expect(rowsOf(kebab).every((l) => l.startsWith("OperationalError "))).toBe(true);
    expect(cli(["list", "--family", "OPERATIONALERROR"]).stdout).toBe(kebab.stdout);
    expect(cli(["list", "--family=OperationalError"]).stdout).toBe(kebab.stdout);
  });

  it("filters by group id or title, Latin look-alikes included", () => {
    const hydra = cli(["list", "--group", "hydra"]);
    expectFound(hydra);
    expect(namesOf(hydra)).toEqual(all.filter((e) => e.group === "hydra").map((e) => e.name));
    expect(cli(["list", "--group", "Hydra protocol errors"]).stdout).toBe(hydra.stdout);
    // The vendor's title is "Сommon errors" with a Cyrillic С; a user types a Latin C.
    const common = cli(["list", "--group", "Common errors"]);
    expectFound(common);
    expect(common.stdout).toBe(cli(["list", "--group", "common"]).stdout);
    expect(namesOf(common)).toEqual(all.filter((e) => e.family === "OperationalError" && e.group === "common").map((e) => e.name));
  });

  it("filters by retryable, --no-retryable and --retryable=false giving the complement", () => {
    const yes = cli(["list", "--retryable"]);
    expectFound(yes);
    const retryable = all.filter((e) => e.retryable);
    expect(retryable.length).toBeGreaterThan(0);
    expect(namesOf(yes)).toEqual(retryable.map((e) => e.name));
    expect(retryable.every((e) => isRetryable(e.value, e.family))).toBe(true);
    const no = cli(["list", "--no-retryable"]);
    expect(namesOf(no)).toEqual(all.filter((e) => !e.retryable).map((e) => e.name));
    expect(cli(["list", "--retryable=false"]).stdout).toBe(no.stdout);
    expect(cli(["list", "--retryable=true"]).stdout).toBe(yes.stdout);
  });

  it("combines filters", () => {
    const r = cli(["list", "--family", "rest-error-code", "--group", "authentication", "--retryable"]);
    expectFound(r);
    expect(namesOf(r)).toEqual(["TOKEN_EXPIRED"]);
  });

  it("prints the documented JSON: one object per code with family, familyTitle, groupTitle and entry", () => {
    const items = json(cli(["list", "--json", "--family", "HttpStatus"]));
    expect(items.map((i) => i.entry.value)).toEqual(all.filter((e) => e.family === "HttpStatus").map((e) => e.value));
    expect(items[0]).toEqual({ family: "HttpStatus", familyTitle: "OrbVPN API HTTP status codes", groupTitle: "2xx Success", entry: all[0] });
    expect(json(cli(["list", "--json"]))).toHaveLength(all.length);
  });

  it("exits 1 when the filters leave nothing, and 2 for a family or group that does not exist", () => {
    const none = cli(["list", "--family", "HttpStatus", "--group", "success", "--retryable"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe("");
    expect(lines(none.stderr)).toEqual(["vpn-error-codes: no code matches these filters; try `vpn-error-codes list` without them"]);
    expectUsageError(cli(["list", "--family", "Nope"]), /unknown family 'Nope'; one of HttpStatus, OperationalError, ResponseResult, RestErrorCode/);
    expectUsageError(cli(["list", "--family", "http-status", "--group", "hydra"]), /unknown group 'hydra'; groups: success, client-error, server-error\n/);
  });
});

describe("vpn-error-codes when nothing matches", () => {
  it("exits 1 with one line and a hint on stderr, and nothing on stdout", () => {
    for (const args of [
      ["explain", "Foo"],
      ["explain", "--json", "Foo"],
      ["explain", "99999"],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(lines(r.stderr)).toEqual([`vpn-error-codes: no code matches '${args.at(-1)}'; try \`vpn-error-codes list\``]);
    }
  });

  it("suggests the closest name for a typo or the wrong case", () => {
    expect(cli(["explain", "TOKEN_EXPRIED"]).stderr).toBe("vpn-error-codes: no code matches 'TOKEN_EXPRIED' (did you mean TOKEN_EXPIRED?); try `vpn-error-codes list`\n");
    expect(cli(["explain", "TrafficLeak", "--family", "HttpStatus"]).stderr).toMatch(/^vpn-error-codes: no HttpStatus code matches 'TrafficLeak'; try/);
  });
});

describe("vpn-error-codes, forgiving", () => {
  const all = entries();
  const names = (r: Result) => json(r).map((m) => `${m.family}.${m.entry.name}`);
  const trafficLeak = all.find((e) => e.family === "OperationalError" && e.name === "TrafficLeak")!;
  const tokenExpired = all.find((e) => e.family === "RestErrorCode" && e.name === "TOKEN_EXPIRED")!;
  const hexOf = (n: number) => `0x${n.toString(16)}`;

  it("takes a hex value, as Windows tools print codes", () => {
    const hex = hexOf(trafficLeak.value as number);
    expect(hex).toBe("0x2007");
    for (const input of [hex, hex.toUpperCase().replace("0X", "0x"), "0x02007"]) {
      const r = cli(["explain", input]);
      expectFound(r);
      expect(r.stdout).toBe(cli(["explain", String(trafficLeak.value)]).stdout);
    }
  });

  it("takes a name in any case and with any separators when one code has it", () => {
    for (const input of ["token_expired", "token-expired", "Token Expired", "tokenexpired"]) {
      const r = cli(["explain", input, "--json"]);
      expectFound(r);
      expect(names(r)).toEqual(["RestErrorCode.TOKEN_EXPIRED"]);
      expect(json(r)[0]!.matchedBy).toBe("name");
    }
    expect(cli(["explain", "trafficleak"]).stdout).toMatch(/^OperationalError\.TrafficLeak = 8199\n/);
  });

  it("lists every match of ambiguous forgiving input instead of guessing", () => {
    const fold = (n: string) => n.toLowerCase().replace(/[^a-z0-9]/g, "");
    const expected = all.filter((e) => fold(e.name) === "connectiontimeout").map((e) => `${e.family}.${e.name}`);
    expect(expected.length).toBeGreaterThan(1);
    const r = cli(["explain", "connection_timeout"]);
    expectFound(r);
    expect(r.stdout).toMatch(new RegExp(`^connection_timeout matches ${expected.length} codes`));
    expect(names(cli(["explain", "connection_timeout", "--json"]))).toEqual(expected);
    // Several codes whose meaning has the words: a list of them all, not one guess.
    const words = all.filter((e) => /\bconnection\b/i.test(`${e.description} ${e.name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ")}`));
    expect(words.length).toBeGreaterThan(1);
    const search = cli(["explain", "connection"]);
    expectFound(search);
    expect(search.stdout).toMatch(new RegExp(`^'connection' matches ${words.length} codes:\n`));
  });

  it("searches names and meanings: search WORDS, and explain when nothing matches exactly", () => {
    const leaking = all.filter((e) => /\bleak/i.test(e.description) || /leak/i.test(e.name));
    expect(leaking.map((e) => e.name)).toContain(trafficLeak.name);
    const r = cli(["search", "leak", "--json"]);
    expectFound(r);
    expect(names(r)).toEqual(leaking.map((e) => `${e.family}.${e.name}`));
    if (leaking.length === 1) {
      const explained = cli(["explain", "leak"]);
      expectFound(explained);
      expect(explained.stdout).toMatch(/^OperationalError\.TrafficLeak = 8199\n {2}leak is no code's name or value; found by a search of names and meanings\n/);
      expect(json(cli(["explain", "leak", "--json"]))[0]).toMatchObject({ family: "OperationalError", matchedBy: "search" });
    }
    const status = all.filter((e) => e.value === 429 || e.httpStatus === 429).map((e) => `${e.family}.${e.name}`);
    expect(names(cli(["search", "429", "--json"]))).toEqual(status);
    const text = cli(["search", "token", "expired"]);
    expectFound(text);
    expect(text.stdout).toContain(tokenExpired.name);
    expect(text.stdout).toContain(`(${tokenExpired.httpStatus})  ${tokenExpired.name}`);
    const none = cli(["search", "zzzqqq"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe("");
    expectUsageError(cli(["search"]), /search needs words/);
  });

  it("takes a code in the command's place as short for explain", () => {
    for (const input of ["8199", "0x2007", "TrafficLeak", "token_expired"]) {
      const r = cli([input]);
      expectFound(r);
      expect(r.stdout).toBe(cli(["explain", input]).stdout);
    }
    expect(cli(["8199", "--json"]).stdout).toBe(cli(["explain", "8199", "--json"]).stdout);
  });

  it("prints help on one command, and suggests a misspelt option", () => {
    for (const command of ["explain", "search", "list", "docs"]) {
      const r = cli([command, "--help"]);
      expectFound(r);
      expect(r.stdout).toMatch(new RegExp(`^usage: vpn-error-codes ${command}`));
      expect(cli(["help", command]).stdout).toBe(r.stdout);
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    }
    expectUsageError(cli(["list", "--famly", "x"]), /^vpn-error-codes: unknown option '--famly'; did you mean --family\?\n/);
    expectUsageError(cli(["explain", "8199", "--jsn"]), /did you mean --json\?/);
  });

  it("prints the installed page's path on docs", () => {
    const r = binary(["docs"]);
    expectFound(r);
    expect(r.stdout).toBe(`${join(dir, "node_modules", "vpn-error-codes", "generated", "docs", "index.html")}\n`);
    expect(existsSync(r.stdout.trim())).toBe(true);
  });
});

describe("vpn-error-codes usage", () => {
  it("exits 2 with the message and a usage line for bad usage", () => {
    expectUsageError(cli([]), /^vpn-error-codes: a command is missing/);
    expectUsageError(cli(["frobnicate"]), /^vpn-error-codes: unknown command 'frobnicate'\n/);
    expectUsageError(cli(["lst"]), /unknown command 'lst'; did you mean `vpn-error-codes list`\?/);
    expectUsageError(cli(["explain"]), /explain needs a code/);
    expectUsageError(cli(["explain", "8199", "429"]), /explain takes one code/);
    expectUsageError(cli(["explain", "8199", "--group", "hydra"]), /--group applies to list, not explain/);
    expectUsageError(cli(["explain", "8199", "--family", "nope"]), /unknown family 'nope'/);
    expectUsageError(cli(["list", "--bogus"]), /^vpn-error-codes: unknown option '--bogus'\nusage: vpn-error-codes list /);
    expectUsageError(cli(["list", "--family"]), /argument missing/);
    expectUsageError(cli(["list", "extra"]), /list takes no argument/);
    expectUsageError(cli(["list", "--retryable=maybe"]), /--retryable takes true or false/);
    expectUsageError(cli(["list", "--retryable", "--no-retryable"]), /exclude each other/);
    expectUsageError(cli(["list", "--json=yes"]), /does not take an argument/);
  });

  it("prints help on --help, -h and help, in 80 columns", () => {
    const help = cli(["--help"]);
    expectFound(help);
    expect(help.stdout).toMatch(/^vpn-error-codes: what a VPN error code means/);
    expect(help.stdout).toContain("vpn-error-codes explain <value|hex|name|status|words>");
    expect(help.stdout).toContain("Exit status: 0 found, 1 nothing matches, 2 bad usage.");
    expect(widest(help.stdout)).toBeLessThanOrEqual(80);
    expect(cli(["-h"]).stdout).toBe(help.stdout);
    expect(cli(["help"]).stdout).toBe(help.stdout);
    expect(cli(["help", "nope"]).stdout).toBe(help.stdout);
  });

  it("prints the installed package's version on --version and -v", () => {
    const installed = JSON.parse(readFileSync(join(dir, "node_modules", "vpn-error-codes", "package.json"), "utf8")).version;
    expect(installed).toBe(VERSION);
    for (const flag of ["--version", "-v"]) {
      const r = binary([flag]);
      expectFound(r);
      expect(r.stdout).toBe(`${VERSION}\n`);
    }
  });
});

describe("vpn-error-codes robustness", () => {
  it("never prints a stack trace on weird input", () => {
    const weird: Array<[string[], number]> = [
      [["explain", ""], 2],
      [["explain", "   "], 2],
      // (Without a family, __proto__ finds the codes whose meaning says "protocol".)
      [["explain", "__proto__", "--family", "HttpStatus"], 1],
      [["explain", "constructor"], 1],
      [["explain", "toString"], 1],
      [["explain", "x".repeat(10_000)], 1],
      [["explain", "8".repeat(10_000)], 1],
      [["explain", "\x1b[31mred\nnext"], 1],
      [["explain", "--", "-1"], 1],
      [["explain", "NaN"], 1],
      [["list", "--family", "__proto__"], 2],
      [["list", "--group", "constructor"], 2],
      [[`--${"y".repeat(10_000)}`], 2],
    ];
    for (const [args, code] of weird) {
      const r = binary(args);
      expect(r.code, args.join(" ").slice(0, 40)).toBe(code);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toContain("\x1b");
      // Bounded whatever the input's length: the longest message lists every group id.
      expect(lines(r.stderr)[0]!.length).toBeLessThan(300);
    }
  });

  it("exits quietly when the reader closes the pipe early (EPIPE)", () => {
    // list --json is ~100 KB, more than a pipe holds, so the write fails once head has gone.
    const r = spawnSync("bash", ["-c", `"$BIN" list --json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: "utf8",
      env: { ...process.env, BIN: bin },
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("0\n");
  });
});

describe("vpn-error-codes colour", () => {
  const hasScript = process.platform === "linux" && existsSync("/usr/bin/script");
  /** Runs the binary on a pseudo-terminal (util-linux script), so that stdout is a TTY. */
  const onTty = (args: string, env: Record<string, string>) =>
    spawnSync("script", ["-qec", `"$BIN" ${args}`, "/dev/null"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH!, TERM: "xterm", BIN: bin, ...env },
    }).stdout;

  it("is off when stdout is not a TTY, and on with FORCE_COLOR=1, but never in JSON", () => {
    expect(cli(["explain", "8199"]).stdout).not.toContain(ESC);
    const forced = cli(["explain", "8199"], { FORCE_COLOR: "1" }).stdout;
    expect(forced).toContain(`${ESC}1mOperationalError.TrafficLeak = 8199${ESC}22m`);
    expect(forced).toContain(`${ESC}32mreconnect the tunnel (reconnect-tunnel, inferred)${ESC}39m`);
    expect(cli(["list", "--retryable"], { FORCE_COLOR: "1" }).stdout).toContain(ESC);
    expect(cli(["explain", "8199", "--json"], { FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
    expect(cli(["explain", "8199"], { FORCE_COLOR: "0" }).stdout).not.toContain(ESC);
    // Colour changes nothing but the escapes, and the width is measured without them.
    expect(forced.replace(/\x1b\[\d+m/g, "")).toBe(cli(["explain", "8199"]).stdout);
  });

  it.skipIf(!hasScript)("is on for a TTY, off with a non-empty NO_COLOR, on with an empty one", () => {
    expect(onTty("explain 8199", {})).toContain(ESC);
    expect(onTty("explain 8199", { NO_COLOR: "1" })).not.toContain(ESC);
    expect(onTty("explain 8199", { NO_COLOR: "" })).toContain(ESC);
    expect(onTty("explain 8199", { TERM: "dumb" })).not.toContain(ESC);
  });
});

describe("the binary and run()", () => {
  it("agree on exit code, stdout and stderr, so that the in-process cases speak for the binary", () => {
    const cases: Array<[string[], Record<string, string>]> = [
      [["explain", "8199"], {}],
      [["explain", "TOKEN_EXPIRED"], { COLUMNS: "250" }],
      [["8199"], {}],
      [["explain", "0x2007", "--json"], {}],
      [["list", "--json"], {}],
      [["list", "--retryable"], { FORCE_COLOR: "1" }],
      [["search", "token", "expired"], {}],
      [["explain", "TOKEN_EXPRIED"], {}],
      [["list", "--family", "Nope"], {}],
      [["lst"], {}],
      [[], {}],
      [["--help"], {}],
      [["--version"], {}],
      [["docs"], {}],
    ];
    for (const [args, env] of cases) expect(cli(args, env), args.join(" ")).toEqual(binary(args, env));
  });
});

describe("npx vpn-error-codes", () => {
  it("runs the installed binary", () => {
    const r = spawnSync("npx", ["--no-install", "vpn-error-codes", "explain", "8199"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OperationalError\.TrafficLeak = 8199\n/);
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------------
// The pure parts, in-process.

function runInProcess(argv: string[], env: Record<string, string> = {}): Result {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { COLUMNS: "80", ...env },
    columns: undefined,
    isTTY: false,
    version: () => "0.0.0",
    docsPath: () => "/pkg/generated/docs/index.html",
  };
  const code = run(argv, io);
  return { code, stdout, stderr };
}

describe("CLI formatting (in-process)", () => {
  it("explains every code by name, value, alias and older name within 80 and within 40 columns", () => {
    for (const e of entries()) {
      for (const input of new Set([e.name, String(e.value), ...(e.aliases ?? []), ...(e.legacyNames ?? []).map((l) => l.name)])) {
        const r = runInProcess(["explain", input]);
        expect(r.code, input).toBe(0);
        expect(r.stdout).toContain(`${e.family}.${e.name}`);
        expect(widest(r.stdout), input).toBeLessThanOrEqual(80);
        const narrow = runInProcess(["explain", input], { COLUMNS: "40" });
        expect(widest(narrow.stdout), input).toBeLessThanOrEqual(40);
      }
    }
  });

  it("keeps list at one line per code when the padded columns do not fit", () => {
    const narrow = runInProcess(["list"], { COLUMNS: "40" });
    expect(lines(narrow.stdout)).toHaveLength(entries().length + 1);
    expect(lines(narrow.stdout)).toContain("OperationalError 8199 TrafficLeak reconnect-tunnel");
  });

  it("wraps greedily, indents nothing itself, and breaks a word longer than the width", () => {
    expect(wrap("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
    expect(wrap("  spaced   out  ", 80)).toEqual(["spaced out"]);
    expect(wrap("abcdefghij k", 4)).toEqual(["abcd", "efgh", "ij k"]);
    expect(wrap("", 10)).toEqual([""]);
    expect(wrap("Сommon – errors", 7)).toEqual(["Сommon", "–", "errors"]);
  });

  it("quotes input on one short line", () => {
    expect(quote("Foo")).toBe("'Foo'");
    expect(quote("a\nb\x1b[31m")).toBe("'a\\u000ab\\u001b[31m'");
    expect(displayWidth(quote("x".repeat(10_000)))).toBe(42);
  });

  it("decides colour as Node does: FORCE_COLOR, then NO_COLOR, then the TTY", () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: "" }, true)).toBe(true);
    expect(colorEnabled({ TERM: "dumb" }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: "false" }, true)).toBe(false);
    expect(ANSI.bold("x")).toBe("\x1b[1mx\x1b[22m");
    expect(PLAIN.bold("x")).toBe("x");
  });

  it("takes the width from the terminal, then COLUMNS, then 80, within 40 to 100", () => {
    expect(terminalWidth(undefined, {})).toBe(80);
    expect(terminalWidth(undefined, { COLUMNS: "abc" })).toBe(80);
    expect(terminalWidth(undefined, { COLUMNS: "72" })).toBe(72);
    expect(terminalWidth(120, { COLUMNS: "72" })).toBe(100);
    expect(terminalWidth(20, {})).toBe(40);
    expect(terminalWidth(0, {})).toBe(80);
  });

  it("measures edit distance with swaps, and suggests only close names", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("TOKEN_EXPRIED", "TOKEN_EXPIRED")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(closest("TOKNE_EXPIRED", ["TOKEN_INVALID", "TOKEN_EXPIRED"])).toBe("TOKEN_EXPIRED");
    expect(closest("Foo", ["Ok", "None"])).toBeUndefined();
    expect(closest("x".repeat(65), ["x".repeat(65)])).toBeUndefined();
  });

  it("folds family and group names", () => {
    expect(fold("Сommon errors")).toBe("commonerrors");
    expect(resolveFamily("rest_error_code")).toBe("RestErrorCode");
    expect(resolveFamily("")).toBeUndefined();
    expect([...resolveGroups("success", ["HttpStatus", "ResponseResult"])]).toEqual(["HttpStatus/success", "ResponseResult/success"]);
  });

  it("parses commands", () => {
    expect(parseCommand(["explain", " 8199 "])).toEqual({ kind: "explain", code: "8199", json: false });
    expect(parseCommand(["list", "--retryable=no", "--json"])).toEqual({ kind: "list", retryable: false, json: true });
    expect(parseCommand(["-v", "list"])).toEqual({ kind: "version" });
    expect(parseCommand(["-h", "-v"])).toEqual({ kind: "help" });
  });

  it("never throws, and exits 0 with output or 1 or 2 with none, for any arguments", () => {
    const word = fc.oneof(fc.constantFrom("explain", "list", "--json", "--family", "--group", "--retryable", "--retryable=false", "-h", "--", "8199", "hydra", "__proto__"), fc.string());
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), (argv) => {
        const r = runInProcess(argv);
        expect([0, 1, 2]).toContain(r.code);
        if (r.code === 0) expect(r.stderr).toBe("");
        else expect(r.stdout).toBe("");
      }),
      { numRuns: 500 },
    );
  });
});
