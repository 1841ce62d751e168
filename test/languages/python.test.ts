// Python: the runtime (runtime/python) on its own, with its unit tests, ruff and mypy --strict; then
// generated/python as a user gets it: a wheel and an sdist built by `python -m build` from a copy of the
// folder, the wheel installed into a fresh virtualenv outside the tree, then the harness (with and
// without -O), the linters a publisher runs and the README's example against the installed package.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconnectFacts } from "../../scripts/catalog/reconnect-classes.js";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import type { Model } from "../../scripts/catalog/model.js";
import { emitPython } from "../../scripts/emit/languages/python/index.js";
import { pyIdent } from "../../scripts/emit/languages/python/enum.js";
import { README_WAIT_SECONDS, rateLimitedCode, reconnectExample } from "../../scripts/emit/languages/python/readme.js";
import { retryExample } from "../../scripts/emit/languages/shared/readme.js";
import { adviseReconnect } from "../../src/reconnect/advise.js";
import { envelopesDir, invalidEnvelopeFiles, validEnvelopeFiles } from "../support/envelope-vectors.js";
import { UNKNOWN_KEYS, lookupLines } from "./typescript/lookups.js";
import { ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, expectSameLines, languageModel, readmeBlocks, run, toolchain, versionOf } from "./support/toolchains.js";
import { contentHash } from "./support/content-hash.js";

const available = toolchain("Python", ["python3"]);
const HERE = join(ROOT, "test", "languages", "python");
const PACKAGE = join(ROOT, "generated", "python");
const RUNTIME = join(ROOT, "runtime", "python");
const VENV = join(ROOT, ".cache", "python", "venv");
const bin = (venv: string, name: string) => join(venv, "bin", name);

/** test/vectors/reconnect.json's cases as the harness prints them: `reconnect <id> -> <expected>`. */
function reconnectVectorLines(): string[] {
  const { cases } = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "reconnect.json"), "utf8")) as { cases: Array<{ id: string; expected: string }> };
  return cases.map((c) => `reconnect ${c.id} -> ${c.expected}`);
}

/** The harness's lines: the reconnect ones equal the reconnect vectors' expected answers, the rest TypeScript's reference. */
function expectHarnessLines(stdout: string): void {
  const lines = stdout.split("\n").filter((l) => l !== "");
  const reconnects = lines.filter((l) => l.startsWith("reconnect "));
  expect(reconnects.length).toBeGreaterThan(0);
  expect(reconnects).toEqual(reconnectVectorLines());
  expectSameLines(lines.filter((l) => !l.startsWith("reconnect ")).join("\n"));
}

