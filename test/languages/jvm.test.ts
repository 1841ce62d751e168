// Java and Kotlin: runtime/java and runtime/kotlin with their unit tests and linters, and generated/java and
// generated/kotlin as packages. One Maven reactor builds all four from copies under .cache/jvm/ (javac
// -Xlint:all and javadoc's doclint with warnings as errors, kotlinc -Werror with explicit API), installs the
// jars into the test's local repository, and builds the consumer projects that depend on them: the vector
// harnesses and each README's example. Each harness must print the TypeScript reference's lines, and the
// Java harness must print them again with the Kotlin jar on its classpath, which holds the Java jar too.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reconnectFacts } from "../../scripts/catalog/reconnect-classes.js";
import { runtimePolicy } from "../../scripts/catalog/runtime-policy.js";
import { build } from "../../scripts/build.js";
import { kotlinVersion } from "../../scripts/emit/languages/kotlin/profile.js";
import { detailsExample } from "../../scripts/emit/languages/shared/jvm.js";
import { type FieldCheck, detailsChecks } from "../../scripts/catalog/details-checks.js";
import { STRATEGY_TEXT } from "../../scripts/catalog/model.js";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, expectSameLines, expectedLines, languageModel, run, toolchain, versionOf } from "./support/toolchains.js";
import { lookupKeys, lookupLines } from "./typescript/lookups.js";

/** Every key the TypeScript lookup reference looks up, for the consumers to look up too. */
const KEYS_FILE = join(CACHE, "jvm", "lookup-keys.json");

const POM = join(ROOT, "test", "languages", "jvm", "pom.xml");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  languagePackages: Record<"java" | "kotlin", { groupId: string; artifactId: string; package: string }>;
};

type Language = "java" | "kotlin";

/**
 * A harness's output: the reference's lines, then one line per case of test/vectors/reconnect.json with the
 * file's expected answer (runtime/SPEC.md §12), which scripts/vectors/reconnect.ts keeps equal to TypeScript's.
 */
function expectHarnessLines(stdout: string): void {
  // Once the shared reference prints the reconnect lines itself, it alone is the expectation.
  if (expectedLines().some((l) => l.startsWith("reconnect "))) {
    expectSameLines(stdout);
    return;
  }
  const lines = stdout.split("\n").filter((l) => l !== "");
  const { cases } = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "reconnect.json"), "utf8")) as { cases: Array<{ id: string; expected: string }> };
  expect(cases.length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.startsWith("reconnect "))).toEqual(cases.map((c) => `reconnect ${c.id} -> ${c.expected}`));
  expectSameLines(lines.filter((l) => !l.startsWith("reconnect ")).join("\n"));
}

/** A jar `mvn package` built in the package's copy: the classes, or the sources or javadoc beside them. */
const builtJar = (language: Language, classifier = "") => {
  const { artifactId } = pkg.languagePackages[language];
  return join(CACHE, "jvm", "packages", language, "target", `${artifactId}-${pkg.version}${classifier ? `-${classifier}` : ""}.jar`);
};

/** The same jar as `mvn install` put it into the test's local repository. */
const installedJar = (language: Language) => {
  const { groupId, artifactId } = pkg.languagePackages[language];
  return join(CACHE, "m2", ...groupId.split("."), artifactId, pkg.version, `${artifactId}-${pkg.version}.jar`);
};

/** The consumer's dependencies, as `dependency:build-classpath` listed them, in Maven's order. */
function dependencies(language: Language): string[] {
  const listed = readFileSync(join(CACHE, "jvm", "consumers", language, "classpath.txt"), "utf8")
    .trim()
    .split(":");
  // Inside one reactor Maven resolves a package to the jar it just built; run on the installed copy instead.
  return listed.map((entry) => (entry === builtJar("java") ? installedJar("java") : entry === builtJar("kotlin") ? installedJar("kotlin") : entry));
}

/** The consumer's classes and its dependencies, as another project would get them. */
const classpath = (language: Language) => [join(CACHE, "jvm", "consumers", language, "classes"), ...dependencies(language)].join(":");

