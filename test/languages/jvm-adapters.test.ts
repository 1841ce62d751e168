// The Jackson and Gson adapters (generated/java-jackson, generated/java-gson): runtime/java-jackson and
// runtime/java-gson with their unit tests and linters, the generated packages built with warnings as errors,
// and one consumer with the Java, Kotlin, Jackson and Gson jars on one classpath. The consumer's checks run
// from Java (Jackson, Gson) and from Kotlin (jacksonObjectMapper with the module): every code enum member
// round-trips by wire value, an unknown code is kept as an OpenCode and refused as the enum, every envelope
// vector reads as the Java decoder reads it, and the details of each vector read as their class exactly
// when the envelope's JSON Schema accepts them, equal to the decoder's, or are refused with the mapper's own
// exception. Both READMEs' examples compile and run.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { detailsChecks } from "../../scripts/catalog/details-checks.js";
import { isIntegerFamily } from "../../scripts/emit/languages/shared/common.js";
import { detailsClass, detailsExample } from "../../scripts/emit/languages/shared/jvm.js";
import { kotlinVersion } from "../../scripts/emit/languages/kotlin/profile.js";
import { envelopesDir, invalidEnvelopeFiles, validEnvelopeFiles } from "../support/envelope-vectors.js";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, languageModel, run, toolchain, versionOf } from "./support/toolchains.js";

type Coordinates = { groupId: string; artifactId: string; package: string };
type Key = "java" | "kotlin" | "java-jackson" | "java-gson";
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; languagePackages: Record<Key, Coordinates> };
const ADAPTERS = ["java-jackson", "java-gson"] as const;

const HERE = join(CACHE, "jvm-adapters");
const POM = join(ROOT, "test", "languages", "jvm-adapters", "pom.xml");
const CASES = join(HERE, "cases.json");

/** The folders the reactor builds from, copied under .cache/jvm-adapters/ (their target/ kept in the copy). */
const COPIES: ReadonlyArray<[from: string, to: string]> = [
  ...(["java", "java-jackson", "java-gson"] as const).map((r): [string, string] => [join(ROOT, "runtime", r), join(HERE, "runtime", r)]),
  ...(["java", "kotlin", ...ADAPTERS] as const).map((p): [string, string] => [join(ROOT, "generated", p), join(HERE, "packages", p)]),
];

function copyProject(from: string, to: string): void {
  if (existsSync(to)) for (const entry of readdirSync(to)) if (entry !== "target") rmSync(join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true, preserveTimestamps: true, filter: (source) => source === from || !source.slice(from.length).split(/[\\/]/).includes("target") });
}

/** A package's jar as `mvn package` built it in its copy. */
const builtJar = (key: Key, classifier = "") => {
  const { artifactId } = pkg.languagePackages[key];
  return join(HERE, "packages", key, "target", `${artifactId}-${pkg.version}${classifier ? `-${classifier}` : ""}.jar`);
};

const jarEntries = (jar: string) =>
  run("jar", ["tf", jar])
    .stdout.split("\n")
    .filter((l) => l !== "");

/** groupId:artifactId of each dependency a POM declares outside the test scope. */
function runtimeDependencies(pomPath: string): string[] {
  const pom = readFileSync(pomPath, "utf8");
  return [...pom.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)]
    .map((m) => m[1]!)
    .filter((d) => !/<scope>(test|provided)<\/scope>/.test(d))
    .map((d) => `${/<groupId>([^<]+)</.exec(d)![1]}:${/<artifactId>([^<]+)</.exec(d)![1]}`);
}

