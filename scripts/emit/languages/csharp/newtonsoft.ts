// generated/csharp-newtonsoft: the Json.NET adapter, a package of its own (VpnErrorCodes.NewtonsoftJson) so
// that the core keeps no dependency. runtime/csharp/newtonsoft/src's converters are copied in as they are;
// rendered beside them are the catalog's converters (each family's enum and open code, each documented details
// class), its .csproj and its README.
import type { Model } from "../../../catalog/model.js";
import { runtimePolicy } from "../../../catalog/runtime-policy.js";
import { file, isIntegerFamily } from "../shared/common.js";
import { readmeTitle } from "../shared/readme.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { detailsClass } from "./details.js";
import { lookupClass } from "./enum.js";
import { NEWTONSOFT_VERSION, csprojName, newtonsoftCsprojFile, newtonsoftCsprojName, newtonsoftId, newtonsoftNamespace } from "./package.js";
import { csName, csString, csharp, csharpMembers, csharpNamespace } from "./profile.js";

/** The folder under generated/. */
export const NEWTONSOFT_FOLDER = "csharp-newtonsoft";

/** The converters' list, in the catalog's order: each family's enum and open code, then each details class. */
function convertersFile(model: Model): string {
  const lines = [
    csharp.header("scripts/emit/languages/csharp/newtonsoft.ts"),
    `namespace ${newtonsoftNamespace(model)}`,
    "{",
    "    using System.Collections.Generic;",
    "    using Newtonsoft.Json;",
    "",
    "    // The catalog's converters; the runtime's part of the class documents it and registers them.",
    "    public static partial class VpnErrorCodesJson",
    "    {",
    "        static partial void AddCatalogConverters(List<JsonConverter> converters)",
    "        {",
  ];
  for (const family of model.families) {
    const raw = isIntegerFamily(family) ? "int" : "string";
    const lookups = lookupClass(family);
    lines.push(
      `            converters.Add(new CodeEnumConverter<${family.name}, ${raw}>(${lookups}.Code, ${lookups}.FromCode));`,
      `            converters.Add(new OpenCodeConverter<${family.name}, ${raw}>(${lookups}.Decode));`,
    );
  }
  for (const shape of runtimePolicy(model).envelope.details) {
    lines.push(`            converters.Add(new ErrorDetailsConverter<${detailsClass(shape.code)}>(${csString(shape.code)}, EnvelopePolicy.Default));`);
  }
  lines.push("        }", "    }", "}");
  return file(lines);
}

/** The adapter's runtime sources, each checked to declare the adapter's namespace. */
function runtimeFiles(model: Model): Record<string, string> {
  const files = copyRuntimeTree("csharp/newtonsoft/src", NEWTONSOFT_FOLDER, "// ", (name) => name.endsWith(".cs"));
  const namespace = newtonsoftNamespace(model);
  for (const [path, text] of Object.entries(files)) {
    const declared = /^namespace (\S+)$/m.exec(text)?.[1];
    if (declared !== namespace) throw new Error(`generated/${path}: the runtime declares namespace ${declared ?? "none"}, the adapter ${namespace}`);
  }
  return files;
}

/**
 * The README: a client that already reads the API's bodies with Json.NET, its own classes for them, and the
 * package's types where the codes and details go. Its first csharp block declares those classes and the
 * second uses them: test/languages/csharp-newtonsoft.test.ts compiles and runs both.
 */
