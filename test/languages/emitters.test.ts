// The language emitters themselves: headers, verbatim identifiers, keyword escapes, loud quicktype patches.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../scripts/catalog/load.js";
import { emitLanguages } from "../../scripts/emit/languages/index.js";
import { escapeName, lookupNames, members, patch } from "../../scripts/emit/languages/shared/common.js";
import { ROOT } from "./support/toolchains.js";

const LANGUAGES = ["csharp", "go", "java", "kotlin", "python", "rust"];
/** Output folders beside the languages' own: an adapter package, written by its language's emitter from its language's runtime. */
const ADAPTERS: Record<string, string> = { "csharp-newtonsoft": "csharp" };
const FOLDERS = [...LANGUAGES, ...Object.keys(ADAPTERS)];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe("the language emitters", () => {
  const { catalog } = loadCatalog(join(ROOT, "catalog"), ROOT);
  // The Kotlin package uses the Java package's enums.
  const javaSources = `java/src/main/java/${catalog!.package.languages.java.package.replace(/\./g, "/")}`;

  it("write only under generated/<language>/ for the six languages, and their adapters' folders", async () => {
    const files = Object.keys(await emitLanguages(catalog!));
    expect(new Set(files.map((f) => f.split("/")[0]))).toEqual(new Set(FOLDERS));
  });

  it("start every file with the do-not-edit header naming the emitter file that wrote it, or the runtime file it copies (the empty py.typed marker aside)", () => {
    for (const folder of FOLDERS) {
      const language = ADAPTERS[folder] ?? folder;
      for (const path of walk(join(ROOT, "generated", folder))) {
        if (path.endsWith("py.typed")) continue;
        // The root LICENSE verbatim, as licence detectors read it (scripts/emit/languages/license.ts).
        if (path.endsWith("/LICENSE") && readFileSync(path, "utf8") === readFileSync(join(ROOT, "LICENSE"), "utf8")) continue;
        const head = readFileSync(path, "utf8").split("\n").slice(0, 2).join("\n");
        const copied = /^\S+ Copied from (runtime\/\S+) by npm run build: edit that file, not this copy\.$/m.exec(head.split("\n")[0]!)?.[1];
        if (copied !== undefined) {
          expect(copied, relative(ROOT, path)).toMatch(new RegExp(`^runtime/${language}/`));
          expect(existsSync(join(ROOT, copied)), copied).toBe(true);
          continue;
        }
        const emitter = /Generated from catalog\/\*\.yaml by (scripts\/emit\/languages\/[\w/]+\.ts) \(npm run build\); do not edit\./.exec(head)?.[1];
        expect(emitter, relative(ROOT, path)).toMatch(new RegExp(`^scripts/emit/languages/${language}/\\w+\\.ts$`));
        expect(existsSync(join(ROOT, emitter!)), emitter).toBe(true);
      }
    }
  });

  it("keep Go's generated-code marker, which go tooling and linters look for, on every rendered file (runtime copies carry none)", () => {
    for (const path of walk(join(ROOT, "generated", "go")).filter((p) => p.endsWith(".go"))) {
      const first = readFileSync(path, "utf8").split("\n")[0]!;
      if (first.startsWith("// Copied from runtime/go/")) continue;
      expect(first, relative(ROOT, path)).toMatch(/^\/\/ Code generated .* DO NOT EDIT\.$/);
    }
  });

  it("keep identifiers verbatim, misspellings included", () => {
    const read = (path: string) => readFileSync(join(ROOT, "generated", path), "utf8");
    // Python's members are PEP 8 constants; the verbatim identifier is each member's data.
    expect(read("python/vpn_error_codes/operational_error.py")).toContain("    INVALID_TUNNEL_NETWORK_INDEFACE_INDEX = 8203\n");
    expect(read("python/vpn_error_codes/operational_error.py")).toContain('        identifier="InvalidTunnelNetworkIndefaceIndex",\n');
    expect(read("go/operationalerror/operationalerror.go")).toContain("\tInvalidTunnelNetworkIndefaceIndex Code = 8203\n");
    expect(read("rust/src/response_result.rs")).toContain("    OauthError,\n");
    // Java's constants are UPPER_SNAKE; the identifier stays verbatim in each member's facts.
    expect(read(`${javaSources}/ResponseResult.java`)).toContain('    UN_AUTHORIZED("UnAuthorized",\n            CodeFacts.of("UnAuthorized", ');
    expect(read(`${javaSources}/RestErrorCode.java`)).toContain('    TOKEN_EXPIRED("TOKEN_EXPIRED",\n            CodeFacts.of("TOKEN_EXPIRED", ');
    // C#'s members are PascalCase; the identifier stays verbatim in each member's facts.
    expect(read("csharp/RestErrorCode.cs")).toContain("        TokenExpired,\n");
    expect(read("csharp/RestErrorCode.cs")).toContain('new CodeFacts("RestErrorCode", "TOKEN_EXPIRED", "TOKEN_EXPIRED", ');
    expect(read("csharp/OperationalError.cs")).toContain("        InvalidTunnelNetworkIndefaceIndex = 8203,\n");
  });

  it("escape a reserved name with a trailing underscore and refuse two members that escape alike", () => {
    expect(escapeName("None", new Set(["None"]))).toBe("None_");
    expect(escapeName("Broken", new Set(["None"]))).toBe("Broken");
    const family = structuredClone(catalog!.families.find((f) => f.name === "OperationalError")!);
    family.codes.push({ ...family.codes[0]!, name: "None_", value: 1 });
    expect(() => members(family, new Set(["None"]), "Python")).toThrow("OperationalError: None_ and None are both None_ in Python");
  });

  it("let identifiers win over aliases and older wire names in name lookups", () => {
    const family = structuredClone(catalog!.families.find((f) => f.name === "ResponseResult")!);
    const ok = family.codes.find((c) => c.name === "Ok")!;
    ok.aliases = ["Error"];
    ok.legacyNames = [{ name: "Timeout", source: "test", basis: "inferred" }];
    const names = new Map(lookupNames(family).map(([name, code]) => [name, code.name]));
    expect(names.get("Error")).toBe("Error");
    expect(names.get("Timeout")).toBe("Timeout");
    expect(names.get("OAuthError")).toBe("OauthError");
  });

  it("mark a deprecated member in each language's idiom, with deprecationText's sentence", async () => {
    const model = structuredClone(catalog!);
    const family = model.families.find((f) => f.name === "OperationalError")!;
    const [old, replacement] = [...family.codes].sort((a, b) => a.name.length - b.name.length);
    old!.deprecated = { reason: "renamed", replacement: replacement!.name, note: "Gone." };
    old!.derived.doc.deprecated = { reason: "renamed", replacement: replacement!.name, note: "Gone." };
    const sentence = `Gone. Use ${replacement!.name} instead.`;
    const files = await emitLanguages(model);
    expect(files["python/vpn_error_codes/operational_error.py"]).toContain(`    Deprecated: ${sentence}\n`);
    expect(files["go/operationalerror/operationalerror.go"]).toContain(`\t// Deprecated: ${sentence}\n`);
    expect(files["rust/src/operational_error.rs"]).toContain(`    #[deprecated(note = "${sentence}")]\n    ${old!.name} = `);
    expect(files[`${javaSources}/OperationalError.java`]).toContain(`     * @deprecated ${sentence}\n     */\n    @Deprecated\n`);
    expect(files["csharp/OperationalError.cs"]).toContain(`        [Obsolete("${sentence}")]\n`);
  });

  it("keep each language folder to itself: no emitter imports another language's folder", () => {
    const dir = join(ROOT, "scripts", "emit", "languages");
    for (const language of LANGUAGES) {
      for (const path of walk(join(dir, language))) {
        const imports = [...readFileSync(path, "utf8").matchAll(/from "(\.\.\/[^"]+)"/g)].map((m) => m[1]!);
        for (const spec of imports) expect(spec, relative(ROOT, path)).toMatch(/^\.\.\/(shared\/|\.\.\/)/);
      }
    }
  });

  it("fail loudly when quicktype's output no longer has what a patch replaces", () => {
    expect(patch("pub code: String,", "pub code: String,", "pub code: ErrorCode,")).toBe("pub code: ErrorCode,");
    expect(() => patch("pub code: Text,", "pub code: String,", "pub code: ErrorCode,")).toThrow(/quicktype output changed: expected 1/);
    expect(() => patch("a a", "a", "b")).toThrow(/expected 1 of a, found 2/);
    expect(patch("x = $1", "x", "$&")).toBe("$& = $1");
  });
});