/** The README's code blocks of `language`: each block's import lines and the rest. */
function readmeBlocks(readme: string, language: string): Array<{ imports: string[]; body: string[] }> {
  const blocks = [...readme.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((b) => b[1]!.trimEnd().split("\n"));
  if (blocks.length === 0) throw new Error(`no ${language} block in the README`);
  return blocks.map((lines) => ({ imports: lines.filter((l) => l.startsWith("import ")), body: lines.filter((l) => !l.startsWith("import ")) }));
}

/**
 * The READMEs' examples as the consumer compiles them: a block that declares a public class is a file of its
 * own; the other blocks run in order inside a method given the client's `response`.
 */
function writeReadmeExamples(): void {
  const javaDir = join(HERE, "readme", "java");
  const kotlinDir = join(HERE, "readme", "kotlin");
  rmSync(join(HERE, "readme"), { recursive: true, force: true });
  mkdirSync(javaDir, { recursive: true });
  mkdirSync(kotlinDir, { recursive: true });
  for (const [key, className] of [
    ["java-jackson", "JacksonReadme"],
    ["java-gson", "GsonReadme"],
  ] as const) {
    const readme = readFileSync(join(ROOT, "generated", key, "README.md"), "utf8");
    const steps: typeof imports = [];
    const imports: string[] = ["import java.net.http.HttpResponse;"];
    for (const block of readmeBlocks(readme, "java")) {
      const declared = block.body.map((l) => /^public (?:final )?class (\w+)/.exec(l)?.[1]).find((n) => n !== undefined);
      if (declared) writeFileSync(join(javaDir, `${declared}.java`), [...block.imports, ...block.body, ""].join("\n"));
      else {
        imports.push(...block.imports);
        steps.push(...block.body);
      }
    }
    writeFileSync(
      join(javaDir, `${className}.java`),
      [
        ...new Set(imports),
        "",
        `final class ${className} {`,
        `    private ${className}() {}`,
        "",
        "    static void example(HttpResponse<String> response) throws Exception {",
        ...steps.map((l) => (l ? `        ${l}` : "")),
        "    }",
        "}",
        "",
      ].join("\n"),
    );
    if (key === "java-jackson") {
      const kotlin = readmeBlocks(readme, "kotlin");
      writeFileSync(
        join(kotlinDir, "JacksonReadme.kt"),
        [
          ...new Set(kotlin.flatMap((b) => b.imports)),
          "",
          "fun jacksonReadmeExample(response: java.net.http.HttpResponse<String>) {",
          ...kotlin.flatMap((b) => b.body).map((l) => (l ? `    ${l}` : "")),
          "}",
          "",
        ].join("\n"),
      );
    }
  }
}

/** A value of a catalog family that the catalog does not hold, of the family's wire type. */
function unknownValue(values: ReadonlyArray<string | number>, integer: boolean): string | number {
  if (integer) return Math.max(...(values as number[])) + 1;
  let text = `${values[0]}_FROM_A_NEWER_SERVER`;
  while (values.includes(text)) text += "_";
  return text;
}

interface Vector {
  name: string;
  body: string;
}

function vectors(): Vector[] {
  return [
    ...validEnvelopeFiles(ROOT).map((f) => ({ name: f, body: readFileSync(join(envelopesDir(ROOT), f), "utf8") })),
    ...invalidEnvelopeFiles(ROOT).map((f) => ({ name: `invalid/${f}`, body: readFileSync(join(envelopesDir(ROOT), "invalid", f), "utf8") })),
  ];
}

/** A vector's error code and details, when it is JSON with a string code and details that are not null. */
function detailsOf(body: string): { code: string; details: unknown } | undefined {
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; details?: unknown } } | null)?.error;
    if (typeof error?.code !== "string" || error.details === undefined || error.details === null) return undefined;
    return { code: error.code, details: error.details };
  } catch {
    return undefined;
  }
}

/** Whether the envelope's JSON Schema, which the Java decoder accepts exactly (runtime/SPEC.md §8), accepts a body. */
const schemaAccepts = (() => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "generated", "schema", "api-response.schema.json"), "utf8")));
  return (body: unknown) => validate(body) === true;
})();

/** What the checks must print for one mapper, from the catalog, the vectors and the envelope's JSON Schema. */
function expectedLines(mapper: string): string[] {
  const model = languageModel();
  const detailed = new Set(detailsChecks(model).map((c) => c.code));
  const lines: string[] = [];
  for (const family of model.families) {
    const values = family.codes.map((c) => c.value);
    for (const value of values) lines.push(`${mapper} ${family.name} ${JSON.stringify(value)} round-trips`);
    lines.push(`${mapper} ${family.name} unknown ${JSON.stringify(unknownValue(values, isIntegerFamily(family)))} kept rejected`);
  }
  for (const vector of vectors()) {
    lines.push(`${mapper} response ${vector.name} same`);
    const found = detailsOf(vector.body);
    if (found && detailed.has(found.code)) {
      const accepted = schemaAccepts({ success: false, error: { code: found.code, message: "m", details: found.details } });
      lines.push(`${mapper} details ${vector.name} ${accepted ? "accepted equal round-trips" : "rejected"}`);
    }
  }
  return lines;
}

/** The consumer's classpath: its classes, then its dependencies as Maven resolved them in the reactor. */
const classpath = () =>
  [
    join(HERE, "consumer", "classes"),
    ...readFileSync(join(HERE, "consumer", "classpath.txt"), "utf8")
      .trim()
      .split(":"),
  ].join(":");

