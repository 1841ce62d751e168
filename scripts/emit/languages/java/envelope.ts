// The open ErrorCode, and quicktype's Jackson classes for the REST envelope and catalog.json, with
// error.code typed as ErrorCode.
import type { Model } from "../../../catalog/model.js";
import { file, patch } from "../shared/common.js";
import { quicktypeFile } from "../shared/jvm.js";
import { catalogTypes, envelopeTypes } from "../shared/quicktype.js";
import { java, javaDir, javaPackage } from "./profile.js";

const header = java.header("scripts/emit/languages/java/envelope.ts");

export function errorCodeFile(model: Model): string {
  const rest = model.restFamily.name;
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    "import com.fasterxml.jackson.annotation.JsonCreator;",
    "import com.fasterxml.jackson.annotation.JsonValue;",
    "import java.util.Objects;",
    "import java.util.Optional;",
    "",
    "/**",
    ` * The envelope's {@code error.code}: a {@link ${rest}}, or a code this catalog does not know yet, kept as`,
    " * its string so that a response with a newer code still decodes.",
    " */",
    "public final class ErrorCode {",
    "    private final String value;",
    "",
    "    private ErrorCode(String value) {",
    "        this.value = Objects.requireNonNull(value, \"value\");",
    "    }",
    "",
    "    /** Any code, known or not. */",
    "    @JsonCreator",
    "    public static ErrorCode of(String value) {",
    "        return new ErrorCode(value);",
    "    }",
    "",
    "    /** A known code. */",
    `    public static ErrorCode of(${rest} code) {`,
    "        return new ErrorCode(code.code());",
    "    }",
    "",
    "    /** The code as it travels. */",
    "    @JsonValue",
    "    public String value() {",
    "        return value;",
    "    }",
    "",
    "    /** The member, for a code this catalog knows. */",
    `    public Optional<${rest}> known() {`,
    `        return ${rest}.fromCode(value);`,
    "    }",
    "",
    "    @Override",
    "    public boolean equals(Object other) {",
    "        return other instanceof ErrorCode && ((ErrorCode) other).value.equals(value);",
    "    }",
    "",
    "    @Override",
    "    public int hashCode() {",
    "        return value.hashCode();",
    "    }",
    "",
    "    @Override",
    "    public String toString() {",
    "        return value;",
    "    }",
    "}",
  ]);
}

const RENDERER = { "array-type": "list", "datetime-provider": "java8", "acronym-style": "camel" };

export async function apiFiles(model: Model): Promise<Record<string, string>> {
  const files = await envelopeTypes(model, { lang: "java", rendererOptions: { ...RENDERER, package: `${javaPackage(model)}.api` } });
  const out: Record<string, string> = {};
  const holders = [...files].filter(([, s]) => s.includes("    private String code;\n"));
  if (holders.length !== 1) throw new Error(`quicktype output changed: ${holders.length} Java classes hold error.code`);
  for (let [name, source] of files) {
    if (name === holders[0]![0]) {
      source = patch(source, "    private String code;\n", "    private ErrorCode code;\n");
      source = patch(source, "    public String getCode() { return code; }", "    public ErrorCode getCode() { return code; }");
      source = patch(source, "    public void setCode(String value) { this.code = value; }", "    public void setCode(ErrorCode value) { this.code = value; }");
      source = patch(source, "import com.fasterxml.jackson.annotation.*;\n", `import com.fasterxml.jackson.annotation.*;\nimport ${javaPackage(model)}.ErrorCode;\n`);
    }
    out[`java/${javaDir(model)}/api/${name}`] = quicktypeFile(header, source, "Types by quicktype from generated/schema/api-response.schema.json.");
  }
  return out;
}

export async function catalogFiles(model: Model): Promise<Record<string, string>> {
  const files = await catalogTypes(model, { lang: "java", rendererOptions: { ...RENDERER, package: `${javaPackage(model)}.catalog` } });
  return Object.fromEntries(
    [...files].map(([name, source]) => [`java/${javaDir(model)}/catalog/${name}`, quicktypeFile(header, source, "Types by quicktype from generated/schema/resolved-catalog.schema.json.")]),
  );
}