describe.skipIf(!available)("Python", () => {
  const model = languageModel();
  const { distribution, module } = model.package.languages.python;
  let consumer = "";
  let wheel = "";
  let sdist = "";

  beforeAll(() => {
    cacheDir("python");
    const requirements = readFileSync(join(HERE, "requirements.txt"), "utf8");
    const marker = join(VENV, "requirements.sha256");
    const hash = createHash("sha256").update(requirements).digest("hex");
    if (!existsSync(marker) || readFileSync(marker, "utf8") !== hash) {
      rmSync(VENV, { recursive: true, force: true });
      run("python3", ["-m", "venv", VENV]);
      run(bin(VENV, "pip"), ["install", "--quiet", "-r", join(HERE, "requirements.txt")]);
      writeFileSync(marker, hash);
    }
    // Built from a copy, into a folder keyed by the package's content: generated/ never sees build/ or
    // *.egg-info, and a warm run reuses the artefacts.
    const dists = cacheDir("python", "dist");
    const dist = join(dists, contentHash(PACKAGE));
    if (!existsSync(join(dist, "done"))) {
      // Artefacts of an older generated/python are never read again.
      for (const old of readdirSync(dists)) rmSync(join(dists, old), { recursive: true, force: true });
      const copy = mkdtempSync(join(tmpdir(), "vpn-error-codes-python-"));
      try {
        cpSync(PACKAGE, copy, { recursive: true });
        rmSync(dist, { recursive: true, force: true });
        run(bin(VENV, "python"), ["-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", dist, copy]);
        writeFileSync(join(dist, "done"), "");
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
    const artefacts = readdirSync(dist);
    wheel = join(dist, artefacts.find((f) => f.endsWith(".whl"))!);
    sdist = join(dist, artefacts.find((f) => f.endsWith(".tar.gz"))!);
    // A fresh virtualenv outside the tree, as a user's project has; the toolchain's pip installs into it.
    consumer = mkdtempSync(join(tmpdir(), "vpn-error-codes-python-consumer-"));
    run("python3", ["-m", "venv", "--without-pip", consumer]);
    run(bin(VENV, "pip"), ["--python", bin(consumer, "python"), "install", "--quiet", "--no-deps", "--no-index", wheel]);
    console.log(
      `Python: ${versionOf(bin(VENV, "python"))}, ${versionOf(bin(VENV, "mypy"))}, ${versionOf(bin(VENV, "ruff"))}, ${versionOf(bin(VENV, "pytest"))}; built ${artefacts.filter((f) => f !== "done").join(", ")}`,
    );
  }, TOOLCHAIN_TIMEOUT);

  afterAll(() => {
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  it("builds a wheel and an sdist whose metadata comes from package.json, with py.typed and the README", () => {
    const version = model.package.version;
    expect(wheel.endsWith(`${distribution.replace(/-/g, "_")}-${version}-py3-none-any.whl`)).toBe(true);
    const listing = run(bin(VENV, "python"), ["-m", "zipfile", "-l", wheel]).stdout;
    expect(listing).toContain(`${module}/py.typed`);
    expect(listing).toContain(`${module}/retry.py`);
    // The runtime's modules ship beside the data; its own __init__ and tests do not.
    for (const name of readdirSync(join(RUNTIME, module)).filter((f) => /^_[a-z_]+\.py$/.test(f) && f !== "__init__.py")) expect(listing).toContain(`${module}/${name}`);
    expect(listing).not.toContain("synthetic");
    const metadata = run(bin(VENV, "python"), [
      "-c",
      "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.read(next(n for n in z.namelist() if n.endswith('METADATA'))).decode())",
      wheel,
    ]).stdout;
    expect(metadata).toContain(`Version: ${version}`);
    expect(metadata).toContain(`License-Expression: ${model.package.license}`);
    expect(metadata).toContain("License-File: LICENSE");
    expect(metadata).toContain(`Summary: ${model.package.description}`);
    expect(metadata).toContain("# vpn-error-codes for Python");
    const files = run(bin(VENV, "python"), ["-m", "tarfile", "-l", sdist]).stdout;
    for (const name of ["pyproject.toml", "README.md", `${module}/py.typed`]) expect(files).toContain(name);
    // The build ran on a copy: generated/python holds only what the emitters wrote.
    expect(readdirSync(PACKAGE).sort()).toEqual(["LICENSE", "README.md", module, "pyproject.toml"].sort());
  });

  // Ruff's and mypy's caches live under .cache/, never beside the sources.
  const ruff = (cwd: string, ...args: string[]) => run(bin(VENV, "ruff"), args, { cwd, env: { ...TOOL_ENV, RUFF_CACHE_DIR: join(ROOT, ".cache", "python", "ruff") } }).stdout;
  const mypy = (cwd: string, cache: string, ...args: string[]) => run(bin(VENV, "mypy"), ["--cache-dir", join(ROOT, ".cache", "python", cache), ...args], { cwd }).stdout;

  it(
    "spells the decisions' words as the policy and the vectors give them: fail reasons, retry bases, acted-on strategies, reconnect stop reasons, bases and classes",
    () => {
      const script = [
        "import json, typing",
        "from vpn_error_codes import _retry, _words",
        "print(json.dumps({'reasons': typing.get_args(_words.FailReason), 'bases': typing.get_args(_words.Basis),",
        "  'acts': [_retry.REFRESH_STRATEGY, _retry.WAIT_STRATEGY]}))",
      ].join("\n");
      const words = JSON.parse(run(bin(VENV, "python"), ["-c", script], { cwd: RUNTIME }).stdout) as { reasons: string[]; bases: string[]; acts: string[] };
      const policy = runtimePolicy(model);
      expect(words.reasons).toEqual(policy.failReasons);
      expect(words.bases).toEqual(policy.retryBases);
      for (const strategy of words.acts) {
        expect(policy.strategies).toContain(strategy);
        expect(policy.failingStrategies).not.toContain(strategy);
      }
      // And the reconnect decision's: every stop reason and basis the vectors answer, every class the catalog gives a code.
      const reconnect = [
        "import json, typing",
        "from vpn_error_codes import _words",
        "print(json.dumps({'reasons': typing.get_args(_words.StopReason), 'bases': typing.get_args(_words.ReconnectBasis),",
        "  'classes': typing.get_args(_words.ReconnectClass)}))",
      ].join("\n");
      const said = JSON.parse(run(bin(VENV, "python"), ["-c", reconnect], { cwd: RUNTIME }).stdout) as { reasons: string[]; bases: string[]; classes: string[] };
      const answers = reconnectVectorLines().map((l) => l.split(" -> ")[1]!.split(" "));
      for (const [action, ...rest] of answers) {
        if (action === "stop") expect(said.reasons).toContain(rest[0]);
        if (action === "reconnect") expect(said.bases).toContain(rest[1]);
      }
      for (const family of reconnectFacts(model)?.families ?? []) for (const code of family.codes) expect(said.classes).toContain(code.class);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "runs the runtime's unit tests, which use synthetic policies",
    () => {
      const { stdout } = run(bin(VENV, "python"), ["-m", "pytest", "-q"], { cwd: RUNTIME });
      const passed = /(\d+) passed/.exec(stdout);
      expect(stdout, stdout).not.toMatch(/failed|error/);
      expect(Number(passed?.[1])).toBeGreaterThan(0);
      console.log(`Python runtime: ${passed![0]}`);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "lints the runtime: ruff check, ruff format --check and mypy --strict (its pyproject.toml's settings)",
    () => {
      expect(ruff(RUNTIME, "check", ".")).toBe("All checks passed!\n");
      expect(ruff(RUNTIME, "format", "--check", ".")).toMatch(/^\d+ files already formatted\n$/);
      expect(mypy(RUNTIME, "mypy-runtime", ".")).toMatch(/^Success: no issues found in \d+ source files/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "lints the package as a publisher would, with its pyproject.toml: ruff check, ruff format --check, mypy --strict",
    () => {
      expect(ruff(PACKAGE, "check", module)).toBe("All checks passed!\n");
      expect(ruff(PACKAGE, "format", "--check", module)).toMatch(/^\d+ files already formatted\n$/);
      expect(mypy(PACKAGE, "mypy", module)).toMatch(/^Success: no issues found in \d+ source files/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "type-checks the harness against the package with mypy --strict",
    () => {
      expect(mypy(ROOT, "mypy", "--strict", join(PACKAGE, module), join(HERE, "harness.py"))).toMatch(/^Success: no issues found in \d+ source files/);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "decodes every vector, decides every decision and reconnect vector as the TypeScript reference does, on the installed wheel",
    () => {
      expectHarnessLines(run(bin(consumer, "python"), [join(HERE, "harness.py"), ROOT], { cwd: HERE }).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "behaves the same under python -O, which strips asserts",
    () => {
      expectHarnessLines(run(bin(consumer, "python"), ["-O", join(HERE, "harness.py"), ROOT], { cwd: HERE }).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "runs every example of the README against the installed package, each printing what the catalog says",
    () => {
      const blocks = readmeBlocks(join(PACKAGE, "README.md"), "python");
      const outputs = blocks.map((block, i) => {
        const script = join(consumer, `readme_example_${i}.py`);
        writeFileSync(script, block);
        return run(bin(consumer, "python"), ["-W", "error", script], { cwd: consumer }).stdout.split("\n");
      });
      const { family: events, code: event } = model.examples.sdkEvent;
      expect(outputs[0]).toEqual([
        `${pyIdent(events, event)} ${event.name}`,
        event.description,
        `${event.retry.strategy} ${event.retry.basis} ${event.retryable ? "True" : "False"}`,
        event.action ? event.action.text : "no action",
        "None",
        "",
      ]);
      expect(rateLimitedCode(model)?.retry.strategy).toBe(model.statusStrategy.get(429));
      expect(outputs[1]).toEqual([`retry in ${README_WAIT_SECONDS} s, set by retry-after`, ""]);
      const { family: reconnectFamily, value } = reconnectExample(model);
      const advice = adviseReconnect(reconnectFamily, value, {}, { random: () => 0 });
      const said = outputs[2]!.join("\n");
      if (advice.action === "reconnect" && advice.basis === "immediate") expect(said).toBe("reconnect in 0 s (immediate)\n");
      else if (advice.action === "reconnect") expect(said).toMatch(/^reconnect in [\d.]+ s \(backoff\)\n$/);
      else if (advice.action === "wait-for-network") expect(said).toBe("reconnect once the network is back\n");
      else expect(said).toBe(`stop and tell the user: ${advice.reason} (${advice.detail})\n`);
      expect(outputs[3]).toEqual(["access 2026-02-08T11:30:00+00:00", ""]);
      expect(outputs).toHaveLength(4);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "works as pydantic (v2) fields: the envelope and each code's details validate through the package's own checks, on the wheel",
    () => {
      const vectors = [...validEnvelopeFiles(ROOT).map((file) => ({ file, valid: true })), ...invalidEnvelopeFiles(ROOT).map((file) => ({ file, valid: false }))];
      const script = join(HERE, "pydantic_fields.py");
      // The wheel itself on sys.path (a pure-Python wheel imports as a zip), beside the toolchain's pydantic.
      const env = { ...TOOL_ENV, PYTHONPATH: wheel };
      expect(mypy(ROOT, "mypy", "--strict", join(PACKAGE, module), script)).toMatch(/^Success: no issues found in \d+ source files/);
      const lines = run(bin(VENV, "python"), ["-W", "error", script, ROOT, JSON.stringify(vectors)], { cwd: HERE, env })
        .stdout.split("\n")
        .filter((l) => l !== "");
      const detailsCodes = model.restFamily.codes.filter((c) => c.details);
      const expected = vectors.map(({ file, valid }) => {
        const text = readFileSync(join(envelopesDir(ROOT), valid ? "" : "invalid", file), "utf8");
        let document: unknown;
        try {
          document = JSON.parse(text);
        } catch {
          return `invalid ${file} not-json`;
        }
        if (!valid) return `invalid ${file} refused`;
        const error = (document as { error?: { code?: string; details?: unknown } }).error;
        const typed = error?.details !== undefined && detailsCodes.some((c) => c.value === error.code);
        return new RegExp(
          `^valid ${file.replace(/[.]/g, "\\.")} accepted${typed ? " with \\w+Details" : ""}${file.startsWith("valid-json-") ? "( \\(pydantic's JSON parser refuses the text\\))?" : ""}$`,
        );
      });
      expect(lines.slice(0, vectors.length)).toEqual(expected.map((e) => (typeof e === "string" ? e : expect.stringMatching(e))));
      expect(lines.slice(vectors.length)).toEqual(detailsCodes.map((c) => expect.stringMatching(new RegExp(`^details ${String(c.value)} \\w+Details refuses \\{\\} \\[\\] "x" null$`))));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "looks up every key of every code as TypeScript's describe() and retryAdvice() do, line for line, on the installed wheel",
    () => {
      const { stdout } = run(bin(consumer, "python"), [join(HERE, "lookups.py"), ROOT, JSON.stringify(UNKNOWN_KEYS)], { cwd: consumer });
      expect(stdout.split("\n").filter((l) => l !== "")).toEqual(lookupLines(ROOT));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "loads no decoder or decision machinery for a lookup, and still answers the 0.x name Retry with a warning",
    () => {
      const heavy = ["json", "dataclasses", "typing", "re", "datetime", "inspect"];
      const loaded = (code: string) =>
        JSON.parse(
          run(bin(consumer, "python"), ["-c", `${code}\nimport sys, json as j; print(j.dumps([m for m in ${JSON.stringify(heavy)} if m in sys.modules]))`], { cwd: consumer }).stdout,
        ) as string[];
      const bare = new Set(loaded("pass"));
      const { family, code } = model.examples.sdkEvent;
      const lookup = loaded(`import ${module}\nassert ${module}.${family.name}.get(${JSON.stringify(code.value)}).description`);
      // json is loaded by the probe itself, after the lookup; the sys.modules check runs before it.
      expect(lookup.filter((m) => !bare.has(m) && m !== "json")).toEqual([]);
      // Nor the reconnect decision, which loads on first use of advise_reconnect.
      const reconnect = run(
        bin(consumer, "python"),
        ["-c", `import sys, ${module}\n${module}.${family.name}.get(${JSON.stringify(code.value)})\nprint(sorted(m for m in sys.modules if "reconnect" in m))`],
        { cwd: consumer },
      );
      expect(reconnect.stdout).toBe("[]\n");
      const warned = run(bin(consumer, "python"), ["-W", "always", "-c", `from ${module} import Retry, RetryLater\nassert Retry is RetryLater`], { cwd: consumer });
      expect(warned.stderr).toContain("DeprecationWarning");
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "loads no json, re, typing, dataclasses, datetime or decoder for a decision: the README's token refresh, and a backoff, which alone draws on random",
    () => {
      // json and re too: CPython's C scanner reads the body without json's import (and its re).
      const heavy = ["json", "re", "dataclasses", "typing", "inspect", "datetime", "random", `${module}.api_response`, `${module}._details`, `${module}._rate_limit`];
      // The probe prints without json.
      const loaded = (code: string) =>
        run(bin(consumer, "python"), ["-c", `import sys\n${code}\nprint(" ".join(m for m in ${JSON.stringify(heavy)} if m in sys.modules))`], { cwd: consumer })
          .stdout.split(/\s+/)
          .filter((m) => m !== "");
      const bare = new Set(loaded("pass"));
      const { status, body } = retryExample(model);
      const refresh = loaded(`from ${module} import RefreshToken, advise_retry\nassert advise_retry(${status}, {}, ${JSON.stringify(body)}, attempt=1) == RefreshToken()`);
      expect(refresh.filter((m) => !bare.has(m))).toEqual([]);
      const backoffStatus = [...model.statusStrategy].find(([, strategy]) => strategy === "backoff")?.[0];
      expect(backoffStatus).toBeDefined();
      const backoff = loaded(`from ${module} import RetryLater, advise_retry\nassert isinstance(advise_retry(${backoffStatus}, {}, None, attempt=1), RetryLater)`);
      expect(backoff.filter((m) => !bare.has(m))).toEqual(["random"]);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "compiles and answers catalog text that would end a docstring or a string early",
    async () => {
      const hostile = ['ends with """ and "quotes"', "a backslash \\ at the end \\", 'a lone "', "\u202e bidi and a NUL \u0000 and \u2028"];
      const texts = hostileModel(languageModel(), hostile);
      const dir = mkdtempSync(join(tmpdir(), "vpn-error-codes-python-hostile-"));
      try {
        const files = await emitPython(texts.model);
        for (const [path, content] of Object.entries(files)) {
          const target = join(dir, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
        const probe = [
          "import json, sys",
          `import ${module}`,
          `family = getattr(${module}, ${JSON.stringify(texts.family)})`,
          `member = family.get(${JSON.stringify(texts.value)})`,
          "print(json.dumps([member.description, member.retry_advice.note, member.__doc__.split(chr(10))[0]]))",
        ].join("\n");
        run(bin(VENV, "python"), ["-m", "compileall", "-q", join(dir, "python", module)]);
        const out = JSON.parse(run(bin(VENV, "python"), ["-c", probe], { cwd: join(dir, "python") }).stdout) as string[];
        expect(out).toEqual([texts.description, texts.note, texts.description]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TOOLCHAIN_TIMEOUT,
  );
});

/** The model with one SDK code's description and note, and a details field's description, replaced by hostile text; the catalog on disk is untouched. */
function hostileModel(model: Model, texts: readonly string[]): { model: Model; family: string; value: string | number; description: string; note: string } {
  const copy = structuredClone(model) as Model;
  const family = copy.families.find((f) => f.name === model.examples.sdkEvent.family.name)!;
  const code = family.codes.find((c) => c.value === model.examples.sdkEvent.code.value)!;
  const description = texts.join(" ");
  const note = [...texts].reverse().join(" ");
  code.description = description;
  code.derived.doc.meaning = description;
  code.retry = { ...code.retry, note };
  code.derived.doc.retryNote = note;
  // And a details field's description, which quicktype writes as an attribute docstring.
  const detailed = copy.restFamily.codes.find((c) => c.details)!;
  const fields = detailed.details!.schema.properties as Record<string, { description?: string }>;
  Object.values(fields)[0]!.description = description;
  return { model: copy, family: family.name, value: code.value, description, note };
}
