// The open ErrorCode, and quicktype's Jackson data classes for the REST envelope and catalog.json, with
// error.code typed as ErrorCode.
import type { Model } from "../../../catalog/model.js";
import { file, patch } from "../shared/common.js";
import { quicktypeFile as jvmQuicktypeFile } from "../shared/jvm.js";
import { catalogTypes, envelopeTypes, only } from "../shared/quicktype.js";
import { jacksonFileStart, kotlin, kotlinPackage } from "./profile.js";

const header = kotlin.header("scripts/emit/languages/kotlin/envelope.ts");

export function errorCodeFile(model: Model): string {
  const rest = model.restFamily.name;
  return file([
    ...jacksonFileStart(model, header),
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

// PropertyNamingStrategy's constants are deprecated since Jackson 2.12 in favour of PropertyNamingStrategies'.
function quicktypeFile(source: string, note: string): string {
  return jvmQuicktypeFile(header, patch(source, "PropertyNamingStrategy.LOWER_CAMEL_CASE", "PropertyNamingStrategies.LOWER_CAMEL_CASE"), note);
}

const RENDERER = { framework: "jackson", "acronym-style": "camel" };

export async function apiFile(model: Model): Promise<string> {
  let source = only(await envelopeTypes(model, { lang: "kotlin", rendererOptions: { ...RENDERER, package: `${kotlinPackage(model)}.api` } }));
  source = patch(source, "    val code: String,\n", "    val code: ErrorCode,\n");
  source = patch(source, "import com.fasterxml.jackson.module.kotlin.*\n", `import com.fasterxml.jackson.module.kotlin.*\nimport ${kotlinPackage(model)}.ErrorCode\n`);
  return quicktypeFile(source, "Types by quicktype from generated/schema/api-response.schema.json.");
}

export async function catalogFile(model: Model): Promise<string> {
  const source = only(await catalogTypes(model, { lang: "kotlin", rendererOptions: { ...RENDERER, package: `${kotlinPackage(model)}.catalog` } }));
  return quicktypeFile(source, "Types by quicktype from generated/schema/resolved-catalog.schema.json.");
}