describe("the adapters' packages", () => {
  it("leave the Java runtime free of dependencies: runtime/java's POM has none outside its tests", () => {
    expect(runtimeDependencies(join(ROOT, "runtime", "java", "pom.xml"))).toEqual([]);
  });

  it("each depend on the Java package and their mapper alone, and register every family and details class of the catalog", () => {
    const model = languageModel();
    const { java } = pkg.languagePackages;
    for (const [key, mapper] of [
      ["java-jackson", "com.fasterxml.jackson.core:jackson-databind"],
      ["java-gson", "com.google.code.gson:gson"],
    ] as const) {
      expect(runtimeDependencies(join(ROOT, "generated", key, "pom.xml"))).toEqual([mapper, `${java.groupId}:${java.artifactId}`]);
      const dir = join(ROOT, "generated", key, "src", "main", "java", ...pkg.languagePackages[key].package.split("."));
      const rendered = readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), "utf8"))
        .find((t) => t.startsWith("// Generated from"))!;
      for (const family of model.families) expect(rendered).toContain(`${isIntegerFamily(family) ? "integerCodes" : "textCodes"}(${family.name}.class, `);
      for (const check of detailsChecks(model)) expect(rendered).toContain(`details("${check.code}", ${detailsClass(check.code)}.class, `);
    }
  });
});

