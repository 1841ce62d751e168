// generated/java: package vpnerrorcodes. Enums with code(), retryable(), fromCode and fromName, serialized
// by Jackson as their wire value; the open ErrorCode; quicktype's Jackson classes for the envelope and
// catalog.json. Java 11 or later.
import type { Model as Catalog, ResolvedFamily as Family } from "../../catalog/model.js";
import {
  generatedBy,
  commentLines,
  extraLookupNames,
  familyDoc,
  file,
  isIntegerFamily,
  memberDoc,
  members,
  paragraphs,
  patch,
  quote,
  restFamily,
} from "./common.js";
import { catalogTypes, envelopeTypes } from "./quicktype.js";

const HEADER = generatedBy("scripts/emit/languages/java.ts");

export const JAVA_PACKAGE = "vpnerrorcodes";
export const JACKSON_VERSION = "2.17.2";

// Java's keywords and literals are all lower case; an enum constant may not be called like them.
const RESERVED = new Set([
  "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
  "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
  "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
  "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
  "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
  "record", "_",
]);

const header = `// ${HEADER}`;

/** Text safe inside a Javadoc or KDoc block: no HTML or comment terminators from the catalog's prose. */
export function docText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\*\//g, "*&#47;");
}

/** A /** ... *\/ block; Javadoc wants <p> before every paragraph but the first, KDoc does not. */
export function docBlock(texts: readonly string[], indent: string, width: number, htmlParagraphs: boolean): string[] {
  const lines = paragraphs(texts.map(docText), width - indent.length - 3);
  if (htmlParagraphs) {
    for (let i = 1; i < lines.length; i++) if (lines[i - 1] === "" && lines[i] !== "") lines[i] = `<p>${lines[i]}`;
  }
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

function enumFile(catalog: Catalog, family: Family): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = members(family, RESERVED, "Java");
  const identOf = new Map(list.map((m) => [m.code.name, m.ident]));
  const escaped = list.filter((m) => m.ident !== m.code.name);
  const extra = extraLookupNames(family);
  const boxed = integer ? "Integer" : "String";
  const valueType = integer ? "int" : "String";
  const lines = [
    header,
    `package ${JAVA_PACKAGE};`,
    "",
    "import com.fasterxml.jackson.annotation.JsonCreator;",
    "import com.fasterxml.jackson.annotation.JsonValue;",
    "import java.util.HashMap;",
    "import java.util.Map;",
    "import java.util.Optional;",
    "",
    ...docBlock([...familyDoc(family), `Jackson reads and writes a member as its ${integer ? "integer value" : "name, which is also its value"}.`], "", 100, true),
    `public enum ${name} {`,
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(...docBlock(memberDoc(m.code, m.escapeNote), "    ", 100, true));
    if (m.code.deprecated) lines.push("    @Deprecated");
    const value = integer ? String(m.code.value) : quote(String(m.code.value));
    lines.push(`    ${m.ident}(${value}, ${m.code.retryable})${i === list.length - 1 ? ";" : ","}`);
  });
  lines.push(
    "",
    `    private static final Map<${boxed}, ${name}> BY_CODE = new HashMap<>();`,
    `    private static final Map<String, ${name}> BY_NAME = new HashMap<>();`,
    "",
    "    static {",
    `        for (${name} member : values()) {`,
    "            BY_CODE.put(member.code, member);",
    "            BY_NAME.put(member.identifier(), member);",
    "        }",
  );
  if (extra.length > 0) {
    lines.push("        // Identifiers win over aliases and older wire names.");
    for (const [alias, code] of extra) lines.push(`        BY_NAME.putIfAbsent(${quote(alias)}, ${identOf.get(code.name)});`);
  }
  lines.push(
    "    }",
    "",
    `    private final ${valueType} code;`,
    "    private final boolean retryable;",
    "",
    `    ${name}(${valueType} code, boolean retryable) {`,
    "        this.code = code;",
    "        this.retryable = retryable;",
    "    }",
    "",
    `    /** The member's value${integer ? "" : ", which is also its identifier"}, as it travels. */`,
    "    @JsonValue",
    `    public ${valueType} code() {`,
    "        return code;",
    "    }",
    "",
    "    /** The catalog's identifier, verbatim. */",
    "    public String identifier() {",
  );
  if (escaped.length > 0) {
    lines.push("        switch (this) {");
    for (const m of escaped) lines.push(`            case ${m.ident}:`, `                return ${quote(m.code.name)};`);
    lines.push("            default:", "                return name();", "        }");
  } else lines.push("        return name();");
  lines.push(
    "    }",
    "",
    "    /** True when a retry, after the step the member's retry advice names, can succeed. */",
    "    public boolean retryable() {",
    "        return retryable;",
    "    }",
    "",
    "    /** The member whose value is {@code code}, or empty for a code this catalog does not know. */",
    `    public static Optional<${name}> fromCode(${valueType} code) {`,
    "        return Optional.ofNullable(BY_CODE.get(code));",
    "    }",
    "",
    `    /** The member with this identifier${extra.length > 0 ? ", alias or older wire name" : ""}, or empty. */`,
    `    public static Optional<${name}> fromName(String name) {`,
    "        return Optional.ofNullable(BY_NAME.get(name));",
    "    }",
    "",
    "    /** Jackson's way in: a value this catalog does not know is an error. */",
    "    @JsonCreator",
    `    static ${name} ofCode(${valueType} code) {`,
    `        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(${quote(`${name} has no code `)} + code));`,
    "    }",
    "}",
  );
  return file(lines);
}

