// generated/go as a user's module uses it: the harness (test/languages/go) is a separate module that
// requires the module path from package.json and replaces it with generated/go. gofmt, go vet, go test,
// the harness against the reference, the reconnect vectors, the lookups against TypeScript's line for line, the README's example
// compiled and run in a module of its own, and hostile catalog text compiled.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Model, ResolvedFamily } from "../../scripts/catalog/model.js";
import { emitGo } from "../../scripts/emit/languages/go/index.js";
import { goPackage } from "../../scripts/emit/languages/go/profile.js";
import { README_WAIT_SECONDS, rateLimitedCode } from "../../scripts/emit/languages/go/readme.js";
import { adviseReconnect, type ReconnectHistory } from "../../src/reconnect/advise.js";
import { RECONNECT_ROLES } from "../../scripts/catalog/model.js";
import { type ReconnectCase, adviceLine } from "../../scripts/vectors/reconnect.js";
import { UNKNOWN_KEYS, lookupLines } from "./typescript/lookups.js";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, expectSameLines, languageModel, readmeBlocks, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Go", ["go", "gofmt"]);
const HERE = join(ROOT, "test", "languages", "go");
const PACKAGE = join(ROOT, "generated", "go");

describe.skipIf(!available)("Go", () => {
  const model = languageModel();
  const module = model.package.languages.go.module;
  let consumer = "";

  beforeAll(() => {
    cacheDir("go");
    console.log(`Go: ${versionOf("go", ["version"])}`);
  });

  afterAll(() => {
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  it("declares the module path from package.json, which the harness module requires (any version: replaced) and replaces", () => {
    expect(readFileSync(join(PACKAGE, "go.mod"), "utf8")).toMatch(new RegExp(`^module ${module.replace(/\./g, "\\.")}$`, "m"));
    const harness = readFileSync(join(HERE, "go.mod"), "utf8");
    expect(harness).toContain(`require ${module} v0.0.0`);
    expect(harness).toContain(`replace ${module} => ../../../generated/go`);
  });

  it(
    "is formatted as gofmt formats it",
    () => {
      expect(run("gofmt", ["-l", PACKAGE]).stdout).toBe("");
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes go vet, the generated packages and the harness",
    () => {
      run("go", ["vet", "./...", `${module}/...`], { cwd: HERE });
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "passes go test (round trips of every code and envelope, typed errors for invalid ones)",
    () => {
      expect(run("go", ["test", "-count=1", "./..."], { cwd: HERE }).stdout).toMatch(/^ok\s/m);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "decodes every vector and decides every decision vector as the TypeScript reference does",
    () => {
      expectSameLines(run("go", ["run", ".", ROOT], { cwd: HERE }).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "advises every reconnect vector (runtime/SPEC.md §12) as test/vectors/reconnect.json expects, line for line",
    () => {
      const { cases } = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "reconnect.json"), "utf8")) as { cases: Array<{ id: string; expected: string }> };
      expect(cases.length).toBeGreaterThan(0);
      const { stdout } = run("go", ["run", ".", ROOT, "reconnect"], { cwd: HERE });
      expect(stdout.split("\n").filter((l) => l !== "")).toEqual(cases.map((c) => `reconnect ${c.id} -> ${c.expected}`));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "answers as TypeScript's adviseReconnect does for seeded random keys and histories around the policy's bounds",
    () => {
      const cases = randomReconnectCases(model, 3000);
      const dir = mkdtempSync(join(tmpdir(), "vpn-error-codes-go-reconnect-"));
      try {
        const path = join(dir, "cases.json");
        writeFileSync(path, JSON.stringify({ cases }));
        const { stdout } = run("go", ["run", ".", ROOT, "reconnect", path], { cwd: HERE });
        expect(stdout.split("\n").filter((l) => l !== "")).toEqual(cases.map((c) => `reconnect ${c.id} -> ${c.expected}`));
        // The cases reach every answer the reference gives, so that a wrong branch cannot hide.
        const answers = new Set(cases.map((c) => c.expected.replace(/^reconnect \d+/, "reconnect")));
        expect([...answers].sort()).toEqual(
          ["reconnect backoff", "reconnect immediate", "stop flapping", "stop not-an-error", "stop not-reconnectable", "stop unknown-code", "stop window-exhausted", "wait-for-network"].filter(
            (a) => a !== "reconnect immediate" || model.reconnectPolicy?.immediate.codes.length,
          ),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "compiles, vets and runs the README's example in a module of its own, as its README says to install it",
    () => {
      const blocks = readmeBlocks(join(PACKAGE, "README.md"), "go");
      expect(blocks).toHaveLength(1);
      consumer = mkdtempSync(join(tmpdir(), "vpn-error-codes-go-consumer-"));
      writeFileSync(join(consumer, "go.mod"), `module example.com/consumer\n\ngo 1.21\n\nrequire ${module} v${model.package.version}\n\nreplace ${module} => ${PACKAGE}\n`);
      writeFileSync(join(consumer, "main.go"), blocks[0]!);
      run("go", ["vet", "."], { cwd: consumer });
      const { code: event } = model.examples.sdkEvent;
      const refresh = model.examples.tokenRefresh.code;
      const status = refresh.httpStatus ?? model.retryPolicy.tokenRefresh.status;
      expect(rateLimitedCode(model)?.retry.strategy).toBe(model.statusStrategy.get(429));
      expect(run("go", ["run", "."], { cwd: consumer }).stdout.split("\n")).toEqual([
        `${event.name} ${event.description}`,
        `${event.retry.strategy} ${event.retry.basis} ${event.retryable} ${event.action?.text ?? ""}`,
        "false false",
        `${refresh.value} (HTTP ${status}): Token expired access 2026-02-08T11:30:00Z`,
        "refresh the token, then send once more",
        `retry ${README_WAIT_SECONDS}s retry-after`,
        "",
      ]);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "looks up every key of every code as TypeScript's describe() and retryAdvice() do, line for line",
    () => {
      const { stdout } = run("go", ["run", ".", ROOT, "lookups", JSON.stringify(UNKNOWN_KEYS)], { cwd: HERE });
      expect(stdout.split("\n").filter((l) => l !== "")).toEqual(lookupLines(ROOT));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "compiles without a reconnect policy, whose Advise then stops every code as not reconnectable",
    async () => {
      const copy = structuredClone(languageModel()) as Model;
      copy.reconnectPolicy = undefined;
      const dir = mkdtempSync(join(tmpdir(), "vpn-error-codes-go-no-reconnect-"));
      try {
        const files = await emitGo(copy);
        for (const [path, content] of Object.entries(files)) {
          const target = join(dir, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
        expect(files["go/README.md"]).not.toContain("reconnect.");
        const { family, code } = copy.examples.sdkEvent;
        mkdirSync(join(dir, "probe"));
        writeFileSync(join(dir, "probe", "go.mod"), `module example.com/probe\n\ngo 1.21\n\nrequire ${module} v0.0.0\n\nreplace ${module} => ${join(dir, "go")}\n`);
        writeFileSync(
          join(dir, "probe", "main.go"),
          `package main\n\nimport (\n\t"fmt"\n\n\t"${module}/reconnect"\n)\n\nfunc main() {\n\tfmt.Println(reconnect.Advise(${JSON.stringify(family.name)}, ${JSON.stringify(code.value)}, reconnect.History{}, reconnect.Options{}).Reason)\n}\n`,
        );
        expect(run("gofmt", ["-l", join(dir, "go")]).stdout).toBe("");
        run("go", ["vet", "./..."], { cwd: join(dir, "go") });
        expect(run("go", ["run", "."], { cwd: join(dir, "probe") }).stdout).toBe("not-reconnectable\n");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "compiles and answers catalog text that would end a comment or a string early, or that Go refuses in source",
    async () => {
      const hostile = [
        "ends */ a comment and /* opens one",
        'a "quote", a `backquote` and a \\ backslash',
        "a NUL \u0000 here",
        "bidi \u202e and \u2066 and a line\u2028separator",
        "a lone \ud83d surrogate",
        "a\nnew line // and \r a return",
      ];
      const texts = hostileModel(languageModel(), hostile);
      const dir = mkdtempSync(join(tmpdir(), "vpn-error-codes-go-hostile-"));
      try {
        const files = await emitGo(texts.model);
        for (const [path, content] of Object.entries(files)) {
          const target = join(dir, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
        const pkg = goPackage(texts.family);
        mkdirSync(join(dir, "probe"));
        writeFileSync(join(dir, "probe", "go.mod"), `module example.com/probe\n\ngo 1.21\n\nrequire ${module} v0.0.0\n\nreplace ${module} => ${join(dir, "go")}\n`);
        writeFileSync(
          join(dir, "probe", "main.go"),
          `package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\n\t"${module}/${pkg}"\n)\n\nfunc main() {\n\tinfo, _ := ${pkg}.Code(${texts.value}).Info()\n\ttext, _ := json.Marshal([]string{info.Description, info.Note})\n\tfmt.Println(string(text))\n}\n`,
        );
        expect(run("gofmt", ["-l", join(dir, "go")]).stdout).toBe("");
        run("go", ["vet", "./..."], { cwd: join(dir, "go") });
        const out = JSON.parse(run("go", ["run", "."], { cwd: join(dir, "probe") }).stdout) as string[];
        // A lone surrogate has no UTF-8 form: Go holds U+FFFD there, as its own conversions do.
        const inGo = (text: string) => text.replace("\ud83d", "\ufffd");
        expect(out).toEqual([inGo(texts.description), inGo(texts.note)]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TOOLCHAIN_TIMEOUT,
  );
});

/** The model with one SDK code's description and note replaced by hostile text; the catalog on disk is untouched. */
function hostileModel(model: Model, texts: readonly string[]): { model: Model; family: ResolvedFamily; value: string | number; description: string; note: string } {
  const copy = structuredClone(model) as Model;
  const family = copy.families.find((f) => f.name === model.examples.sdkEvent.family.name)!;
  const code = family.codes.find((c) => c.value === model.examples.sdkEvent.code.value)!;
  const description = texts.join(" ");
  const note = [...texts].reverse().join(" ");
  code.description = description;
  code.derived.doc.meaning = description;
  code.retry = { ...code.retry, note };
  code.derived.doc.retryNote = note;
  return { model: copy, family, value: code.value, description, note };
}

/**
 * Seeded random reconnect cases answered by the TypeScript reference: every key of every code (of the SDK
 * families and of the others), garbage keys, and histories whose times fall on and beside the policy's
 * window and flapping interval, with errors of the same code under other keys and of other codes.
 */
function randomReconnectCases(model: Model, count: number): ReconnectCase[] {
  const policy = model.reconnectPolicy;
  if (!policy) return [];
  let seed = 0x9e3779b9;
  // mulberry32: the same cases on every run.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const keys = model.families.flatMap((f) => f.derived.keys.map((k) => ({ family: f.name, key: k.key, sdk: RECONNECT_ROLES.has(f.role) })));
  const sdkKeys = keys.filter((k) => k.sdk);
  const garbage: Array<string | number> = [...UNKNOWN_KEYS, -0, 1e21, 0.5, "None ", "\u0000"];
  const families = [...new Set(model.families.map((f) => f.name)), "", "operationalerror"];
  const now = Date.UTC(2026, 0, 1);
  const { durationMs } = policy.window;
  const { withinMs, times } = policy.flapping;
  const offset = () => pick([0, 1, -1, durationMs, durationMs - 1, durationMs + 1, withinMs, withinMs - 1, withinMs + 1, Math.floor(random() * durationMs * 1.5)]);
  const cases: ReconnectCase[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const { family, key } = roll < 0.85 ? pick(sdkKeys) : roll < 0.93 ? pick(keys) : { family: pick(families), key: pick([...garbage, pick(keys).key]) };
    const reconnects = Array.from({ length: Math.floor(random() * (policy.window.maxReconnects + 3)) }, () => now - offset());
    const connected = Array.from({ length: Math.floor(random() * (times + 3)) }, () => now - offset());
    const errors = Array.from({ length: Math.floor(random() * (times + 3)) }, () => {
      const other = random() < 0.7 ? pick(sdkKeys.filter((k) => k.family === family).concat({ family, key, sdk: true })) : pick(keys);
      const at = pick(connected.length > 0 && random() < 0.7 ? connected : [now]) + pick([0, 1, withinMs, withinMs + 1, Math.floor(random() * withinMs)]);
      return { at, family: other.family, code: other.key };
    });
    if (random() < 0.05) reconnects.push(now + 1);
    const history = { reconnects, connected, errors };
    const r = pick([0, 0.25, 0.5, 0.999, 1, -1, 2, random()]);
    const advice = adviseReconnect(family, key, history as ReconnectHistory, { now, random: () => r });
    cases.push({ id: `random-${i}`, family, code: key, history, now, random: r, expected: adviceLine(advice) });
  }
  return cases;
}
