// One enum per family with XML doc comments; extension methods for the wire value, retry advice and
// lookups; a Json.NET converter for name families.
import type { Model, ResolvedFamily } from "../../../catalog/model.js";
import { deprecationText, extraLookupNames, familyDoc, file, isIntegerFamily, lookupNames, memberDoc, quote } from "../shared/common.js";
import { csharpNamespace, csName, csharp, csharpMembers, summary } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/enum.ts");

export function enumFile(model: Model, family: ResolvedFamily): string {
  const integer = isIntegerFamily(family);
  const name = family.name;
  const list = csharpMembers(family);
  const identOf = new Map(list.map((m) => [m.code.name, csName(m.ident)]));
  const retryable = list.filter((m) => m.code.retryable);
  const valueType = integer ? "int" : "string";
  const extra = extraLookupNames(family);
  const lines = [
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using System.Collections.Generic;",
    ...(integer ? [] : ["    using Newtonsoft.Json;"]),
    "",
    ...summary(
      [
        family.description,
        ...familyDoc(family).slice(1),
        integer
          ? "The underlying value is the code's value; Json.NET reads and writes it as that integer."
          : `The underlying numbers carry no meaning; the wire value is the name, which ${name}Extensions.Code gives and Json.NET reads and writes.`,
      ],
      "    ",
    ),
    ...(integer ? [] : [`    [JsonConverter(typeof(${name}JsonConverter))]`]),
    `    public enum ${name}`,
    "    {",
  ];
  list.forEach((m, i) => {
    if (i > 0) lines.push("");
    lines.push(...summary(memberDoc(m.code, m.escapeNote), "        "));
    const obsolete = deprecationText(m.code);
    if (obsolete !== undefined) lines.push(`        [Obsolete(${quote(obsolete)})]`);
    lines.push(`        ${csName(m.ident)}${integer ? ` = ${m.code.value}` : ""},`);
  });
  lines.push("    }", "");

  const names = lookupNames(family);
  const deprecated = list.some((m) => m.code.deprecated);
  // The lookups must name obsolete members too; only users should be warned about them.
  if (deprecated) lines.push("#pragma warning disable 618");
  lines.push(
    `    /// <summary>The wire value, retry advice and lookups of <see cref="${name}"/>.</summary>`,
    `    public static class ${name}Extensions`,
    "    {",
  );
  if (!integer) {
    lines.push(
      `        private static readonly Dictionary<string, ${name}> ByCode = new Dictionary<string, ${name}>`,
      "        {",
      ...list.map((m) => `            { ${quote(String(m.code.value))}, ${name}.${csName(m.ident)} },`),
      "        };",
      "",
    );
  }
  lines.push(
    `        // Identifiers win over aliases and older wire names${extra.length > 0 ? "" : " (this family has none)"}.`,
    `        private static readonly Dictionary<string, ${name}> ByName = new Dictionary<string, ${name}>`,
    "        {",
    ...names.map(([n, code]) => `            { ${quote(n)}, ${name}.${identOf.get(code.name)} },`),
    "        };",
    "",
    `        /// <summary>The member's value${integer ? "" : ", which is also its identifier"}, as it travels.</summary>`,
    `        public static ${valueType} Code(this ${name} code)`,
    "        {",
  );
  if (integer) lines.push("            return (int)code;");
  else {
    lines.push("            switch (code)", "            {");
    for (const m of list) lines.push(`                case ${name}.${csName(m.ident)}: return ${quote(String(m.code.value))};`);
    lines.push("                default: throw new ArgumentOutOfRangeException(\"code\", code, null);", "            }");
  }
  lines.push(
    "        }",
    "",
    "        /// <summary>The catalog's identifier, verbatim.</summary>",
    `        public static string Identifier(this ${name} code)`,
    "        {",
    "            return code.ToString();",
    "        }",
    "",
    "        /// <summary>True when a retry, after the step the member's retry advice names, can succeed.</summary>",
    `        public static bool IsRetryable(this ${name} code)`,
    "        {",
  );
  if (retryable.length > 0) {
    lines.push("            switch (code)", "            {");
    for (const m of retryable) lines.push(`                case ${name}.${csName(m.ident)}:`);
    lines.push("                    return true;", "                default:", "                    return false;", "            }");
  } else lines.push("            return false;");
  lines.push(
    "        }",
    "",
    `        /// <summary>The member whose value is <paramref name="code"/>; false for a code this catalog does not know.</summary>`,
    `        public static bool TryFromCode(${valueType} code, out ${name} member)`,
    "        {",
  );
  if (integer) {
    lines.push(
      `            member = (${name})code;`,
      `            return Enum.IsDefined(typeof(${name}), code);`,
    );
  } else lines.push("            return ByCode.TryGetValue(code, out member);");
  lines.push(
    "        }",
    "",
    "        /// <summary>The code as it arrived: the member when this catalog knows it, and the raw value either way.</summary>",
    `        public static OpenCode<${name}> Decode(${valueType} code)`,
    "        {",
    `            ${name} member;`,
    `            return new OpenCode<${name}>(code, TryFromCode(code, out member) ? member : (${name}?)null);`,
    "        }",
    "",
    `        /// <summary>The member with this identifier${extra.length > 0 ? ", alias or older wire name" : ""}; false for any other name.</summary>`,
    `        public static bool TryParse(string name, out ${name} member)`,
    "        {",
    "            return ByName.TryGetValue(name, out member);",
    "        }",
    "",
    "        /// <summary>Every member, in value order.</summary>",
    `        public static IReadOnlyList<${name}> Values { get; } = new[]`,
    "        {",
    ...list.map((m) => `            ${name}.${csName(m.ident)},`),
    "        };",
    "    }",
  );
  if (deprecated) lines.push("#pragma warning restore 618");
  if (!integer) lines.push("", ...jsonConverter(name));
  lines.push("}");
  return file(lines);
}

/** Exact wire values both ways: Json.NET's StringEnumConverter would also accept any letter case. */
function jsonConverter(name: string): string[] {
  return `    /// <summary>Reads and writes a <see cref="${name}"/> as its wire value; an unknown value is an error.</summary>
    public sealed class ${name}JsonConverter : JsonConverter
    {
        /// <summary>True for <see cref="${name}"/>.</summary>
        public override bool CanConvert(Type objectType)
        {
            return objectType == typeof(${name});
        }

        /// <summary>The member whose wire value the JSON string is; anything else is a JsonSerializationException.</summary>
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var code = reader.Value as string;
            ${name} member;
            if (reader.TokenType == JsonToken.String && ${name}Extensions.TryFromCode(code, out member))
            {
                return member;
            }
            throw new JsonSerializationException("${name} has no code " + (reader.Value ?? "null"));
        }

        /// <summary>The member's wire value as a JSON string.</summary>
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            writer.WriteValue(((${name})value).Code());
        }
    }`.split("\n");
}