function errorCodeFile(catalog: Catalog): string {
  const rest = restFamily(catalog).name;
  return file([
    header,
    `package ${JAVA_PACKAGE};`,
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

/** quicktype's own header names its CLI and an old Jackson; ours says where the file comes from. */
function quicktypeFile(source: string, note: string): string {
  const body = source.replace(/^(\/\/.*\n|\n)*/, "");
  return file([header, `// ${note}`, body]);
}

const RENDERER = { "array-type": "list", "datetime-provider": "java8", "acronym-style": "camel" };

async function apiFiles(catalog: Catalog): Promise<Record<string, string>> {
  const files = await envelopeTypes(catalog, { lang: "java", rendererOptions: { ...RENDERER, package: `${JAVA_PACKAGE}.api` } });
  const out: Record<string, string> = {};
  const holders = [...files].filter(([, s]) => s.includes("    private String code;\n"));
  if (holders.length !== 1) throw new Error(`quicktype output changed: ${holders.length} Java classes hold error.code`);
  for (let [name, source] of files) {
    if (name === holders[0]![0]) {
      source = patch(source, "    private String code;\n", "    private ErrorCode code;\n");
      source = patch(source, "    public String getCode() { return code; }", "    public ErrorCode getCode() { return code; }");
      source = patch(source, "    public void setCode(String value) { this.code = value; }", "    public void setCode(ErrorCode value) { this.code = value; }");
      source = patch(source, "import com.fasterxml.jackson.annotation.*;\n", `import com.fasterxml.jackson.annotation.*;\nimport ${JAVA_PACKAGE}.ErrorCode;\n`);
    }
    out[`java/${JAVA_PACKAGE}/api/${name}`] = quicktypeFile(source, "Types by quicktype from generated/schema/api-response.schema.json.");
  }
  return out;
}

async function catalogFiles(catalog: Catalog): Promise<Record<string, string>> {
  const files = await catalogTypes(catalog, { lang: "java", rendererOptions: { ...RENDERER, package: `${JAVA_PACKAGE}.catalog` } });
  return Object.fromEntries(
    [...files].map(([name, source]) => [`java/${JAVA_PACKAGE}/catalog/${name}`, quicktypeFile(source, "Types by quicktype from generated/schema/resolved-catalog.schema.json.")]),
  );
}

function readme(catalog: Catalog): string {
  const rest = restFamily(catalog).name;
  return file([
    `<!-- ${HEADER} -->`,
    "# vpn-error-codes for Java",
    "",
    `Package \`${JAVA_PACKAGE}\`: an enum per code family with each code's meaning and retry advice;`,
    `\`${JAVA_PACKAGE}.api\` holds the OrbVPN REST envelope and \`${JAVA_PACKAGE}.catalog\` the types of`,
    "`catalog.json`, both generated by quicktype. Java 11 or later. Add this folder as a source root and",
    "these dependencies:",
    "",
    "```xml",
    "<dependency>",
    "  <groupId>com.fasterxml.jackson.core</groupId>",
    "  <artifactId>jackson-databind</artifactId>",
    `  <version>${JACKSON_VERSION}</version>`,
    "</dependency>",
    "<dependency>",
    "  <groupId>com.fasterxml.jackson.datatype</groupId>",
    "  <artifactId>jackson-datatype-jsr310</artifactId>",
    `  <version>${JACKSON_VERSION}</version>`,
    "</dependency>",
    "```",
    "",
    "```java",
    "OperationalError.fromCode(8203).ifPresent(code -> {",
    '    code.identifier(); // "InvalidTunnelNetworkIndefaceIndex"',
    "    code.retryable();  // true",
    "});",
    "",
    "APIResponse response = Converter.APIResponseFromJsonString(body);",
    "if (!response.getSuccess()",
    `        && response.getError().getCode().known().equals(Optional.of(${rest}.TOKEN_EXPIRED))) {`,
    "    // refresh the access token, then retry once",
    "}",
    "```",
    "",
    "- `code()` is the wire value (an `int`, or the name in a name family); Jackson writes it and reads",
    "  it back, and rejects a value the catalog does not know.",
    "- `fromCode` looks a value up; `fromName` looks a name up and also accepts the catalog's aliases and",
    "  older wire names. Both return `Optional`.",
    "- `retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each constant's Javadoc gives the advice itself.",
    "- Constants keep the catalog's identifiers verbatim, misspellings included.",
    `- The error's code is an \`ErrorCode\`, open to codes this catalog does not know yet; \`known()\` gives the`,
    `  \`${rest}\` when there is one.`,
  ]);
}

export async function emitJava(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "java/README.md": readme(catalog),
    [`java/${JAVA_PACKAGE}/ErrorCode.java`]: errorCodeFile(catalog),
    ...(await apiFiles(catalog)),
    ...(await catalogFiles(catalog)),
  };
  for (const family of catalog.families) files[`java/${JAVA_PACKAGE}/${family.name}.java`] = enumFile(catalog, family);
  return files;
}
