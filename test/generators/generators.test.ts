// The generators people already run, on what the package ships (generated/schema/*.codegen.schema.json, the
// family schemas and generated/openapi/errors.yaml), each installed by .ci/install-generators from its
// registry. Each output is compiled by its language's toolchain with strict settings, and a program under
// test/generators/programs/ decodes the page's success and TOKEN_EXPIRED examples, an error without details
// and an OperationalError value with it. What each generator gives is the README's table, checked here:
// whether it names integer members (the program prints the member's name) and whether it carries member
// descriptions into the code. Outside CI a missing install skips the stage with a notice; under CI it fails.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../scripts/catalog/model.js";
import { IN_CI, ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, languageModel, run, toolchain } from "../languages/support/toolchains.js";
import { generatorVersions, generatorsHome, installedGenerators } from "./support/tools.js";

const generators = installedGenerators();
if (!generators) {
  const notice = "code generators: not installed; run .ci/install-generators to install them (test/generators/generators.test.ts is skipped).";
  if (IN_CI) throw new Error(`CI=true and ${notice}`);
  console.warn(`skipping ${notice}`);
}
const tools = generators!;
const model: Model = languageModel();
const versions = generatorVersions();
const SCHEMA = join(ROOT, "generated", "schema");
const PROGRAMS = join(ROOT, "test", "generators", "programs");
const home = generatorsHome();
const work = (name: string) => {
  const dir = join(cacheDir("generators"), name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/**
 * What each generator gives, as the README's table says: `names` when the program can print an integer
 * member's name, `descriptions` when the generated code carries the members' descriptions.
 */
const TABLE: Record<string, { names: boolean; descriptions: boolean }> = {
  "quicktype (TypeScript)": { names: false, descriptions: false },
  "quicktype (Python)": { names: false, descriptions: false },
  "quicktype (Go)": { names: false, descriptions: false },
  "quicktype (Rust)": { names: false, descriptions: false },
  "quicktype (Java)": { names: false, descriptions: false },
  "quicktype (Kotlin)": { names: false, descriptions: false },
  "quicktype (C#)": { names: false, descriptions: false },
  "json-schema-to-typescript": { names: true, descriptions: false },
  "datamodel-code-generator": { names: true, descriptions: true },
  "go-jsonschema": { names: false, descriptions: false },
  // Through x-rust-type: the package's own crate's types, whose docs are in that crate, not in typify's file.
  "cargo-typify": { names: true, descriptions: false },
  jsonschema2pojo: { names: true, descriptions: true },
  "openapi-generator (Java)": { names: true, descriptions: true },
};

// The inputs every program reads, derived from the catalog and the page's examples.
const inputs = work("inputs");
const envelopes = ["success.json", "token-expired.json"].map((name) => join(inputs, name));
const tokenCode = model.examples.tokenRefresh.code;
const plain = model.restFamily.codes.find((c) => !c.details && c.name !== tokenCode.name)!;
const event = model.examples.sdkEvent;
const operationalFile = join(inputs, "operational.json");
const programArgs = [...envelopes, join(inputs, "no-details.json"), operationalFile];

function prepareInputs(): void {
  for (const name of ["success.json", "token-expired.json"]) cpSync(join(ROOT, "test", "vectors", "envelopes", name), join(inputs, name));
  writeFileSync(join(inputs, "no-details.json"), `${JSON.stringify({ success: false, error: { code: plain.name, message: plain.description } }, null, 2)}\n`);
  writeFileSync(operationalFile, `${event.code.value}\n`);
}

function expectedLines(generator: string): string[] {
  const tokenDetails = JSON.parse(readFileSync(join(ROOT, "test", "vectors", "envelopes", "token-expired.json"), "utf8")).error.details;
  return [
    "success",
    `failure ${tokenCode.name} token-expired=true details=${Object.keys(tokenDetails).sort().join(",")}`,
    `failure ${plain.name} token-expired=false details=-`,
    `operational ${event.code.value} ${TABLE[generator]!.names ? event.code.name : "-"}`,
  ];
}

const lines = (output: string) => output.split("\n").filter((l) => l.trim() !== "");

/** Whether generated text carries the example member's description (comment markers and line wrapping aside). */
function carriesDescription(files: string[]): boolean {
  const words = event.code.derived.summary.split(/\s+/).slice(0, 8).join(" ");
  const text = files
    .map((f) => readFileSync(f, "utf8"))
    .join("\n")
    .replace(/^\s*(\/\/\/|\/\/|\/\*\*|\*|#)/gm, " ")
    .replace(/\s+/g, " ");
  return text.includes(words);
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function quicktype(language: string, out: string, extra: string[] = []): void {
  const sources = ["api-response.codegen", "rest-error-code", "operational-error"].flatMap((s) => ["--src", join(SCHEMA, `${s}.schema.json`)]);
  run(tools.quicktype, ["--src-lang", "schema", ...sources, "--lang", language, "--out", out, ...extra]);
}

describe.skipIf(!generators)("code generators on the shipped schemas", () => {
  beforeAll(() => {
    prepareInputs();
    console.log(`generators in ${tools.dir}: ${Object.entries(versions).map(([k, v]) => `${k}=${v}`).join(", ")}`);
  });

  it("the Maven projects pin the versions .ci/generators.env names", () => {
    const javaPom = readFileSync(join(PROGRAMS, "java", "pom.xml"), "utf8");
    const kotlinPom = readFileSync(join(PROGRAMS, "kotlin", "pom.xml"), "utf8");
    expect(javaPom).toContain(`<jsonschema2pojo.version>${versions.JSONSCHEMA2POJO_VERSION}</jsonschema2pojo.version>`);
    expect(javaPom).toContain(`<openapi-generator.version>${versions.OPENAPI_GENERATOR_VERSION}</openapi-generator.version>`);
    expect(javaPom).toContain(`<jackson.version>${versions.JACKSON_VERSION}</jackson.version>`);
    expect(kotlinPom).toContain(`<kotlin.version>${versions.KOTLIN_VERSION}</kotlin.version>`);
  });

  describe("TypeScript: tsc --strict", () => {
    const dir = join(cacheDir("generators"), "typescript");
    beforeAll(() => {
      fresh(dir);
      cpSync(join(PROGRAMS, "typescript"), dir, { recursive: true });
      writeFileSync(join(dir, "package.json"), '{ "type": "module", "private": true }\n');
      const json2ts = join(ROOT, "node_modules", "json-schema-to-typescript", "dist", "src", "cli.js");
      const options = ["--no-enableConstEnums", "--unknownAny"];
      run(process.execPath, [json2ts, "-i", join(SCHEMA, "api-response.codegen.schema.json"), "-o", join(dir, "api-response.ts"), ...options, "--unreachableDefinitions"]);
      run(process.execPath, [json2ts, "-i", join(SCHEMA, "operational-error.schema.json"), "-o", join(dir, "operational-error.ts"), ...options]);
      quicktype("typescript", join(dir, "quicktype-out.ts"));
      // The programs import node:fs; its types come from this checkout's @types/node.
      run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir, "--typeRoots", join(ROOT, "node_modules", "@types")]);
    }, TOOLCHAIN_TIMEOUT);

    it("json-schema-to-typescript: an ApiResponse union, a named OperationalError enum, code typed RestErrorCode | string", () => {
      expect(lines(run(process.execPath, [join(dir, "out", "jstt-main.js"), ...programArgs]).stdout)).toEqual(expectedLines("json-schema-to-typescript"));
      expect(carriesDescription([join(dir, "operational-error.ts")])).toBe(TABLE["json-schema-to-typescript"]!.descriptions);
    });

    it("quicktype: decodes with checks, but types integer enums as number", () => {
      expect(lines(run(process.execPath, [join(dir, "out", "quicktype-main.js"), ...programArgs]).stdout)).toEqual(expectedLines("quicktype (TypeScript)"));
      expect(carriesDescription([join(dir, "quicktype-out.ts")])).toBe(TABLE["quicktype (TypeScript)"]!.descriptions);
    });
  });

  describe("Python: mypy --strict", () => {
    const dir = join(cacheDir("generators"), "python");
    let mypyOutput = "";
    beforeAll(() => {
      fresh(dir);
      cpSync(join(PROGRAMS, "python"), dir, { recursive: true });
      const input = join(dir, "schemas");
      mkdirSync(input);
      for (const s of ["api-response.codegen", "operational-error"]) cpSync(join(SCHEMA, `${s}.schema.json`), join(input, `${s}.schema.json`));
      // The options the README recommends: pydantic v2, str/int subclass enums, the enum tried before the
      // open string of error.code, descriptions as docstrings, Annotated fields (mypy --strict needs them).
      run(tools.datamodelCodegen, [
        ...["--input", input, "--input-file-type", "jsonschema", "--output", join(dir, "models")],
        ...["--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11"],
        ...["--use-subclass-enum", "--union-mode", "left_to_right", "--use-field-description", "--use-schema-description", "--use-annotated", "--disable-timestamp"],
      ]);
      quicktype("python", join(dir, "quicktype_out.py"));
      // mypy exits 1 on quicktype's module; which files its errors are in is what the tests below check.
      const result = spawnSync(tools.mypy, ["--strict", "--no-error-summary", "--cache-dir", join(dir, ".mypy_cache"), "datamodel_main.py", "quicktype_main.py", "models"], {
        cwd: dir,
        env: TOOL_ENV,
        encoding: "utf8",
      });
      if (result.error) throw result.error;
      mypyOutput = `${result.stdout}${result.stderr}`;
      expect(mypyOutput).not.toMatch(/^(?!.*: (error|note):).+$/m);
    }, TOOLCHAIN_TIMEOUT);

    it("datamodel-code-generator: pydantic models that pass mypy --strict, a discriminated ApiResponse, named and documented enums", () => {
      expect(mypyOutput.split("\n").filter((l) => /^(models|datamodel_main)/.test(l))).toEqual([]);
      expect(lines(run(tools.python, ["datamodel_main.py", ...programArgs], { cwd: dir }).stdout)).toEqual(expectedLines("datamodel-code-generator"));
      expect(carriesDescription(filesUnder(join(dir, "models"), ".py"))).toBe(TABLE["datamodel-code-generator"]!.descriptions);
    });

    it("quicktype: the program passes mypy --strict; quicktype's own helpers do not (untyped from_union, bare dict)", () => {
      const errors = mypyOutput.split("\n").filter((l) => /: error:/.test(l));
      expect(errors.filter((l) => !l.startsWith("quicktype_out.py:"))).toEqual([]);
      console.log(`quicktype (Python): mypy --strict finds ${errors.length} errors in quicktype_out.py, none in the program`);
      expect(lines(run(tools.python, ["quicktype_main.py", ...programArgs], { cwd: dir }).stdout)).toEqual(expectedLines("quicktype (Python)"));
      expect(carriesDescription([join(dir, "quicktype_out.py")])).toBe(TABLE["quicktype (Python)"]!.descriptions);
    });
  });

  describe("Go: go vet", () => {
    const dir = join(cacheDir("generators"), "go");
    const env = { ...TOOL_ENV, GOCACHE: join(home, "go-build"), GOMODCACHE: join(home, "go-mod") };
    beforeAll(() => {
      fresh(dir);
      cpSync(join(PROGRAMS, "go"), dir, { recursive: true });
      quicktype("go", join(dir, "quicktype", "quicktype_out.go"), ["--package", "main"]);
      run(tools.goJsonschema, ["--package", "main", "--struct-name-from-title", "--tags", "json", join(SCHEMA, "api-response.codegen.schema.json"), join(SCHEMA, "operational-error.schema.json"), "-o", join(dir, "gojsonschema", "gojsonschema_out.go")]);
      run("go", ["vet", "./..."], { cwd: dir, env });
      run("go", ["build", "-o", join(dir, "bin") + "/", "./..."], { cwd: dir, env });
    }, TOOLCHAIN_TIMEOUT);

    it("go-jsonschema: an ApiResponse struct, required fields and enum values checked on decode", () => {
      expect(lines(run(join(dir, "bin", "gojsonschema"), programArgs).stdout)).toEqual(expectedLines("go-jsonschema"));
      expect(carriesDescription([join(dir, "gojsonschema", "gojsonschema_out.go")])).toBe(TABLE["go-jsonschema"]!.descriptions);
    });

    it("quicktype: one flattened APIResponse, error.code a string", () => {
      expect(lines(run(join(dir, "bin", "quicktype"), programArgs).stdout)).toEqual(expectedLines("quicktype (Go)"));
      expect(carriesDescription([join(dir, "quicktype", "quicktype_out.go")])).toBe(TABLE["quicktype (Go)"]!.descriptions);
    });
  });

  describe("Rust: cargo clippy -D warnings", () => {
    const dir = join(cacheDir("generators"), "rust");
    const env = { ...TOOL_ENV, CARGO_HOME: process.env.CARGO_HOME ?? join(process.env.HOME ?? "", ".cargo"), CARGO_TARGET_DIR: join(home, "rust-programs") };
    beforeAll(() => {
      fresh(dir);
      cpSync(join(PROGRAMS, "rust"), join(dir, "programs"), { recursive: true });
      cpSync(join(ROOT, "generated", "rust"), join(dir, "vpn-error-codes"), { recursive: true });
      const src = join(dir, "programs", "src");
      // --crate lets typify use the package's own types that x-rust-type names.
      const crate = ["--no-builder", "--crate", `${model.package.languages.rust.crate}@${model.package.version}`];
      run(tools.cargoTypify, ["typify", ...crate, join(SCHEMA, "api-response.codegen.schema.json"), "-o", join(src, "typify_envelope.rs")]);
      run(tools.cargoTypify, ["typify", ...crate, join(SCHEMA, "operational-error.schema.json"), "-o", join(src, "typify_operational.rs")]);
      quicktype("rust", join(src, "quicktype_out.rs"));
      run("cargo", ["clippy", "--quiet", "--all-targets", "--", "-D", "warnings"], { cwd: join(dir, "programs"), env });
      run("cargo", ["build", "--quiet", "--bins"], { cwd: join(dir, "programs"), env });
    }, TOOLCHAIN_TIMEOUT);
    const bin = (name: string) => join(home, "rust-programs", "debug", name);

    it("cargo-typify: an untagged ApiResponse enum, and through x-rust-type the crate's own ErrorCode and OperationalError", () => {
      expect(lines(run(bin("typify"), programArgs).stdout)).toEqual(expectedLines("cargo-typify"));
      expect(readFileSync(join(dir, "programs", "src", "typify_envelope.rs"), "utf8")).toContain("::vpn_error_codes::ErrorCode");
    });

    it("cargo-typify: the resolved-catalog codegen schema generates (the validating one has if/then, which typify rejects)", () => {
      run(tools.cargoTypify, ["typify", "--no-builder", join(SCHEMA, "resolved-catalog.codegen.schema.json"), "-o", join(dir, "catalog.rs")]);
      expect(readFileSync(join(dir, "catalog.rs"), "utf8")).toMatch(/pub struct Catalog\b/);
    });

    it("quicktype: one flattened ApiResponse, error.code a String", () => {
      expect(lines(run(bin("quicktype"), programArgs).stdout)).toEqual(expectedLines("quicktype (Rust)"));
      expect(carriesDescription([join(dir, "programs", "src", "quicktype_out.rs")])).toBe(TABLE["quicktype (Rust)"]!.descriptions);
    });
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

  const JSON_NET = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";
  describe.skipIf(!toolchain("generators in C#", ["mcs", "mono"], [JSON_NET]))("C#: mcs -warnaserror", () => {
    const dir = join(cacheDir("generators"), "csharp");
    beforeAll(() => {
      fresh(dir);
      quicktype("csharp", join(dir, "Quicktype.cs"), ["--framework", "NewtonSoft", "--csharp-version", "6", "--namespace", "Quicktype"]);
      run("mcs", ["-langversion:6", "-warn:4", "-warnaserror", "-nologo", `-r:${JSON_NET}`, "-r:System.Runtime.Serialization.dll", `-out:${join(dir, "main.exe")}`, join(PROGRAMS, "csharp", "Main.cs"), join(dir, "Quicktype.cs")]);
      cpSync(JSON_NET, join(dir, "Newtonsoft.Json.dll"));
    }, TOOLCHAIN_TIMEOUT);

    it("quicktype: one flattened ApiResponse, error.code a string, integer enums as long", () => {
      expect(lines(run("mono", [join(dir, "main.exe"), ...programArgs]).stdout)).toEqual(expectedLines("quicktype (C#)"));
      expect(carriesDescription([join(dir, "Quicktype.cs")])).toBe(TABLE["quicktype (C#)"]!.descriptions);
    });
  });
});
