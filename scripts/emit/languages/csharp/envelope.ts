// The open ErrorCode with its converter, and quicktype's Json.NET classes for the REST envelope and
// catalog.json, with error.code typed as ErrorCode.
import type { Model } from "../../../catalog/model.js";
import { file, patch } from "../shared/common.js";
import { catalogTypes, dropLeadingComments, envelopeTypes, only } from "../shared/quicktype.js";
import { csharp, csharpNamespace } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/envelope.ts");

export function errorCodeFile(model: Model): string {
  const rest = model.restFamily.name;
  return file([
    header,
    `namespace ${csharpNamespace(model)}`,
    "{",
    "    using System;",
    "    using Newtonsoft.Json;",
    "",
    "    /// <summary>",
    `    /// The envelope's error.code: a <see cref="${rest}"/>, or a code this catalog does not know yet, kept`,
    "    /// as its string so that a response with a newer code still decodes.",
    "    /// </summary>",
    "    [JsonConverter(typeof(ErrorCodeJsonConverter))]",
    "    public sealed class ErrorCode : IEquatable<ErrorCode>",
    "    {",
    "        /// <summary>Any code, known or not.</summary>",
    "        public ErrorCode(string value)",
    "        {",
    "            if (value == null) throw new ArgumentNullException(\"value\");",
    "            Value = value;",
    "        }",
    "",
    "        /// <summary>A known code.</summary>",
    `        public ErrorCode(${rest} code) : this(code.Code())`,
    "        {",
    "        }",
    "",
    "        /// <summary>The code as it travels.</summary>",
    "        public string Value { get; }",
    "",
    "        /// <summary>The member, for a code this catalog knows; null otherwise.</summary>",
    `        public ${rest}? Known`,
    "        {",
    "            get",
    "            {",
    `                ${rest} member;`,
    `                return ${rest}Extensions.TryFromCode(Value, out member) ? member : (${rest}?)null;`,
    "            }",
    "        }",
    "",
    "        public bool Equals(ErrorCode other)",
    "        {",
    "            return other != null && other.Value == Value;",
    "        }",
    "",
    "        public override bool Equals(object obj)",
    "        {",
    "            return Equals(obj as ErrorCode);",
    "        }",
    "",
    "        public override int GetHashCode()",
    "        {",
    "            return Value.GetHashCode();",
    "        }",
    "",
    "        public override string ToString()",
    "        {",
    "            return Value;",
    "        }",
    "    }",
    "",
    "    /// <summary>Reads and writes an <see cref=\"ErrorCode\"/> as its string.</summary>",
    "    public sealed class ErrorCodeJsonConverter : JsonConverter",
    "    {",
    "        public override bool CanConvert(Type objectType)",
    "        {",
    "            return objectType == typeof(ErrorCode);",
    "        }",
    "",
    "        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)",
    "        {",
    "            if (reader.TokenType != JsonToken.String)",
    "            {",
    "                throw new JsonSerializationException(\"error.code must be a string\");",
    "            }",
    "            return new ErrorCode((string)reader.Value);",
    "        }",
    "",
    "        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)",
    "        {",
    "            writer.WriteValue(((ErrorCode)value).Value);",
    "        }",
    "    }",
    "}",
  ]);
}

const RENDERER = { framework: "NewtonSoft", "csharp-version": "6", "array-type": "list", features: "complete", "check-required": true };

function quicktypeFile(source: string, note: string): string {
  // Required.DisallowNull needs Json.NET 8; without it an optional property may also be null, which
  // every Json.NET since 6.0 (Debian's, which the tests build with) understands.
  const portable = source.replace(/, Required = Required\.DisallowNull(?=[,)])/g, "");
  return file([header, `// ${note}`, "", dropLeadingComments(portable)]);
}

export async function apiFile(model: Model): Promise<string> {
  let source = only(await envelopeTypes(model, { lang: "csharp", rendererOptions: { ...RENDERER, namespace: `${csharpNamespace(model)}.Api` } }));
  source = patch(source, "        public string Code { get; set; }", "        public ErrorCode Code { get; set; }");
  return quicktypeFile(source, "Types by quicktype from generated/schema/api-response.schema.json.");
}

export async function catalogFile(model: Model): Promise<string> {
  const source = only(await catalogTypes(model, { lang: "csharp", rendererOptions: { ...RENDERER, namespace: `${csharpNamespace(model)}.CatalogModel` } }));
  return quicktypeFile(source, "Types by quicktype from generated/schema/resolved-catalog.schema.json.");
}

