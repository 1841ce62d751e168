// One enum class per family: code, identifier, retryable, fromCode and fromName, read and written by
// Jackson as the wire value.
import type { Model, ResolvedFamily } from "../../../catalog/model.js";
import { deprecationText, extraLookupNames, familyDoc, file, isIntegerFamily, memberDoc, membersIn, quote } from "../shared/common.js";
import { jacksonFileStart, kdoc, kotlin, kotlinPackage } from "./profile.js";

const header = kotlin.header("scripts/emit/languages/kotlin/enum.ts");

export function enumFile(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = membersIn(family, kotlin);
  const identOf = new Map(list.map((m) => [m.code.name, m.ident]));
  const escaped = list.filter((m) => m.ident !== m.code.name);
  const extra = extraLookupNames(family);
  const valueType = integer ? "Int" : "String";
  const lines = [
    ...jacksonFileStart(model, header),
    ...kdoc([...familyDoc(family), `Jackson reads and writes a member as its ${integer ? "integer value" : "name, which is also its value"}.`], ""),
    `enum class ${name}(`,
    `    /** The member's value${integer ? "" : ", which is also its identifier"}, as it travels. */`,
    `    @get:JsonValue val code: ${valueType},`,
    "    /** True when a retry, after the step the member's retry advice names, can succeed. */",
    "    val retryable: Boolean,",
    ") {",
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(...kdoc(memberDoc(m.code, m.escapeNote), "    "));
    const deprecated = deprecationText(m.code);
    if (deprecated !== undefined) lines.push(`    @Deprecated(${quote(deprecated)})`);
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
    "        /** The code as it arrived: the member when this catalog knows it, and the raw value either way. */",
    "        @JvmStatic",
    `        fun decode(code: ${valueType}): OpenCode<${name}> = OpenCode(code, byCode[code])`,
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


/** The open value every family's decode() gives: known member or not, the raw code is kept. */
export function openCodeFile(model: Model): string {
  return file([
    header,
    `package ${kotlinPackage(model)}`,
    "",
    "/**",
    " * A code as it arrived from the SDK or the API: the member when this catalog knows the code, and the raw",
    " * value either way, so that a code from a newer SDK or server is kept rather than lost or thrown.",
    " */",
    "data class OpenCode<E : Enum<E>>(",
    "    /** The value as it arrived: an Int in an integer family, a String in a name family. */",
    "    val raw: Any,",
    "    /** The member, when this catalog knows the code; null otherwise. */",
    "    val known: E?,",
    ") {",
    "    val isKnown: Boolean",
    "        get() = known != null",
    "",
    "    /** The raw value. */",
    "    override fun toString(): String = raw.toString()",
    "}",
  ]);
}
