// generated/kotlin: package vpnerrorcodes. Enum classes with code, retryable, fromCode and fromName,
// serialized by Jackson as their wire value; the open ErrorCode; quicktype's Jackson data classes.
import type { Model as Catalog, ResolvedFamily as Family } from "../../catalog/model.js";
import { generatedBy, extraLookupNames, familyDoc, file, isIntegerFamily, memberDoc, members, patch, quote, restFamily } from "./common.js";
import { JACKSON_VERSION, docBlock } from "./java.js";
import { catalogTypes, envelopeTypes, only } from "./quicktype.js";

const HEADER = generatedBy("scripts/emit/languages/kotlin.ts");

export const KOTLIN_PACKAGE = "vpnerrorcodes";
export const KOTLIN_VERSION = "2.0.21";

// Kotlin's hard keywords; backticks would allow them, but an escaped name reads worse than a suffix.
const RESERVED = new Set([
  "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
  "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var",
  "when", "while", "Companion",
]);

const header = `// ${HEADER}`;

function enumFile(catalog: Catalog, family: Family): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = members(family, RESERVED, "Kotlin");
  const identOf = new Map(list.map((m) => [m.code.name, m.ident]));
  const escaped = list.filter((m) => m.ident !== m.code.name);
  const extra = extraLookupNames(family);
  const valueType = integer ? "Int" : "String";
  const lines = [
    header,
    `package ${KOTLIN_PACKAGE}`,
    "",
    "import com.fasterxml.jackson.annotation.JsonCreator",
    "import com.fasterxml.jackson.annotation.JsonValue",
    "",
    ...docBlock([...familyDoc(family), `Jackson reads and writes a member as its ${integer ? "integer value" : "name, which is also its value"}.`], "", 100, false),
    `enum class ${name}(`,
    `    /** The member's value${integer ? "" : ", which is also its identifier"}, as it travels. */`,
    `    @get:JsonValue val code: ${valueType},`,
    "    /** True when a retry, after the step the member's retry advice names, can succeed. */",
    "    val retryable: Boolean,",
    ") {",
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(...docBlock(memberDoc(m.code, m.escapeNote), "    ", 100, false));
    if (m.code.deprecated) lines.push(`    @Deprecated(${quote(m.code.deprecated.note)})`);
    const value = integer ? String(m.code.value) : quote(String(m.code.value));
    lines.push(`    ${m.ident}(${value}, ${m.code.retryable})${i === list.length - 1 ? ";" : ","}`);
  });
  lines.push("", "    /** The catalog's identifier, verbatim. */");
  if (escaped.length > 0) {
    lines.push("    val identifier: String", "        get() = when (this) {");
    for (const m of escaped) lines.push(`            ${m.ident} -> ${quote(m.code.name)}`);
    lines.push("            else -> name", "        }");
  } else lines.push("    val identifier: String", "        get() = name");
  lines.push(
    "",
    // The lookups must name deprecated entries too; only users should be warned about them.
    ...(list.some((m) => m.code.deprecated) ? ['    @Suppress("DEPRECATION")'] : []),
    "    companion object {",
    `        private val byCode: Map<${valueType}, ${name}> = entries.associateBy { it.code }`,
    "",
  );
  if (extra.length > 0) {
    lines.push(
      "        // Identifiers win over aliases and older wire names.",
      `        private val byName: Map<String, ${name}> = mapOf(`,
      ...extra.map(([alias, code]) => `            ${quote(alias)} to ${identOf.get(code.name)},`),
      "        ) + entries.associateBy { it.identifier }",
    );
  } else lines.push(`        private val byName: Map<String, ${name}> = entries.associateBy { it.identifier }`);
  lines.push(
    "",
    "        /** The member whose value is [code], or null for a code this catalog does not know. */",
    "        @JvmStatic",
    `        fun fromCode(code: ${valueType}): ${name}? = byCode[code]`,
    "",
    `        /** The member with this identifier${extra.length > 0 ? ", alias or older wire name" : ""}, or null. */`,
    "        @JvmStatic",
    `        fun fromName(name: String): ${name}? = byName[name]`,
    "",
    "        /** Jackson's way in: a value this catalog does not know is an error. */",
    "        @JsonCreator",
    "        @JvmStatic",
    `        fun ofCode(code: ${valueType}): ${name} =`,
    `            fromCode(code) ?: throw IllegalArgumentException("${name} has no code $code")`,
    "    }",
    "}",
  );
  return file(lines);
}

