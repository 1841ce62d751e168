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
    "    /** The code as it arrived: the member when this catalog knows it, and the raw value either way. */",
    `    public static OpenCode<${name}> decode(${valueType} code) {`,
    `        return new OpenCode<>(code, BY_CODE.get(code));`,
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


/** The open value every family's decode() gives: known member or not, the raw code is kept. */
export function openCodeFile(model: Model): string {
  return file([
    header,
    `package ${javaPackage(model)};`,
    "",
    "import java.util.Objects;",
    "import java.util.Optional;",
    "",
    "/**",
    " * A code as it arrived from the SDK or the API: the member when this catalog knows the code, and the raw",
    " * value either way, so that a code from a newer SDK or server is kept rather than lost or thrown.",
    " *",
    " * @param <E> the family's enum",
    " */",
    "public final class OpenCode<E extends Enum<E>> {",
    "    private final Object raw;",
    "    private final E known;",
    "",
    "    /** @throws NullPointerException when raw is null */",
    "    OpenCode(Object raw, E known) {",
    '        this.raw = Objects.requireNonNull(raw, "raw");',
    "        this.known = known;",
    "    }",
    "",
    "    /** The value as it arrived: an Integer in an integer family, a String in a name family. */",
    "    public Object raw() {",
    "        return raw;",
    "    }",
    "",
    "    /** The member, when this catalog knows the code. */",
    "    public Optional<E> known() {",
    "        return Optional.ofNullable(known);",
    "    }",
    "",
    "    public boolean isKnown() {",
    "        return known != null;",
    "    }",
    "",
    "    @Override",
    "    public boolean equals(Object other) {",
    "        return other instanceof OpenCode && ((OpenCode<?>) other).raw.equals(raw) && Objects.equals(((OpenCode<?>) other).known, known);",
    "    }",
    "",
    "    @Override",
    "    public int hashCode() {",
    "        return raw.hashCode();",
    "    }",
    "",
    "    /** The raw value. */",
    "    @Override",
    "    public String toString() {",
    "        return raw.toString();",
    "    }",
    "}",
  ]);
}
