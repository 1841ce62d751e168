// The api package: one immutable class per REST code that documents details (TokenExpiredDetails, ...),
// rendered from the details checks every language reads (scripts/catalog/details-checks.ts) and the
// schema's descriptions. Each class reads the details the decoder already holds through the runtime's
// DetailsValues, so that decoding an error gives its typed details with no object mapper: date-times as
// OffsetDateTime, integers as BigInteger (an API may send counts beyond a long; 1e20 is an integer).
import type { Model } from "../../../catalog/model.js";
import { type FieldCheck, detailsChecks } from "../../../catalog/details-checks.js";
import { file, quote } from "../shared/common.js";
import { detailsClass, docText } from "../shared/jvm.js";
import { java, javaDir, javaPackage, javadoc } from "./profile.js";

const header = java.header("scripts/emit/languages/java/details.ts");

/** The Java type of a field and the DetailsValues method that reads it. */
function javaType(f: FieldCheck): { type: string; reader: string; imports: string[] } {
  switch (f.type) {
    case "string":
      return f.format === "date-time" ? { type: "OffsetDateTime", reader: "dateTime", imports: ["java.time.OffsetDateTime"] } : { type: "String", reader: "string", imports: [] };
    case "integer":
      return { type: "BigInteger", reader: "integer", imports: ["java.math.BigInteger"] };
    case "number":
      return { type: "Double", reader: "number", imports: [] };
    case "boolean":
      return { type: "Boolean", reader: "bool", imports: [] };
    case "array":
      return f.items === "string" ? { type: "List<String>", reader: "strings", imports: ["java.util.List"] } : { type: "List<?>", reader: "array", imports: ["java.util.List"] };
    case "object":
      return { type: "Map<?, ?>", reader: "object", imports: [] };
    default:
      return { type: "Object", reader: "value", imports: [] };
  }
}

/** A property name as a Java field: letters, digits and underscores, not a keyword; two alike fail the build. */
export function fieldNames(code: string, fields: readonly FieldCheck[]): string[] {
  const seen = new Map<string, string>();
  return fields.map((f) => {
    let name = f.name.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
    if (java.reserved.has(name) || name === "details") name = `${name}_`;
    const clash = seen.get(name);
    if (clash !== undefined) throw new Error(`${code} details: ${f.name} and ${clash} are both ${name} in Java`);
    seen.set(name, f.name);
    return name;
  });
}

/** A Javadoc block with block tags after its text; the tags are ours, so docText's escaping of @ stays off them. */
export function withTags(block: string[], tags: readonly string[]): string[] {
  const indent = block[0]!.slice(0, block[0]!.indexOf("/**"));
  return [...block.slice(0, -1), `${indent} *`, ...tags.map((t) => `${indent} * ${t}`), block[block.length - 1]!];
}

export const getter = (name: string) => `get${name[0]!.toUpperCase()}${name.slice(1)}`;

function detailsFile(model: Model, code: string, required: readonly string[], fields: readonly FieldCheck[]): string {
  const pkg = javaPackage(model);
  const schema = model.restFamily.codes.find((c) => String(c.value) === code)?.details?.schema as { description?: string; properties?: Record<string, { description?: string }> } | undefined;
  const name = detailsClass(code);
  const names = fieldNames(code, fields);
  const types = fields.map(javaType);
  const imports = [...new Set(["java.util.Map", "java.util.Objects", ...types.flatMap((t) => t.imports)])].sort();
  const args = names.join(", ");
  return file([
    header,
    `package ${pkg}.api;`,
    "",
    `import ${pkg}.DetailsValues;`,
    ...imports.map((i) => `import ${i};`),
    "",
    ...javadoc(
      [
        ...(schema?.description ? [schema.description] : []),
        `The details of {@code ${code}}, as {@link ${pkg}.DecodedResponse.ApiError#typedDetails()} gives them; properties this class does not name stay in {@code details()}. Immutable.`,
      ],
      "",
    ),
    `public final class ${name} {`,
    ...names.map((n, i) => `    private final ${types[i]!.type} ${n};`),
    "",
    `    private ${name}(Map<String, ?> details) {`,
    ...names.map((n, i) => `        ${n} = DetailsValues.${types[i]!.reader}(details, ${quote(fields[i]!.name)});`),
    "    }",
    "",
    ...withTags(
      javadoc(
        [
          `Reads the details of a {@code ${code}} error, as {@code ApiError.details()} gives them; {@code DefaultPolicy.ENVELOPE} has the decoder call it. Never throws on details the decoder accepted.`,
        ],
        "    ",
      ),
      ["@param details the details object", "@return the typed details"],
    ),
    `    public static ${name} read(Map<String, ?> details) {`,
    `        return new ${name}(Objects.requireNonNull(details, "details"));`,
    "    }",
    ...fields.flatMap((f, i) => [
      "",
      ...withTags(
        javadoc(
          [
            ...(schema?.properties?.[f.name]?.description ? [schema.properties[f.name]!.description!] : []),
            required.includes(f.name)
              ? `Required: the decoder accepts no {@code ${code}} details without it${types[i]!.type === "Object" ? " (JSON null reads as null)" : ""}.`
              : "Optional: null when the details leave it out.",
          ],
          "    ",
        ),
        [`@return {@code ${docText(f.name)}}`],
      ),
      `    public ${types[i]!.type} ${getter(names[i]!)}() {`,
      `        return ${names[i]};`,
      "    }",
    ]),
    "",
    "    @Override",
    "    public boolean equals(Object other) {",
    "        if (this == other) return true;",
    `        if (!(other instanceof ${name})) return false;`,
    ...(names.length === 0
      ? ["        return true;"]
      : [`        ${name} that = (${name}) other;`, `        return ${names.map((n) => `Objects.equals(${n}, that.${n})`).join("\n                && ")};`]),
    "    }",
    "",
    "    @Override",
    "    public int hashCode() {",
    `        return Objects.hash(${args});`,
    "    }",
    "",
    "    @Override",
    "    public String toString() {",
    `        return ${names.length === 0 ? quote(`${name}(`) : names.map((n, i) => `${quote(`${i === 0 ? `${name}(` : ", "}${fields[i]!.name}=`)} + ${n}`).join(" + ")} + ")";`,
    "    }",
    "}",
  ]);
}

/** The api package's classes, with each code's reader for DefaultPolicy.ENVELOPE. */
export function detailsFiles(model: Model): Record<string, string> {
  return Object.fromEntries(detailsChecks(model).map((c) => [`java/${javaDir(model)}/api/${detailsClass(c.code)}.java`, detailsFile(model, c.code, c.required, c.fields)]));
}