function errorCodeFile(catalog: Catalog): string {
  const rest = restFamily(catalog).name;
  return file([
    header,
    `package ${KOTLIN_PACKAGE}`,
    "",
    "import com.fasterxml.jackson.annotation.JsonCreator",
    "import com.fasterxml.jackson.annotation.JsonValue",
    "",
    "/**",
    ` * The envelope's \`error.code\`: a [${rest}], or a code this catalog does not know yet, kept as its`,
    " * string so that a response with a newer code still decodes.",
    " */",
    "class ErrorCode private constructor(",
    "    /** The code as it travels. */",
    "    @get:JsonValue val value: String,",
    ") {",
    "    /** The member, for a code this catalog knows. */",
    `    val known: ${rest}?`,
    `        get() = ${rest}.fromCode(value)`,
    "",
    "    override fun equals(other: Any?): Boolean = other is ErrorCode && other.value == value",
    "",
    "    override fun hashCode(): Int = value.hashCode()",
    "",
    "    override fun toString(): String = value",
    "",
    "    companion object {",
    "        /** Any code, known or not. */",
    "        @JsonCreator",
    "        @JvmStatic",
    "        fun of(value: String): ErrorCode = ErrorCode(value)",
    "",
    "        /** A known code. */",
    "        @JvmStatic",
    `        fun of(code: ${rest}): ErrorCode = ErrorCode(code.code)`,
    "    }",
    "}",
  ]);
}

function quicktypeFile(source: string, note: string): string {
  // PropertyNamingStrategy's constants are deprecated since Jackson 2.12 in favour of PropertyNamingStrategies'.
  const current = patch(source, "PropertyNamingStrategy.LOWER_CAMEL_CASE", "PropertyNamingStrategies.LOWER_CAMEL_CASE");
  const body = current.replace(/^(\/\/.*\n|\n)*/, "");
  return file([header, `// ${note}`, body]);
}

const RENDERER = { framework: "jackson", "acronym-style": "camel" };

async function apiFile(catalog: Catalog): Promise<string> {
  let source = only(await envelopeTypes(catalog, { lang: "kotlin", rendererOptions: { ...RENDERER, package: `${KOTLIN_PACKAGE}.api` } }));
  source = patch(source, "    val code: String,\n", "    val code: ErrorCode,\n");
  source = patch(source, "import com.fasterxml.jackson.module.kotlin.*\n", `import com.fasterxml.jackson.module.kotlin.*\nimport ${KOTLIN_PACKAGE}.ErrorCode\n`);
  return quicktypeFile(source, "Types by quicktype from generated/schema/api-response.schema.json.");
}

async function catalogFile(catalog: Catalog): Promise<string> {
  const source = only(await catalogTypes(catalog, { lang: "kotlin", rendererOptions: { ...RENDERER, package: `${KOTLIN_PACKAGE}.catalog` } }));
  return quicktypeFile(source, "Types by quicktype from generated/schema/resolved-catalog.schema.json.");
}

function readme(catalog: Catalog): string {
  const rest = restFamily(catalog).name;
  return file([
    `<!-- ${HEADER} -->`,
    "# vpn-error-codes for Kotlin",
    "",
    `Package \`${KOTLIN_PACKAGE}\`: an enum class per code family with each code's meaning and retry advice;`,
    `\`${KOTLIN_PACKAGE}.api\` holds the OrbVPN REST envelope and \`${KOTLIN_PACKAGE}.catalog\` the types of`,
    `\`catalog.json\`, both generated by quicktype. Built and tested with Kotlin ${KOTLIN_VERSION} on the JVM.`,
    "Add this folder as a source root and jackson-module-kotlin:",
    "",
    "```xml",
    "<dependency>",
    "  <groupId>com.fasterxml.jackson.module</groupId>",
    "  <artifactId>jackson-module-kotlin</artifactId>",
    `  <version>${JACKSON_VERSION}</version>`,
    "</dependency>",
    "```",
    "",
    "```kotlin",
    "OperationalError.fromCode(8203)?.let { code ->",
    '    code.identifier // "InvalidTunnelNetworkIndefaceIndex"',
    "    code.retryable  // true",
    "}",
    "",
    "val response = APIResponse.fromJson(body)",
    `if (!response.success && response.error?.code?.known == ${rest}.TOKEN_EXPIRED) {`,
    "    // refresh the access token, then retry once",
    "}",
    "```",
    "",
    "- `code` is the wire value (an `Int`, or the name in a name family); Jackson writes it and reads it",
    "  back, and rejects a value the catalog does not know.",
    "- `fromCode` looks a value up; `fromName` looks a name up and also accepts the catalog's aliases and",
    "  older wire names. Both return null for an unknown code.",
    "- `retryable` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each entry's KDoc gives the advice itself.",
    "- Entries keep the catalog's identifiers verbatim, misspellings included.",
    `- The error's code is an \`ErrorCode\`, open to codes this catalog does not know yet; \`known\` gives the`,
    `  \`${rest}\` when there is one.`,
  ]);
}

export async function emitKotlin(catalog: Catalog): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "kotlin/README.md": readme(catalog),
    [`kotlin/${KOTLIN_PACKAGE}/ErrorCode.kt`]: errorCodeFile(catalog),
    [`kotlin/${KOTLIN_PACKAGE}/api/Api.kt`]: await apiFile(catalog),
    [`kotlin/${KOTLIN_PACKAGE}/catalog/Catalog.kt`]: await catalogFile(catalog),
  };
  for (const family of catalog.families) files[`kotlin/${KOTLIN_PACKAGE}/${family.name}.kt`] = enumFile(catalog, family);
  return files;
}
