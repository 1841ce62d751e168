// One enum per family: code(), identifier(), retryable(), fromCode and fromName, read and written by
// Jackson as the wire value.
import type { Model, ResolvedFamily } from "../../../catalog/model.js";
import { extraLookupNames, familyDoc, file, isIntegerFamily, memberDoc, membersIn, quote } from "../shared/common.js";
import { java, javaPackage, javadoc } from "./profile.js";

const header = java.header("scripts/emit/languages/java/enum.ts");

export function enumFile(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = membersIn(family, java);
  const identOf = new Map(list.map((m) => [m.code.name, m.ident]));
  const escaped = list.filter((m) => m.ident !== m.code.name);
  const extra = extraLookupNames(family);
  const boxed = integer ? "Integer" : "String";
  const valueType = integer ? "int" : "String";
  const lines = [
    header,
    `package ${javaPackage(model)};`,
    "",
    "import com.fasterxml.jackson.annotation.JsonCreator;",
    "import com.fasterxml.jackson.annotation.JsonValue;",
    "import java.util.HashMap;",
    "import java.util.Map;",
    "import java.util.Optional;",
    "",
    ...javadoc([...familyDoc(family), `Jackson reads and writes a member as its ${integer ? "integer value" : "name, which is also its value"}.`], ""),
    `public enum ${name} {`,
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    // Javadoc's @deprecated tag and the @Deprecated annotation go together; javac checks that they do.
    lines.push(...javadoc(memberDoc(m.code, m.escapeNote, "@deprecated"), "    "));
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
    "    /**",
    `     * The member's value${integer ? "" : ", which is also its identifier"}, as it travels.`,
    "     *",
    "     * @return the value",
    "     */",
    "    @JsonValue",
    `    public ${valueType} code() {`,
    "        return code;",
    "    }",
    "",
    "    /**",
    "     * The catalog's identifier, verbatim.",
    "     *",
    "     * @return the identifier",
    "     */",
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
    "    /**",
    "     * Whether a retry, after the step the member's retry advice names, can succeed.",
    "     *",
    "     * @return true for a retryable member",
    "     */",
    "    public boolean retryable() {",
    "        return retryable;",
    "    }",
    "",
    "    /**",
    "     * The member whose value is {@code code}.",
    "     *",
    "     * @param code the value as it travels",
    "     * @return the member, or empty for a code this catalog does not know",
    "     */",
    `    public static Optional<${name}> fromCode(${valueType} code) {`,
    "        return Optional.ofNullable(BY_CODE.get(code));",
    "    }",
    "",
    "    /**",
    "     * The code as it arrived: the member when this catalog knows it, and the raw value either way.",
    "     *",
    "     * @param code the value as it travels",
    "     * @return the open code",
    "     */",
    `    public static OpenCode<${name}> decode(${valueType} code) {`,
    `        return new OpenCode<>(code, BY_CODE.get(code));`,
    "    }",
    "",
    "    /**",
    `     * The member with this identifier${extra.length > 0 ? ", alias or older wire name" : ""}.`,
    "     *",
    "     * @param name the name to look up",
    "     * @return the member, or empty",
    "     */",
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