/** The entries of a jar. */
const jarEntries = (jar: string) =>
  run("jar", ["tf", jar])
    .stdout.split("\n")
    .filter((l) => l !== "");

/** The folders the reactor builds from, copied under .cache/jvm/ (build output and the harness's own, in place). */
const COPIES: ReadonlyArray<[from: string, to: string]> = [
  [join(ROOT, "runtime", "java"), join(CACHE, "jvm", "runtime", "java")],
  [join(ROOT, "runtime", "kotlin"), join(CACHE, "jvm", "runtime", "kotlin")],
  [join(ROOT, "generated", "java"), join(CACHE, "jvm", "packages", "java")],
  [join(ROOT, "generated", "kotlin"), join(CACHE, "jvm", "packages", "kotlin")],
];

/**
 * Kotlin's incremental compilation trusts the classes and caches in target/: after the sources change (a
 * declaration moved to another file, say) a stale cache can name it twice ("Conflicting overloads"), and
 * its caches record absolute paths. So the copies' and consumers' build folders are kept only while the
 * sources they were built from, and the checkout's location, are the same; any change (or a build that
 * failed) builds afresh. Returns what records a successful build.
 */
function forgetStaleBuilds(): () => void {
  const hash = createHash("sha256").update(ROOT);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "target") walk(path);
      } else hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
    }
  };
  for (const [from] of COPIES) walk(from);
  walk(join(ROOT, "test", "languages", "jvm"));
  const key = hash.digest("hex");
  const marker = join(CACHE, "jvm", "sources.sha256");
  const built = () => writeFileSync(marker, key);
  if (existsSync(marker) && readFileSync(marker, "utf8") === key) return built;
  for (const dir of ["runtime", "packages", "consumers"]) rmSync(join(CACHE, "jvm", dir), { recursive: true, force: true });
  rmSync(marker, { force: true });
  mkdirSync(join(CACHE, "jvm"), { recursive: true });
  return built;
}

/** A folder copied with its files' times, keeping the copy's target/ so that a warm run compiles only what changed. */
function copyProject(from: string, to: string): void {
  if (existsSync(to)) for (const entry of readdirSync(to)) if (entry !== "target") rmSync(join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true, preserveTimestamps: true, filter: (source) => source === from || !source.slice(from.length).split(/[\\/]/).includes("target") });
}

/** The README's code blocks of `language`, one after the other: their import lines (each once), and the rest. */
export function readmeExample(readme: string, language: string): { imports: string[]; body: string[] } {
  const blocks = [...readme.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))];
  if (blocks.length === 0) throw new Error(`no ${language} block in the README`);
  const lines = blocks.flatMap((block) => block[1]!.trimEnd().split("\n"));
  return { imports: [...new Set(lines.filter((l) => l.startsWith("import ")))], body: lines.filter((l) => !l.startsWith("import ")) };
}

