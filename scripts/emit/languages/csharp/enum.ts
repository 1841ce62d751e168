// One enum per family, its members in .NET's PascalCase with XML docs, and a static class named after the
// family in the plural (OperationalErrors) whose extension methods give each member's facts and whose
// lookups find a member by value, identifier, alias or older wire name: runtime/csharp's CodeFacts and
// CodeIndex, filled from the model's facts and derived keys.
import type { Model, ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { deprecationText, familyDoc, file, isIntegerFamily, memberDoc } from "../shared/common.js";
import { csName, csString, csharp, csharpMembers, csharpNamespace, summary } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/enum.ts");

/** The static class of a family's lookups and extension methods: "OperationalErrors". */
export const lookupClass = (family: ResolvedFamily) => `${family.name}${family.name.endsWith("s") ? "es" : "s"}`;

/** The MatchedBy member of a model key kind. */
const KIND: Record<string, string> = { name: "Name", alias: "Alias", legacyName: "LegacyName", value: "Value" };

const optional = (text: string | undefined) => (text === undefined ? "null" : csString(text));

function facts(family: ResolvedFamily, code: ResolvedCode): string {
  const r = code.retry;
  const d = code.deprecated;
  const strategy = `RetryStrategy.${r.strategy.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase())}`;
  const value = typeof code.value === "number" ? String(code.value) : csString(code.value);
  return [
    `new CodeFacts(${csString(family.name)}, ${csString(code.name)}, ${value}, ${csString(code.group)},`,
    `                    ${csString(code.description)},`,
    `                    ${code.httpStatus ?? "null"}, ${code.retryable}, new RetryAdvice(${strategy}, ${csString(r.basis)}, ${csString(r.note)}, ${optional(r.override)}),`,
    `                    ${optional(code.action?.text)}, ${csString(code.stability)},`,
    `                    ${d ? `new Deprecation(${csString(d.reason)}, ${optional(d.replacement)}, ${csString(d.note)})` : "null"})`,
  ].join("\n");
}

export function enumFile(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const plural = lookupClass(family);
  const list = csharpMembers(family);
  const member = (index: number) => `${name}.${csName(list[index]!.ident)}`;
  const valueType = integer ? "int" : "string";
  const lines = [
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using System.Collections.Generic;",
    "",
    ...summary(
      [
        family.description,
        ...familyDoc(family).slice(1),
        `Members are in .NET's PascalCase; ${integer ? "each member's number is the code's value" : "the numbers carry no meaning, and the wire value is the vendor's name, which Code() gives"}. ${plural} gives each member's meaning and retry advice as extension methods, and finds a member by value, identifier, alias or older wire name.`,
      ],
      "    ",
    ),
    `    public enum ${name}`,
    "    {",
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    const wire = integer ? `Value ${m.code.value}, identifier ${m.code.name}.` : `Wire value ${m.code.value}.`;
    lines.push(...summary([...memberDoc(m.code, m.escapeNote), wire], "        "));
    const obsolete = deprecationText(m.code);
    if (obsolete !== undefined) lines.push(`        [Obsolete(${csString(obsolete)})]`);
    lines.push(`        ${csName(m.ident)}${integer ? ` = ${m.code.value}` : ""},`);
  });
  lines.push("    }", "");

  // The lookups must name obsolete members too; only users should be warned about them.
  const deprecated = list.some((m) => m.code.deprecated);
  if (deprecated) lines.push("#pragma warning disable 618");
  lines.push(
    `    /// <summary>The facts and lookups of <see cref="${name}"/>: what each member means and what to do about it, and the member a value or name finds.</summary>`,
    `    public static class ${plural}`,
    "    {",
    `        // Every member in the catalog's order (${integer ? "its number is its value" : "its number is its position"}), then each one's facts and the text keys.`,
    `        private static readonly ${name}[] Members =`,
    "        {",
    ...list.map((_, i) => `            ${member(i)},`),
    "        };",
    "",
    `        private static IReadOnlyList<${name}> values;`,
    "",
    "        private static readonly CodeIndex Index = new CodeIndex(Members.Length, Describe, Keys);",
    "",
    "        // Each member's facts, made when first asked for: a first lookup compiles and builds the one it needs.",
    "        private static CodeFacts Describe(int position)",
    "        {",
    "            switch (position)",
    "            {",
    ...list.map((m, i) => `                case ${i}: return ${m.ident}Facts();`),
    "                default: return null;",
    "            }",
    "        }",
  );
  for (const m of list) {
    lines.push("", `        private static CodeFacts ${m.ident}Facts()`, "        {", `            return ${facts(family, m.code).replace(/\n {20}/g, "\n                ")};`, "        }");
  }
  // The numeric keys are the members' own numbers, which Lookup(long) reads from the enum; the text keys
  // (values' digits included) are added when a text is first looked up.
  lines.push(
    "",
    "        // Every text key the lookups accept, the model's priority between them applied, and the position it finds.",
    "        private static void Keys(CodeIndex index)",
    "        {",
  );
  for (const k of family.derived.keys) {
    if (typeof k.key === "number") continue;
    lines.push(`            index.Key(${csString(k.key)}, MatchedBy.${KIND[k.kind]}, ${k.index}); // ${list[k.index]!.ident}`);
  }
  lines.push("        }");
  lines.push(
    "",
    "        /// <summary>Every member, in the catalog's order.</summary>",
    `        public static IReadOnlyList<${name}> Values`,
    "        {",
    "            // Made when first asked for: a cold lookup need not compile a collection of the enum.",
    "            get { return values ?? (values = Array.AsReadOnly(Members)); }",
    "        }",
    "",
    `        /// <summary>The member's value as it travels${integer ? "" : ": the vendor's name"}; for a number no member has, ${integer ? "that number" : "its decimal text"}.</summary>`,
    `        public static ${valueType} Code(this ${name} code)`,
    "        {",
    integer ? "            return (int)code;" : "            CodeFacts facts = Index[(int)code];",
    ...(integer ? [] : ["            return facts == null ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : (string)facts.Value;"]),
    "        }",
    "",
    "        /// <summary>The member's facts: meaning, group, HTTP status, retry advice, action, stability, deprecation; null for a number no member has.</summary>",
    `        public static CodeFacts Facts(this ${name} code)`,
    "        {",
    ...(integer ? ["            return Index[Position((int)code)];"] : ["            return Index[(int)code];"]),
    "        }",
    "",
    "        /// <summary>The catalog's identifier, verbatim: the vendor's spelling, misspellings included.</summary>",
    `        public static string Identifier(this ${name} code)`,
    "        {",
    "            CodeFacts facts = code.Facts();",
    "            return facts == null ? code.ToString() : facts.Identifier;",
    "        }",
    "",
    "        /// <summary>What the code means; null for a number no member has.</summary>",
    `        public static string Description(this ${name} code)`,
    "        {",
    "            CodeFacts facts = code.Facts();",
    "            return facts == null ? null : facts.Description;",
    "        }",
    "",
    "        /// <summary>The code's retry advice (strategy, basis, note, override); null for a number no member has.</summary>",
    `        public static RetryAdvice RetryAdvice(this ${name} code)`,
    "        {",
    "            CodeFacts facts = code.Facts();",
    "            return facts == null ? null : facts.RetryAdvice;",
    "        }",
    "",
    "        /// <summary>True when a retry, after the step the member's retry advice names, can succeed.</summary>",
    `        public static bool IsRetryable(this ${name} code)`,
    "        {",
    "            CodeFacts facts = code.Facts();",
    "            return facts != null && facts.IsRetryable;",
    "        }",
    "",
  );
  if (integer) {
    lines.push(
      "        /// <summary>The member with this value, and how it was found; null for a value the catalog does not know.</summary>",
      `        public static CodeMatch<${name}> Lookup(long value)`,
      "        {",
      "            int position = Position(value);",
      `            return position < 0 ? null : new CodeMatch<${name}>(Members[position], MatchedBy.Value, Index[position]);`,
      "        }",
      "",
      "        // The position of the member with this value, or -1: a scan of a few dozen numbers, with no table to build.",
      "        private static int Position(long value)",
      "        {",
      "            for (int position = 0; position < Members.Length; position++)",
      "            {",
      "                if ((int)Members[position] == value) return position;",
      "            }",
      "            return -1;",
      "        }",
      "",
    );
  }
  lines.push(
    `        /// <summary>The member this identifier, alias or older wire name${integer ? ", or decimal value," : ""} finds, and how; null for any other text.</summary>`,
    `        public static CodeMatch<${name}> Lookup(string key)`,
    "        {",
    "            int position;",
    "            MatchedBy matchedBy;",
    `            return Index.TryFind(key, out position, out matchedBy) ? new CodeMatch<${name}>(Members[position], matchedBy, Index[position]) : null;`,
    "        }",
    "",
    `        /// <summary>The member whose ${integer ? "value" : "wire value"} is <paramref name="code"/>; false for a code this catalog does not know.</summary>`,
    `        public static bool TryFromCode(${valueType} code, out ${name} member)`,
    "        {",
    `            CodeMatch<${name}> match = Lookup(code);`,
    integer
      ? `            member = match == null ? default(${name}) : match.Member;`
      : "            bool found = match != null && match.MatchedBy == MatchedBy.Name && (string)match.Facts.Value == code;",
    ...(integer ? ["            return match != null;"] : [`            member = found ? match.Member : default(${name});`, "            return found;"]),
    "        }",
    "",
    `        /// <summary>The member whose ${integer ? "value" : "wire value"} is <paramref name="code"/>; null for a code this catalog does not know.</summary>`,
    `        public static ${name}? FromCode(${valueType} code)`,
    "        {",
    `            ${name} member;`,
    `            return TryFromCode(code, out member) ? member : (${name}?)null;`,
    "        }",
    "",
    "        /// <summary>The code as it arrived: the member when this catalog knows it, and the raw value either way.</summary>",
    `        public static OpenCode<${name}, ${valueType}> Decode(${valueType} code)`,
    "        {",
    `            return new OpenCode<${name}, ${valueType}>(code, FromCode(code));`,
    "        }",
    "",
    "        /// <summary>The member with this identifier, alias or older wire name (the C# member's own name is Enum.TryParse's); false for any other name.</summary>",
    `        public static bool TryParse(string name, out ${name} member)`,
    "        {",
    `            CodeMatch<${name}> match = Lookup(name);`,
    "            bool found = match != null && match.MatchedBy != MatchedBy.Value;",
    `            member = found ? match.Member : default(${name});`,
    "            return found;",
    "        }",
    "    }",
  );
  if (deprecated) lines.push("#pragma warning restore 618");
  lines.push("}");
  return file(lines);
}
