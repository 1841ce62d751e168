// One enum per family: UPPER_SNAKE constants, each holding its code's facts (runtime/java's CodeFacts, read
// through CatalogCode's methods) and the family's lookup keys (runtime/java's CodeIndex) rendered from the
// model's derived keys. Jackson reads and writes a member as its wire value.
import type { Model, ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { familyDoc, file, isIntegerFamily, memberDoc, quote } from "../shared/common.js";
import { docText } from "../shared/jvm.js";
import { java, javaMembers, javaPackage, javadoc } from "./profile.js";

const header = java.header("scripts/emit/languages/java/enum.ts");

/** A Java string literal, or null. */
const optional = (text: string | undefined) => (text === undefined ? "null" : quote(text));

/** The CodeIndex.MatchedBy constant of a model key kind. */
const KIND: Record<string, string> = { name: "NAME", alias: "ALIAS", legacyName: "LEGACY_NAME", value: "VALUE" };

function facts(code: ResolvedCode): string {
  const r = code.retry;
  const d = code.deprecated;
  return [
    `CodeFacts.of(${quote(code.name)}, ${quote(code.group)}, ${code.retryable}, ${code.httpStatus ?? "CodeFacts.NO_HTTP_STATUS"},`,
    `                    ${quote(code.description)},`,
    `                    ${quote(r.strategy)}, ${quote(r.basis)}, ${quote(r.note)}, ${optional(r.override)},`,
    `                    ${optional(code.action?.text)}, ${quote(code.stability)},`,
    `                    ${d ? `new Deprecation(${quote(d.reason)}, ${optional(d.replacement)}, ${quote(d.note)})` : "null"})`,
  ].join("\n");
}

export function enumFile(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = javaMembers(family);
  const identOf = (index: number) => list[index]!.ident;
  const valueType = integer ? "int" : "String";
  const boxed = integer ? "Integer" : "String";
  const lines = [
    header,
    `package ${javaPackage(model)};`,
    "",
    "import com.fasterxml.jackson.annotation.JsonCreator;",
    "import com.fasterxml.jackson.annotation.JsonValue;",
    `import ${javaPackage(model)}.CodeIndex.Match;`,
    `import ${javaPackage(model)}.CodeIndex.MatchedBy;`,
    "import java.util.Optional;",
    "",
    ...javadoc(
      [
        ...familyDoc(family),
        `Constants follow Java's UPPER_SNAKE convention; ${integer ? "{@link #code()} is the value as it travels" : "{@link #code()} is the vendor's name as it travels"} and {@link #identifier()} the catalog's spelling, and the lookups accept both. Each member answers its meaning and retry advice through {@link CatalogCode}. Jackson reads and writes a member as its wire value.`,
      ],
      "",
    ),
    `public enum ${name} implements CatalogCode {`,
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    const wire = `Wire value {@code ${docText(String(m.code.value))}}${integer ? `, identifier {@code ${docText(m.code.name)}}` : ""}.`;
    // Javadoc's @deprecated tag and the @Deprecated annotation go together; javac checks that they do.
    lines.push(
      ...javadoc([...memberDoc(m.code, undefined, "@deprecated").filter((p) => !p.startsWith("@")), wire, ...memberDoc(m.code, undefined, "@deprecated").filter((p) => p.startsWith("@"))], "    "),
    );
    if (m.code.deprecated) lines.push("    @Deprecated");
    const value = integer ? String(m.code.value) : quote(String(m.code.value));
    lines.push(`    ${m.ident}(${value},`, `            ${facts(m.code)})${i === list.length - 1 ? ";" : ","}`);
  });
  lines.push(
    "",
    "    /**",
    "     * Every key the lookups accept, the model's priority between them applied: in a holder, so that loading",
    `     * the enum builds no table${integer ? " and {@link #fromValue} (a switch) never needs one" : ""}.`,
    "     */",
    "    private static final class Keys {",
    `        static final CodeIndex<${name}> INDEX = CodeIndex.<${name}>builder()`,
    ...family.derived.keys.map((k) =>
      typeof k.key === "number" ? `                .value(${k.key}, ${identOf(k.index)})` : `                .key(${quote(k.key)}, MatchedBy.${KIND[k.kind]}, ${identOf(k.index)})`,
    ),
    "                .build();",
    "    }",
    "",
    `    private final ${valueType} code;`,
    "    private final CodeFacts facts;",
    "",
    `    ${name}(${valueType} code, CodeFacts facts) {`,
    "        this.code = code;",
    "        this.facts = facts;",
    "    }",
    "",
    "    /**",
    `     * The member's value as it travels${integer ? "" : " (the vendor's name)"}.`,
    "     *",
    "     * @return the value",
    "     */",
    "    @JsonValue",
    `    public ${valueType} code() {`,
    "        return code;",
    "    }",
    "",
    "    @Override",
    "    public CodeFacts facts() {",
    "        return facts;",
    "    }",
    "",
  );
  if (integer) {
    lines.push(
      "    /**",
      "     * The member whose value is {@code value}.",
      "     *",
      "     * @param value the value as it travels",
      "     * @return the member, or empty for a value this catalog does not know",
      "     */",
      `    public static Optional<${name}> fromValue(long value) {`,
      "        if (value != (int) value) return Optional.empty();",
      "        switch ((int) value) {",
      // The number keys are unique (the model keeps one winner per key), so each is one case label.
      ...family.derived.keys.flatMap((k) => (typeof k.key === "number" ? [`            case ${k.key}:`, `                return Optional.of(${identOf(k.index)});`] : [])),
      "            default:",
      "                return Optional.empty();",
      "        }",
      "    }",
      "",
      "    /**",
      "     * The member whose value is {@code value}, and how the value found it.",
      "     *",
      "     * @param value the value as it travels",
      "     * @return the match, or empty",
      "     */",
      `    public static Optional<Match<${name}>> lookup(long value) {`,
      "        return Keys.INDEX.find(value);",
      "    }",
      "",
    );
  }
  lines.push(
    "    /**",
    `     * The member whose ${integer ? "value" : "name"} is {@code code}, as {@code error.code} or a log carries it.`,
    "     *",
    "     * @param code the value as it travels",
    "     * @return the member, or empty for a code this catalog does not know",
    "     */",
    `    public static Optional<${name}> fromCode(${valueType} code) {`,
    ...(integer
      ? ["        return fromValue(code);"]
      : [`        Optional<${name}> member = Keys.INDEX.member(code);`, "        return member.isPresent() && member.get().code.equals(code) ? member : Optional.empty();"]),
    "    }",
    "",
    "    /**",
    "     * The code as it arrived: the member when this catalog knows it, and the raw value either way.",
    "     *",
    "     * @param code the value as it travels",
    "     * @return the open code",
    "     */",
    `    public static OpenCode<${name}, ${boxed}> decode(${valueType} code) {`,
    `        return new OpenCode<>(code, fromCode(code).orElse(null));`,
    "    }",
    "",
    "    /**",
    "     * The member with this identifier, alias or older wire name, as the vendor spells them ({@code valueOf}",
    "     * takes the constant's name).",
    "     *",
    "     * @param name the name to look up",
    "     * @return the member, or empty",
    "     */",
    `    public static Optional<${name}> fromName(String name) {`,
    "        return Keys.INDEX.named(name);",
    "    }",
    "",
    "    /**",
    `     * The member any key names (${integer ? "the value's decimal text, " : ""}identifier, alias or older wire name), and how the key found it, as TypeScript's {@code describe} answers.`,
    "     *",
    "     * @param key the key",
    "     * @return the match, or empty for an unknown or null key",
    "     */",
    `    public static Optional<Match<${name}>> lookup(String key) {`,
    "        return Keys.INDEX.find(key);",
    "    }",
    "",
    ...(reconnectFacts(model)?.families.some((f) => f.family === family.name)
      ? ["    /** The lookup the catalog's reconnect policy reads this family's keys with. */", `    static CodeIndex<${name}> index() {`, "        return Keys.INDEX;", "    }", ""]
      : []),
    "    /** Jackson's way in: a value this catalog does not know is an error. */",
    "    @JsonCreator",
    `    static ${name} ofCode(${valueType} code) {`,
    `        Optional<${name}> member = fromCode(code);`,
    `        if (member.isEmpty()) throw new IllegalArgumentException(${quote(`${name} has no code `)} + code);`,
    "        return member.get();",
    "    }",
    "}",
  );
  return file(lines);
}