/** Each README's example inside a function that declares what its comments say comes from the caller. */
function writeReadmeExamples(): void {
  const java = readmeExample(readFileSync(join(ROOT, "generated", "java", "README.md"), "utf8"), "java");
  const kotlin = readmeExample(readFileSync(join(ROOT, "generated", "kotlin", "README.md"), "utf8"), "kotlin");
  const javaDir = join(CACHE, "jvm", "readme", "java");
  const kotlinDir = join(CACHE, "jvm", "readme", "kotlin");
  mkdirSync(javaDir, { recursive: true });
  mkdirSync(kotlinDir, { recursive: true });
  writeFileSync(
    join(javaDir, "ReadmeExample.java"),
    [
      "import java.net.http.HttpResponse;",
      ...java.imports,
      "",
      "final class ReadmeExample {",
      "    private ReadmeExample() {}",
      "",
      "    static void example(HttpResponse<String> response, int attempt, boolean tokenRefreshed) throws InterruptedException {",
      ...java.body.map((l) => (l ? `        ${l}` : "")),
      "    }",
      "}",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(kotlinDir, "ReadmeExample.kt"),
    [
      ...kotlin.imports,
      "",
      "fun readmeExample(status: Int, headers: Map<String, List<String>>, body: String?, attempt: Int, tokenRefreshed: Boolean) {",
      ...kotlin.body.map((l) => (l ? `    ${l}` : "")),
      "}",
      "",
    ].join("\n"),
  );
}

/** The tests one runtime's surefire reports count, and how many of them failed or broke. */
function surefireCounts(language: Language): { tests: number; failed: number } {
  const dir = join(CACHE, "jvm", "runtime", language, "target", "surefire-reports");
  let tests = 0;
  let failed = 0;
  for (const name of readdirSync(dir).filter((n) => /^TEST-.*\.xml$/.test(n))) {
    const suite = /<testsuite\b[^>]*>/.exec(readFileSync(join(dir, name), "utf8"))![0];
    const count = (attribute: string) => Number(new RegExp(`\\b${attribute}="(\\d+)"`).exec(suite)![1]);
    tests += count("tests");
    failed += count("failures") + count("errors");
  }
  return { tests, failed };
}

/** The `NAME("word")` constants of one enum in a Java source. */
function enumWords(source: string, name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([\\s\\S]*?);`).exec(source)?.[1] ?? "";
  return [...body.matchAll(/[A-Z_]+\("([a-z-]+)"\)/g)].map((m) => m[1]!);
}

describe("the Java runtime's words", () => {
  const policy = runtimePolicy(languageModel());
  const runtime = (file: string) => readFileSync(join(ROOT, "runtime", "java", "src", "main", "java", ...pkg.languagePackages.java.package.split("."), file), "utf8");

  it("are the fail reasons and retry bases that the decision vectors print", () => {
    expect(enumWords(runtime("RetryDecision.java"), "FailReason")).toEqual([...policy.failReasons]);
    expect(enumWords(runtime("RetryDecision.java"), "Basis")).toEqual([...policy.retryBases]);
  });

  it("are the reconnect answers the reconnect vectors print, and the classes reconnectFacts gives", () => {
    const { cases } = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "reconnect.json"), "utf8")) as { cases: Array<{ expected: string }> };
    const printed = (pattern: RegExp) => [...new Set(cases.map((c) => pattern.exec(c.expected)?.[1]).filter((w): w is string => w !== undefined))];
    const reasons = printed(/^stop (\S+)$/);
    const bases = printed(/^reconnect \d+ (\S+)$/);
    expect(reasons.length).toBeGreaterThan(0);
    expect(bases.length).toBeGreaterThan(0);
    expect(enumWords(runtime("ReconnectDecision.java"), "StopReason")).toEqual(expect.arrayContaining(reasons));
    expect(enumWords(runtime("ReconnectDecision.java"), "Basis")).toEqual(expect.arrayContaining(bases));
    const classes = new Set(reconnectFacts(languageModel())?.families.flatMap((f) => f.codes.map((c) => c.class)));
    expect(enumWords(runtime("ReconnectPolicy.java"), "CodeClass")).toEqual(expect.arrayContaining([...classes]));
  });

  it("name only strategies the catalog has", () => {
    const named = [...runtime("Retries.java").matchAll(/static final String \w+ = "([a-z-]+)";/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const word of named) expect(policy.strategies).toContain(word);
  });
});

describe("the Java and Kotlin packages' dependencies", () => {
  /** groupId:artifactId of each dependency a generated POM declares, in order. */
  const declared = (language: Language) =>
    [...readFileSync(join(ROOT, "generated", language, "pom.xml"), "utf8").matchAll(/<dependency>\s*<groupId>([^<]+)<\/groupId>\s*<artifactId>([^<]+)<\/artifactId>/g)].map((m) => `${m[1]}:${m[2]}`);

  it("bring no object mapper: Java needs Jackson's annotations alone, Kotlin the Java package and its standard library", () => {
    expect(declared("java")).toEqual(["com.fasterxml.jackson.core:jackson-annotations"]);
    const { java } = pkg.languagePackages;
    expect(declared("kotlin")).toEqual([`${java.groupId}:${java.artifactId}`, "org.jetbrains.kotlin:kotlin-stdlib"]);
    // The runtime compiles against the JDK alone: no import of a mapper anywhere in it.
    const sources = readdirSync(join(ROOT, "runtime", "java", "src", "main", "java", ...pkg.languagePackages.java.package.split(".")));
    for (const name of sources)
      expect(readFileSync(join(ROOT, "runtime", "java", "src", "main", "java", ...pkg.languagePackages.java.package.split("."), name), "utf8"), name).not.toMatch(/import com\.fasterxml/);
  });
});

describe.skipIf(!toolchain("Java and Kotlin", ["mvn", "java", "jar"]))("Java and Kotlin", () => {
  let output = "";

  beforeAll(() => {
    console.log(`JVM: ${versionOf("java", ["-version"])}, ${versionOf("mvn", ["-v"])}, Kotlin ${kotlinVersion()}`);
    const built = forgetStaleBuilds();
    for (const [from, to] of COPIES) copyProject(from, to);
    writeReadmeExamples();
    writeFileSync(KEYS_FILE, JSON.stringify(lookupKeys(ROOT)));
    const { java, kotlin } = pkg.languagePackages;
    const result = run("mvn", [
      "-B",
      "--no-transfer-progress",
      "-f",
      POM,
      `-Dmaven.repo.local=${join(CACHE, "m2")}`,
      // A publisher's build with every warning an error: javac's -Xlint:all and javadoc's doclint.
      "-Dmaven.compiler.failOnWarning=true",
      "-Dmaven.javadoc.failOnWarnings=true",
      `-Dkotlin.version=${kotlinVersion()}`,
      // Kotlin's incremental compilation (its caches sit in each target/ under .cache/): a warm run with no
      // change compiles nothing, where kotlinc alone would rebuild every Kotlin module every time.
      "-Dkotlin.compiler.incremental=true",
      `-Dvpn.version=${pkg.version}`,
      `-Dvpn.java.groupId=${java.groupId}`,
      `-Dvpn.java.artifactId=${java.artifactId}`,
      `-Dvpn.kotlin.groupId=${kotlin.groupId}`,
      `-Dvpn.kotlin.artifactId=${kotlin.artifactId}`,
      "install",
      "dependency:build-classpath",
    ]);
    output = `${result.stdout}${result.stderr}`;
    built();
  }, TOOLCHAIN_TIMEOUT);

  it("builds with no warning from Maven, javac, javadoc or kotlinc", () => {
    // The Kotlin plugin's note on the incremental compilation this test turns on is no finding.
    const warnings = output.split("\n").filter((line) => /\bWARN(ING)?\b/.test(line) && !line.includes("Using experimental Kotlin incremental compilation"));
    expect(warnings).toEqual([]);
  });

  it.each(["java", "kotlin"] as const)("passes runtime/%s's own unit tests", (language) => {
    const { tests, failed } = surefireCounts(language);
    console.log(`runtime/${language}: ${tests} unit tests, ${failed} failed`);
    expect(tests).toBeGreaterThan(0);
    expect(failed).toBe(0);
  });

  it("runs javadoc's doclint on runtime/java and documents generated/java in a javadoc jar", () => {
    expect(existsSync(join(CACHE, "jvm", "runtime", "java", "target", "reports", "apidocs", "index.html"))).toBe(true);
    expect(jarEntries(builtJar("java", "javadoc"))).toContain("index.html");
  });

  it("builds each package's jar with mvn, installed where the consumers found it, with a sources jar of sources alone", () => {
    for (const language of ["java", "kotlin"] as const) {
      expect(readFileSync(installedJar(language)).equals(readFileSync(builtJar(language)))).toBe(true);
      expect(classpath(language).split(":")).toContain(installedJar(language));
      expect(classpath(language)).not.toContain(builtJar(language));
      // The package's classes come from the jar alone, not from a copy in the consumer's output.
      const packageDir = pkg.languagePackages[language].package.split(".")[0]!;
      expect(existsSync(join(CACHE, "jvm", "consumers", language, "classes", packageDir))).toBe(false);
      const sources = jarEntries(builtJar(language, "sources")).filter((e) => !e.endsWith("/") && !e.startsWith("META-INF/"));
      const extension = language === "java" ? ".java" : ".kt";
      expect(sources.length).toBeGreaterThan(0);
      for (const entry of sources) expect(entry.startsWith(`${pkg.languagePackages[language].package.replace(/\./g, "/")}/`) && entry.endsWith(extension), entry).toBe(true);
    }
    // Nothing of the build lands in generated/, which the build's --check compares.
    expect(existsSync(join(ROOT, "generated", "java", "target"))).toBe(false);
    expect(existsSync(join(ROOT, "generated", "kotlin", "target"))).toBe(false);
  });

  it("puts the Kotlin package on top of the Java jar, with no class in both, and no kotlin-reflect on the classpath", () => {
    expect(dependencies("kotlin")).toContain(installedJar("java"));
    expect(dependencies("kotlin").filter((jar) => /kotlin-reflect/.test(jar))).toEqual([]);
    const classes = (language: Language) => jarEntries(installedJar(language)).filter((e) => e.endsWith(".class"));
    const java = classes("java");
    const kotlin = classes("kotlin");
    expect(java.filter((c) => kotlin.includes(c))).toEqual([]);
    const kotlinDir = `${pkg.languagePackages.kotlin.package.replace(/\./g, "/")}/`;
    expect(kotlin.length).toBeGreaterThan(0);
    for (const c of kotlin) expect(c.startsWith(kotlinDir), c).toBe(true);
    for (const c of java) expect(c.startsWith(kotlinDir), c).toBe(false);
  });

  it(
    "Java decodes every vector and decides every case as the TypeScript reference does",
    () => {
      expectHarnessLines(run("java", ["-cp", classpath("java"), "Harness", ROOT]).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "Kotlin decodes every vector and decides every case as the TypeScript reference does",
    () => {
      expectHarnessLines(run("java", ["-cp", classpath("kotlin"), "HarnessKt", ROOT]).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it.each([
    ["Java", "java", "Lookups"],
    ["Kotlin", "kotlin", "LookupsKt"],
  ] as const)(
    "%s looks up every key of every code as TypeScript's describe and retryAdvice do",
    (_, language, main) => {
      const lines = run("java", ["-cp", classpath(language), main, KEYS_FILE])
        .stdout.trimEnd()
        .split("\n");
      const expected = lookupLines(ROOT);
      expect(lines.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(lines[i], `line ${i + 1}`).toBe(expected[i]);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it.each([
    ["Java", "java", "RunReadme"],
    ["Kotlin", "kotlin", "RunReadmeKt"],
  ] as const)(
    "%s runs its README's example on a 401 with the refresh code and its details",
    (_, language, main) => {
      const model = languageModel();
      const { code } = model.examples.tokenRefresh;
      const wire = String(code.value);
      const example = detailsExample(model, wire);
      // Details the decoder accepts: a value of each required field's type, a date-time where one is asked for.
      const check = detailsChecks(model).find((c) => c.code === example?.code);
      const sample = (f: FieldCheck): unknown =>
        f.format === "date-time"
          ? "2026-02-08T11:30:00Z"
          : f.format === "uri"
            ? "https://example.test/"
            : f.type === "integer" || f.type === "number"
              ? 3
              : f.type === "boolean"
                ? true
                : f.type === "array"
                  ? []
                  : f.type === "object"
                    ? {}
                    : "access";
      const details = Object.fromEntries((check?.fields ?? []).map((f) => [f.name, sample(f)]));
      const body = JSON.stringify({ success: false, error: { code: example?.code ?? wire, message: "m", ...(check ? { details } : {}) } });
      const lines = run("java", ["-cp", classpath(language), main, "401", body]).stdout.split("\n");
      if (example?.code === wire) expect(lines).toContain(STRATEGY_TEXT[code.retry.strategy]);
      if (example && check) {
        const field = check.fields.find((f) => f.name === example.property)!;
        // java.time's OffsetDateTime prints 11:30 for 11:30:00.
        expect(lines).toContain(field.format === "date-time" ? "2026-02-08T11:30Z" : String(details[example.property]));
      }
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "Java gives the same lines with both jars on its classpath, the Kotlin jar first",
    () => {
      const both = [join(CACHE, "jvm", "consumers", "java", "classes"), ...dependencies("kotlin")];
      expect(both.indexOf(installedJar("kotlin"))).toBeLessThan(both.indexOf(installedJar("java")));
      expectHarnessLines(run("java", ["-cp", both.join(":"), "Harness", ROOT]).stdout);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "compiles Java and Kotlin built from a catalog whose prose holds comment terminators, openers and unicode escapes",
    async () => {
      // Issue 23 item 2: KDoc comments nest (/* opens one), javac decodes \u002a (a *) even inside comments
      // and strings, and */ ends a Javadoc block; the emitters escape every text they embed.
      const hostile = "Hostile */ /* \\u002a/ \\u0022 @param x {@code y} <b>&amp; end.";
      const root = mkdtempSync(join(tmpdir(), "vec-jvm-hostile-"));
      try {
        cpSync(join(ROOT, "catalog"), join(root, "catalog"), { recursive: true });
        const rest = join(root, "catalog", "rest-error-code.yaml");
        let yaml = readFileSync(rest, "utf8");
        const quoted = JSON.stringify(hostile);
        const edits: Array<[RegExp, string]> = [
          [/(\n {4}description: ).*\n/, `$1${quoted}\n`], // the first code's description
          [/(\n {8}description: ).*\n/, `$1${quoted}\n`], // the first details schema's description
          [/(expiredAt: \{ type: string, format: date-time, description: )[^}]*\}/, `$1${quoted} }`], // a details property's
          [/(\n {6}note: ).*\n/, `$1${quoted}\n`], // the first retry note
        ];
        for (const [pattern, replacement] of edits) {
          expect(pattern.test(yaml), String(pattern)).toBe(true);
          yaml = yaml.replace(pattern, replacement);
        }
        writeFileSync(rest, yaml);
        const outDir = join(root, "generated");
        const errors: string[] = [];
        expect(await build({ catalogDir: join(root, "catalog"), outDir, check: false, log: () => {}, error: (l) => errors.push(l) })).toBe(0);
        expect(errors).toEqual([]);
        const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
        const javaSources = walk(join(outDir, "java", "src")).filter((f) => f.endsWith(".java"));
        // The text reached the sources (escaped), so that the compile below is a test of the escaping.
        for (const place of ["RestErrorCode.java", "TokenExpiredDetails.java"]) {
          expect(readFileSync(javaSources.find((f) => f.endsWith(`/${place}`))!, "utf8"), place).toContain("Hostile");
        }
        const { groupId, artifactId } = { groupId: "com.fasterxml.jackson.core", artifactId: "jackson-annotations" };
        const version = /<jackson\.version>([^<]+)</.exec(readFileSync(join(ROOT, "runtime", "java", "pom.xml"), "utf8"))![1]!;
        const annotations = join(CACHE, "m2", ...groupId.split("."), artifactId, version, `${artifactId}-${version}.jar`);
        const classes = join(root, "classes");
        run("javac", ["-Xlint:all", "-Werror", "--release", "11", "-cp", annotations, "-d", classes, ...javaSources]);
        run("javadoc", ["-Xdoclint:all,-missing", "-quiet", "-cp", annotations, "-d", join(root, "apidocs"), ...javaSources]);
        // The Kotlin package embeds no catalog text: its sources are runtime/kotlin's, the same bytes as the
        // ones the reactor compiled above, so the hostile catalog cannot break them.
        const kotlinDir = join(outDir, "kotlin", "src");
        for (const path of walk(kotlinDir)) {
          const text = readFileSync(path, "utf8");
          expect(text).not.toContain("Hostile");
          expect(text).toBe(readFileSync(join(ROOT, "generated", "kotlin", "src", relative(kotlinDir, path)), "utf8"));
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    TOOLCHAIN_TIMEOUT,
  );
});
