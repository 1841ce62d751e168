// The generators people already run, on what the package ships (generated/schema/*.codegen.schema.json, the
// family schemas), each installed by .ci/install-generators from its registry: every output compiled by its
// language's toolchain with strict settings, and a program under test/generators/programs/ decoding the
// page's success and TOKEN_EXPIRED examples, an error without details and an OperationalError value with it.
// What each generator gives is the README's table (support/stage.ts), checked here: whether it names integer
// members (the program prints the member's name) and whether the code carries member descriptions. The JVM
// generators (jsonschema2pojo, openapi-generator, quicktype's Java and Kotlin) are in generators-jvm.test.ts,
// so that the two files run side by side. Outside CI a missing install skips with a notice; under CI it fails.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TOOLCHAIN_TIMEOUT, TOOL_ENV, cacheDir, run, toolchain } from "../languages/support/toolchains.js";
import {
  PROGRAMS,
  SCHEMA,
  TABLE,
  carriesDescription,
  expectedLines,
  filesUnder,
  fresh,
  home,
  lines,
  model,
  prepareInputs,
  quicktype as quicktypeWith,
  stageGenerators,
  versions,
} from "./support/stage.js";

const generators = stageGenerators("generators.test.ts");
const tools = generators!;
const quicktype = (language: string, out: string, extra: string[] = []) => quicktypeWith(tools, language, out, extra);
let programArgs: string[] = [];

describe.skipIf(!generators)("code generators on the shipped schemas", () => {
  beforeAll(() => {
    programArgs = prepareInputs("main");
    console.log(
      `generators in ${tools.dir}: ${Object.entries(versions)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}`,
    );
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
      const result = spawnSync(tools.mypy, ["--strict", "--no-error-summary", "--cache-dir", join(home, "mypy-cache"), "datamodel_main.py", "quicktype_main.py", "models"], {
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
      run(tools.goJsonschema, [
        "--package",
        "main",
        "--struct-name-from-title",
        "--tags",
        "json",
        join(SCHEMA, "api-response.codegen.schema.json"),
        join(SCHEMA, "operational-error.schema.json"),
        "-o",
        join(dir, "gojsonschema", "gojsonschema_out.go"),
      ]);
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

  const JSON_NET = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";
  describe.skipIf(!toolchain("generators in C#", ["mcs", "mono"], [JSON_NET]))("C#: mcs -warnaserror", () => {
    const dir = join(cacheDir("generators"), "csharp");
    beforeAll(() => {
      fresh(dir);
      quicktype("csharp", join(dir, "Quicktype.cs"), ["--framework", "NewtonSoft", "--csharp-version", "6", "--namespace", "Quicktype"]);
      run("mcs", [
        "-langversion:6",
        "-warn:4",
        "-warnaserror",
        "-nologo",
        `-r:${JSON_NET}`,
        "-r:System.Runtime.Serialization.dll",
        `-out:${join(dir, "main.exe")}`,
        join(PROGRAMS, "csharp", "Main.cs"),
        join(dir, "Quicktype.cs"),
      ]);
      cpSync(JSON_NET, join(dir, "Newtonsoft.Json.dll"));
    }, TOOLCHAIN_TIMEOUT);

    it("quicktype: one flattened ApiResponse, error.code a string, integer enums as long", () => {
      expect(lines(run("mono", [join(dir, "main.exe"), ...programArgs]).stdout)).toEqual(expectedLines("quicktype (C#)"));
      expect(carriesDescription([join(dir, "Quicktype.cs")])).toBe(TABLE["quicktype (C#)"]!.descriptions);
    });
  });
});