function readme(model: Model): string {
  const rest = model.restFamily;
  const restIdent = (value: string) => csName(csharpMembers(rest).find((m) => String(m.code.value) === value)!.ident);
  const refresh = model.examples.tokenRefresh.code;
  const shapes = runtimePolicy(model).envelope.details;
  const shape = shapes.find((s) => s.code === String(refresh.value)) ?? shapes[0]!;
  const details = detailsClass(shape.code);
  const { family: events, code: event } = model.examples.sdkEvent;
  const eventsRaw = isIntegerFamily(events) ? "int" : "string";
  const eventWire = JSON.stringify(event.value);
  const unknownEvent = isIntegerFamily(events) ? "65535" : JSON.stringify("NOT_IN_THIS_CATALOG");
  const body = JSON.stringify({ success: false, error: { code: shape.code, message: "Token expired", details: { expiredAt: "2026-02-08T11:30:00Z", tokenType: "access" } } });
  const ns = csharpNamespace(model);
  const adapter = newtonsoftNamespace(model);
  return file([
    ...readmeTitle("scripts/emit/languages/csharp/newtonsoft.ts", csharp).map((l) => (l.startsWith("# ") ? `${l}, with Json.NET` : l)),
    `\`${newtonsoftId(model)}\`: Json.NET converters for the package \`${model.package.languages.csharp.packageId}\`, for a client that already`,
    "reads the API's bodies and the SDK's events with Json.NET. Each code enum travels as its wire value (the",
    "vendor's spelling or the integer code, never the C# member's name), each `OpenCode<TCode, TRaw>` keeps a",
    "code this catalog does not know, and each typed details class is read through the package's own checks,",
    `so that it accepts exactly what \`ApiResponses.Decode\` accepts. Json.NET ${NEWTONSOFT_VERSION.split(".")[0]}.x (the project asks for`,
    `${NEWTONSOFT_VERSION} or later); the converters use only API that Json.NET 6 has too.`,
    "",
    "## Install",
    "",
    "```sh",
    "dotnet pack ../csharp -c Release -o ./nupkg && dotnet pack -c Release -o ./nupkg",
    `dotnet add package ${newtonsoftId(model)} --version ${model.package.version} --source ./nupkg`,
    "```",
    "",
    `\`${newtonsoftCsprojName(model)}\` references \`../csharp/${csprojName(model)}\` and Newtonsoft.Json. This repository's`,
    "tests have no `dotnet`: they compile the same sources with Mono's `mcs` against Debian's Json.NET 6.0.8",
    "and run the examples below.",
    "",
    "## Your classes, the package's types",
    "",
    "```csharp",
    "public sealed class ApiErrorBody",
    "{",
    `    public OpenCode<${rest.name}, string> Code { get; set; } // RestErrorCode when known, the string always`,
    "    public string Message { get; set; }",
    "    public Newtonsoft.Json.Linq.JToken Details { get; set; } // typed once the code is known",
    "}",
    "",
    "public sealed class ApiEnvelope",
    "{",
    "    public bool Success { get; set; }",
    "    public ApiErrorBody Error { get; set; }",
    "}",
    "",
    "public sealed class SdkEvent",
    "{",
    `    public OpenCode<${events.name}, ${eventsRaw}> Code { get; set; }`,
    "}",
    "```",
    "",
    "## Read them",
    "",
    "```csharp",
    "using Newtonsoft.Json;",
    `using ${ns};`,
    `using ${adapter};`,
    "",
    "// Once, where the client makes its settings; the converters join any already there. Dates stay text in a",
    "// JToken, for the details' own date-time checks.",
    "var settings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None }.ConfigureForVpnErrorCodes();",
    "",
    `string body = ${csString(body)};`,
    "ApiEnvelope envelope = JsonConvert.DeserializeObject<ApiEnvelope>(body, settings);",
    `if (envelope.Error.Code.Known == ${rest.name}.${restIdent(shape.code)})`,
    "{",
    `    var details = envelope.Error.Details.ToObject<${details}>(JsonSerializer.Create(settings));`,
    '    Console.WriteLine(details.TokenType + " " + details.ExpiredAt.Value.ToString("o")); // access 2026-02-08T11:30:00.0000000+00:00',
    "}",
    "",
    `SdkEvent known = JsonConvert.DeserializeObject<SdkEvent>("{\\"Code\\":${eventWire.replace(/"/g, '\\"')}}", settings);`,
    `Console.WriteLine(known.Code.Known + " " + known.Code.Raw); // ${csName(csharpMembers(events).find((m) => m.code === event)!.ident)} ${String(event.value)}`,
    `SdkEvent newer = JsonConvert.DeserializeObject<SdkEvent>("{\\"Code\\":${unknownEvent.replace(/"/g, '\\"')}}", settings);`,
    `Console.WriteLine(newer.Code.IsKnown + " " + JsonConvert.SerializeObject(newer, settings)); // False {"Code":${unknownEvent}}`,
    `Console.WriteLine(JsonConvert.SerializeObject(${rest.name}.${restIdent(shape.code)}, settings)); // "${shape.code}", the wire value`,
    "",
    "try",
    "{",
    `    JsonConvert.DeserializeObject<${details}>("{\\"tokenType\\":\\"access\\"}", settings);`,
    "}",
    "catch (JsonSerializationException e)",
    "{",
    "    Console.WriteLine(e.Message); // the package's own words: ... must have required property ...",
    "}",
    "```",
    "",
    "## Notes",
    "",
    "- A closed enum property (`RestErrorCode`, `OperationalError`, ...) refuses a code this catalog does not know",
    "  with `JsonSerializationException`; `OpenCode<TCode, TRaw>` keeps it, and writes it back as it came. An",
    "  integer family reads a JSON integer only, a name family a JSON string only.",
    "- Details the package refuses (a missing required field, a date-time that is not RFC 3339, a JSON `null`)",
    "  throw `JsonSerializationException` with the package's problem and Json.NET's path; text that is not JSON",
    "  throws Json.NET's `JsonReaderException` (on .NET Framework and Mono also for a number beyond a double,",
    "  such as `1e400`). Nothing else is thrown.",
    "- Date-times are read from the JSON text, not by Json.NET's date parsing: a leap second, lower-case `t`/`z`",
    "  and any offset read as `ApiResponses.Decode` reads them, into `DateTimeOffset?`. The converters read text",
    "  so themselves; details held in a `JToken` first need `DateParseHandling.None` when it is read (Json.NET",
    "  otherwise parses dates, dropping offsets and taking `2026-02-08T11:30:00` for one), else they throw",
    "  `JsonSerializationException` saying so.",
    "- Written details are the JSON they came as (`Raw`), every member included; numbers keep their text.",
    `- \`VpnErrorCodesJson.Converters\` lists the converters, for a \`JsonSerializer\` or attributes of your own;`,
    "  `serializer.ConfigureForVpnErrorCodes()` registers them on a `JsonSerializer`.",
  ]);
}

export function emitCSharpNewtonsoft(model: Model): Record<string, string> {
  const files: Record<string, string> = {
    [`${NEWTONSOFT_FOLDER}/README.md`]: readme(model),
    [`${NEWTONSOFT_FOLDER}/${newtonsoftCsprojName(model)}`]: newtonsoftCsprojFile(model),
    [`${NEWTONSOFT_FOLDER}/VpnErrorCodesJson.Catalog.cs`]: convertersFile(model),
  };
  const copies = runtimeFiles(model);
  for (const path of Object.keys(copies)) if (path in files) throw new Error(`generated/${path}: both rendered and copied from runtime/csharp/newtonsoft/src`);
  return { ...files, ...copies };
}