describe.skipIf(!toolchain("Java and Kotlin", ["mvn", "java", "jar"]))("the Jackson and Gson adapters", () => {
  let output = "";

  beforeAll(() => {
    console.log(`JVM: ${versionOf("java", ["-version"])}, ${versionOf("mvn", ["-v"])}, Kotlin ${kotlinVersion()}`);
    mkdirSync(HERE, { recursive: true });
    for (const [from, to] of COPIES) copyProject(from, to);
    writeReadmeExamples();
    const model = languageModel();
    writeFileSync(
      CASES,
      JSON.stringify({
        package: pkg.languagePackages.java.package,
        families: model.families.map((f) => ({
          name: f.name,
          unknown: unknownValue(
            f.codes.map((c) => c.value),
            isIntegerFamily(f),
          ),
        })),
        details: detailsChecks(model).map((c) => ({ code: c.code, class: `${pkg.languagePackages.java.package}.api.${detailsClass(c.code)}` })),
        vectors: vectors(),
      }),
    );
    const property = (key: Key, name: string) => pkg.languagePackages[key][name as keyof Coordinates];
    const jackson = /<jackson-databind\.version>([^<]+)</.exec(readFileSync(join(ROOT, "runtime", "java-jackson", "pom.xml"), "utf8"))![1]!;
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
      `-Djackson.version=${jackson}`,
      `-Dvpn.version=${pkg.version}`,
      ...(
        [
          ["java", "java"],
          ["kotlin", "kotlin"],
          ["jackson", "java-jackson"],
          ["gson", "java-gson"],
        ] as const
      ).flatMap(([name, key]) => [`-Dvpn.${name}.groupId=${property(key, "groupId")}`, `-Dvpn.${name}.artifactId=${property(key, "artifactId")}`]),
      "verify",
      "dependency:build-classpath",
    ]);
    output = `${result.stdout}${result.stderr}`;
  }, TOOLCHAIN_TIMEOUT);

  it("builds with no warning from Maven, javac, javadoc or kotlinc", () => {
    expect(output.split("\n").filter((line) => /\bWARN(ING)?\b/.test(line))).toEqual([]);
  });

  it.each(ADAPTERS)("passes runtime/%s's own unit tests", (key) => {
    const dir = join(HERE, "runtime", key, "target", "surefire-reports");
    let tests = 0;
    let failed = 0;
    for (const name of readdirSync(dir).filter((n) => /^TEST-.*\.xml$/.test(n))) {
      const suite = /<testsuite\b[^>]*>/.exec(readFileSync(join(dir, name), "utf8"))![0];
      const count = (attribute: string) => Number(new RegExp(`\\b${attribute}="(\\d+)"`).exec(suite)![1]);
      tests += count("tests");
      failed += count("failures") + count("errors");
    }
    console.log(`runtime/${key}: ${tests} unit tests, ${failed} failed`);
    expect(tests).toBeGreaterThan(0);
    expect(failed).toBe(0);
  });

  it.each(ADAPTERS)("builds %s's jar with its own classes alone, LICENSE, a sources jar and a javadoc jar", (key) => {
    const prefix = `${pkg.languagePackages[key].package.replace(/\./g, "/")}/`;
    const entries = jarEntries(builtJar(key));
    const classes = entries.filter((e) => e.endsWith(".class"));
    expect(classes.length).toBeGreaterThan(0);
    for (const c of classes) expect(c.startsWith(prefix), c).toBe(true);
    expect(entries).toContain("META-INF/LICENSE");
    if (key === "java-jackson") {
      expect(entries).toContain("META-INF/services/com.fasterxml.jackson.databind.Module");
    }
    expect(jarEntries(builtJar(key, "sources")).filter((e) => e.endsWith(".java")).length).toBeGreaterThan(0);
    expect(jarEntries(builtJar(key, "javadoc"))).toContain("index.html");
    console.log(`${pkg.languagePackages[key].artifactId}: ${statSync(builtJar(key)).size} bytes, ${runtimeDependencies(join(ROOT, "generated", key, "pom.xml")).length} runtime dependencies`);
  });

  it(
    "Java with Jackson and with Gson: enums by wire value, unknown codes kept, each vector and its details as the decoder reads them",
    () => {
      const lines = run("java", ["-cp", classpath(), "AdapterChecks", CASES]).stdout.trimEnd().split("\n");
      const expected = [...expectedLines("jackson"), ...expectedLines("gson")];
      expect(expected.some((l) => l.endsWith("accepted equal round-trips"))).toBe(true);
      expect(expected.some((l) => l.includes(" details invalid/") && l.endsWith(" rejected"))).toBe(true);
      expect(lines).toEqual(expected);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "Kotlin with jacksonObjectMapper().registerModule(VpnErrorCodesModule()) gives the same",
    () => {
      const lines = run("java", ["-cp", classpath(), "KotlinAdapterChecksKt", CASES]).stdout.trimEnd().split("\n");
      expect(lines).toEqual(expectedLines("kotlin-jackson"));
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "finds the Jackson module through findAndRegisterModules(), and without jsr310 on the classpath",
    () => {
      const entries = classpath().split(":");
      expect(entries.filter((e) => /jackson-datatype-jsr310/.test(e))).toEqual([]);
      const services = readFileSync(join(ROOT, "generated", "java-jackson", "src", "main", "resources", "META-INF", "services", "com.fasterxml.jackson.databind.Module"), "utf8");
      expect(services.trim().split("\n").pop()).toBe(`${pkg.languagePackages["java-jackson"].package}.VpnErrorCodesModule`);
      const out = run("java", ["-cp", classpath(), "FindModules"]).stdout.trim();
      expect(out).toBe(`${pkg.languagePackages["java-jackson"].package}.VpnErrorCodesModule`);
    },
    TOOLCHAIN_TIMEOUT,
  );

  it(
    "runs both READMEs' examples, Java and Kotlin, on a failed response with the example's details",
    () => {
      const model = languageModel();
      const example = detailsExample(model, String(model.examples.tokenRefresh.code.value))!;
      const check = detailsChecks(model).find((c) => c.code === example.code)!;
      // Details the decoder accepts: a value of each field's type, the example's date-time where one is asked for.
      const sample = (type: string | undefined, format: string | undefined): unknown =>
        format === "date-time"
          ? "2026-02-08T11:30:00Z"
          : format === "uri"
            ? "https://example.test/"
            : type === "integer" || type === "number"
              ? 3
              : type === "boolean"
                ? true
                : type === "array"
                  ? []
                  : type === "object"
                    ? {}
                    : "access";
      const details = Object.fromEntries(check.fields.map((f) => [f.name, sample(f.type, f.format)]));
      const body = JSON.stringify({ success: false, error: { code: example.code, message: "m", details } });
      const lines = run("java", ["-cp", classpath(), "RunReadmes", "401", body]).stdout.split("\n");
      const field = check.fields.find((f) => f.name === example.property)!;
      // java.time's OffsetDateTime prints 11:30 for 11:30:00.
      const printed = field.format === "date-time" ? "2026-02-08T11:30Z" : String(details[example.property]);
      const kotlinAt = lines.indexOf("--- kotlin");
      const gsonAt = lines.indexOf("--- gson");
      expect(kotlinAt).toBeGreaterThan(0);
      expect(gsonAt).toBeGreaterThan(kotlinAt);
      expect(lines.slice(0, kotlinAt)).toEqual([printed, "FAILURE"]);
      expect(lines.slice(kotlinAt + 1, gsonAt)).toEqual([printed, "FAILURE"]);
      expect(lines.slice(gsonAt + 1).filter((l) => l !== "")).toEqual([printed, "FAILURE"]);
    },
    TOOLCHAIN_TIMEOUT,
  );
});
