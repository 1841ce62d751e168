// generated/csharp/Details.cs: a class per documented details shape (TokenExpiredDetails, ...), each field a
// property of a .NET type read once by runtime/csharp's ErrorDetails, so that ApiResponses.Decode gives
// typed details in one step. The shapes are runtimePolicy(model)'s; the descriptions the envelope schema's.
import type { FieldCheck } from "../../../catalog/details-checks.js";
import type { Model } from "../../../catalog/model.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import { file } from "../shared/common.js";
import { csString, csharp, csharpMemberName, csharpMembers, csharpNamespace, summary } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/details.ts");

/** "TOKEN_EXPIRED" -> "TokenExpiredDetails", the name every language gives the details type. */
export const detailsClass = (code: string) => `${csharpMemberName(code)}Details`;

/** Members ErrorDetails has already: a field may not take their names. */
const INHERITED = new Set(["Raw", "ToString", "Equals", "GetHashCode", "GetType", "Text", "Flag", "Number", "Integer", "Moment", "Texts", "Json"]);

/** A field's .NET type, the ErrorDetails reader that gives it, and what the type says. */
function typed(f: FieldCheck): { type: string; reader: string; note: string } {
  if (f.type === "string" && f.format === "date-time")
    return { type: "DateTimeOffset?", reader: "Moment", note: "A leap second reads as its last tick; a date before year 1 as null (the JSON keeps it)." };
  if (f.type === "string" && f.format === "uri") return { type: "string", reader: "Text", note: "An absolute URI as sent: System.Uri cannot hold every URI the schema accepts (a:b, say)." };
  if (f.type === "string") return { type: "string", reader: "Text", note: "" };
  if (f.type === "integer") return { type: "BigInteger?", reader: "Integer", note: "Exact, and wider than 64 bits when the server sends more: 1e20 is a valid integer." };
  if (f.type === "number") return { type: "double?", reader: "Number", note: "" };
  if (f.type === "boolean") return { type: "bool?", reader: "Flag", note: "" };
  if (f.type === "array" && f.items === "string") return { type: "IReadOnlyList<string>", reader: "Texts", note: "" };
  return { type: "JsonData", reader: "Json", note: "Any JSON value, as sent." };
}

export function detailsFile(model: Model): string {
  const shapes = runtimePolicy(model).envelope.details;
  const rest = model.restFamily;
  const members = csharpMembers(rest);
  const lines = [header, `namespace ${csharpNamespace(model)}`, "{", "    using System;", "    using System.Collections.Generic;", "    using System.Numerics;"];
  for (const shape of shapes) {
    const code = rest.codes.find((c) => String(c.value) === shape.code)!;
    const ident = members.find((m) => m.code === code)!.ident;
    const schema = (code.details?.schema ?? {}) as { description?: string; properties?: Record<string, { description?: string }> };
    const name = detailsClass(shape.code);
    lines.push(
      "",
      ...summary(
        [
          `The details of ${rest.name}.${ident}${schema.description ? `: ${schema.description}` : "."}`,
          "ApiResponses.Decode gives them as this class when they have the documented shape; Raw holds the JSON.",
        ],
        "    ",
      ),
      `    public sealed class ${name} : ErrorDetails`,
      "    {",
      `        /// <summary>Reads the fields of details that passed the code's check.</summary>`,
      `        internal ${name}(JsonData raw)`,
      "            : base(raw)",
      "        {",
    );
    const properties: string[] = [];
    for (const f of shape.fields) {
      const property = f.name.charAt(0).toUpperCase() + f.name.slice(1);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(property) || INHERITED.has(property) || property === name) {
        throw new Error(`${rest.name}.${code.name} details: field ${JSON.stringify(f.name)} cannot be the C# property ${property}`);
      }
      const { type, reader, note } = typed(f);
      const required = shape.required.includes(f.name) ? "Required" : "Optional, null when absent";
      lines.push(`            ${property} = ${reader}(${csString(f.name)});`);
      properties.push("", ...summary([`${schema.properties?.[f.name]?.description ?? f.name} ${required}. ${note}`.trim()], "        "), `        public ${type} ${property} { get; }`);
    }
    lines.push("        }", ...properties, "    }");
  }
  lines.push("}");
  return file(lines);
}
