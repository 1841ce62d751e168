// Entry point of the `vpn-error-codes` binary (bundled to dist/cli.js): wires run() to the process and
// makes sure that nothing, however unexpected, ends in a stack trace.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run.js";

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 200);
}

function die(error: unknown): never {
  process.stderr.write(`vpn-error-codes: unexpected error: ${oneLine(error)}\n`);
  process.exit(2);
}

/** The installed package's folder and version. dist/cli.js sits one folder below package.json, src/cli/main.ts two. */
function installedPackage(): { dir: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 3; up++, dir = dirname(dir)) {
    let pkg: { name?: unknown; version?: unknown };
    try {
      pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    } catch {
      continue;
    }
    if (pkg.name === "vpn-error-codes" && typeof pkg.version === "string") return { dir, version: pkg.version };
  }
  throw new Error("cannot find the package.json of vpn-error-codes");
}

// A closed pipe (`vpn-error-codes list | head -1`) is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" ? process.exit() : die(error)));
process.on("uncaughtException", die);

const argv = process.argv.slice(2);
if (argv[0] === "simulate") {
  // The simulator is asynchronous, unlike the lookups: it takes its arguments before run() sees them.
  // Its own file (dist/cli-simulate.js next to dist/cli.js), so that the lookups' cold start does not load it.
  const simulator = new URL(import.meta.url.endsWith(".ts") ? "./simulate.ts" : "./cli-simulate.js", import.meta.url).href;
  (import(simulator) as Promise<typeof import("./simulate.js")>)
    .then(({ runSimulate }) => runSimulate(argv.slice(1), { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) }))
    .then((code) => {
      process.exitCode = code;
    }, die);
} else {
  try {
    process.exitCode = run(argv, {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      env: process.env,
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
      isTTY: process.stdout.isTTY === true,
      version: () => installedPackage().version,
      docsPath: () => join(installedPackage().dir, "generated", "docs", "index.html"),
    });
  } catch (error) {
    die(error);
  }
}
