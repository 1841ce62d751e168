// The generator stage on the JVM (see generators.test.ts): jsonschema2pojo and openapi-generator through
// their Maven plugins, quicktype's Java and Kotlin output; one Maven project per language under
// test/generators/programs/, built in .cache/generators/ against a Maven repository outside the checkout.
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, cacheDir, run, toolchain } from "../languages/support/toolchains.js";
import { PROGRAMS, SCHEMA, TABLE, carriesDescription, expectedLines, filesUnder, home, lines, prepareInputs, quicktype as quicktypeWith, stageGenerators, versions } from "./support/stage.js";

const generators = stageGenerators("generators-jvm.test.ts");
const tools = generators!;
const quicktype = (language: string, out: string, extra: string[] = []) => quicktypeWith(tools, language, out, extra);
let programArgs: string[] = [];

describe.skipIf(!generators)("code generators on the JVM, on the shipped schemas and OpenAPI document", () => {
  beforeAll(() => {
    programArgs = prepareInputs("jvm");
  });

  it("the Maven projects pin the versions .ci/generators.env names", () => {
    const javaPom = readFileSync(join(PROGRAMS, "java", "pom.xml"), "utf8");
    const kotlinPom = readFileSync(join(PROGRAMS, "kotlin", "pom.xml"), "utf8");
    expect(javaPom).toContain(`<jsonschema2pojo.version>${versions.JSONSCHEMA2POJO_VERSION}</jsonschema2pojo.version>`);
    expect(javaPom).toContain(`<openapi-generator.version>${versions.OPENAPI_GENERATOR_VERSION}</openapi-generator.version>`);
    expect(javaPom).toContain(`<jackson.version>${versions.JACKSON_VERSION}</jackson.version>`);
    expect(kotlinPom).toContain(`<kotlin.version>${versions.KOTLIN_VERSION}</kotlin.version>`);
  });

  const mavenAvailable = toolchain("generators on the JVM", ["mvn", "java"]);

  describe.skipIf(!mavenAvailable)("Java: javac -Xlint:all, warnings as errors", () => {
    const dir = join(cacheDir("generators"), "java");
    let classpath = "";
    beforeAll(() => {
      for (const stale of ["src", "schemas", "openapi", "target"]) rmSync(join(dir, stale), { recursive: true, force: true });
      cpSync(join(PROGRAMS, "java"), dir, { recursive: true });
      mkdirSync(join(dir, "schemas"));
      for (const s of ["api-response.codegen", "rest-error-code", "operational-error", "resolved-catalog.codegen"]) cpSync(join(SCHEMA, `${s}.schema.json`), join(dir, "schemas", `${s}.schema.json`));
      cpSync(join(ROOT, "generated", "openapi"), join(dir, "openapi"), { recursive: true });
      const quicktypeDir = join(dir, "src", "main", "java", "io", "quicktype");
      mkdirSync(quicktypeDir, { recursive: true });
      quicktype("java", join(quicktypeDir, "APIResponse.java"), ["--package", "io.quicktype"]);
      const cpFile = join(dir, "classpath.txt");
      run("mvn", ["-B", "-q", "--no-transfer-progress", `-Dmaven.repo.local=${join(home, "m2")}`, "compile", "dependency:build-classpath", `-Dmdep.outputFile=${cpFile}`], { cwd: dir });
      classpath = `${join(dir, "target", "classes")}:${readFileSync(cpFile, "utf8").trim()}`;
    }, TOOLCHAIN_TIMEOUT);
    const java = (main: string, extra: string[] = []) => lines(run("java", [...extra, "-cp", classpath, `programs.${main}`, ...programArgs]).stdout);
    const generated = (...parts: string[]) => filesUnder(join(dir, "target", "generated-sources", ...parts), ".java");

    it("jsonschema2pojo: named, documented enums; catalog.json's 13-digit resetMillisecondsFrom decodes as a long", () => {
      const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "catalog.json"), "utf8"));
      expect(java("Jsonschema2PojoMain", [`-Dcatalog=${join(ROOT, "generated", "catalog.json")}`])).toEqual([
        ...expectedLines("jsonschema2pojo"),
        `catalog families=${catalog.families.length} resetMillisecondsFrom=${catalog.retryPolicy.rateLimit.resetMillisecondsFrom}`,
      ]);
      expect(carriesDescription(generated("jsonschema2pojo"))).toBe(TABLE.jsonschema2pojo!.descriptions);
    });

    it("openapi-generator: models of errors.yaml with x-enum-varnames names and x-enum-descriptions docs", () => {
      expect(java("OpenApiMain")).toEqual(expectedLines("openapi-generator (Java)"));
      expect(carriesDescription(generated("openapi"))).toBe(TABLE["openapi-generator (Java)"]!.descriptions);
    });

    it("quicktype: one flattened APIResponse, error.code a String, integer enums as long", () => {
      expect(java("QuicktypeMain")).toEqual(expectedLines("quicktype (Java)"));
      expect(carriesDescription(filesUnder(join(dir, "src", "main", "java", "io", "quicktype"), ".java"))).toBe(TABLE["quicktype (Java)"]!.descriptions);
    });
  });

  describe.skipIf(!mavenAvailable)("Kotlin: kotlinc", () => {
    const dir = join(cacheDir("generators"), "kotlin");
    let output = "";
    let classpath = "";
    beforeAll(() => {
      for (const stale of ["src", "target"]) rmSync(join(dir, stale), { recursive: true, force: true });
      cpSync(join(PROGRAMS, "kotlin"), dir, { recursive: true });
      const out = join(dir, "src", "main", "kotlin", "quicktype");
      mkdirSync(out, { recursive: true });
      quicktype("kotlin", join(out, "Quicktype.kt"), ["--framework", "jackson", "--package", "quicktype"]);
      const cpFile = join(dir, "classpath.txt");
      const result = run("mvn", ["-B", "--no-transfer-progress", `-Dmaven.repo.local=${join(home, "m2")}`, "compile", "dependency:build-classpath", `-Dmdep.outputFile=${cpFile}`], { cwd: dir });
      output = result.stdout;
      classpath = `${join(dir, "target", "classes")}:${readFileSync(cpFile, "utf8").trim()}`;
    }, TOOLCHAIN_TIMEOUT);

    it("quicktype: compiles with no warning but quicktype's own use of a deprecated Jackson constant", () => {
      const warnings = output.split("\n").filter((l) => /^\[WARNING\] .*\.kt: \(/.test(l));
      expect(warnings.filter((w) => !/quicktype\/Quicktype\.kt: .*is deprecated/.test(w))).toEqual([]);
      expect(lines(run("java", ["-cp", classpath, "programs.MainKt", ...programArgs]).stdout)).toEqual(expectedLines("quicktype (Kotlin)"));
      expect(carriesDescription([join(dir, "src", "main", "kotlin", "quicktype", "Quicktype.kt")])).toBe(TABLE["quicktype (Kotlin)"]!.descriptions);
    });
  });
});
