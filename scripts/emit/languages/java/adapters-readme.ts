// generated/java-jackson/README.md and generated/java-gson/README.md. Each starts from a client's response
// and the mapper the app already has; its example codes and details class are the model's examples.
import type { Model } from "../../../catalog/model.js";
import { file, markdownHeader, quote } from "../shared/common.js";
import { detailsExample, javaIdent } from "../shared/jvm.js";
import { type Adapter, adapterPackage } from "./adapters.js";
import { javaPackage } from "./profile.js";

const EMITTER = "scripts/emit/languages/java/adapters-readme.ts";

const dependency = (g: string, a: string, v: string) => ["<dependency>", `  <groupId>${g}</groupId>`, `  <artifactId>${a}</artifactId>`, `  <version>${v}</version>`, "</dependency>"];

/**
 * The details class the examples read, the REST member whose details it holds, and the getter they print;
 * none when the catalog documents no details, and the examples print the code instead.
 */
function example(model: Model) {
  const typed = detailsExample(model, String(model.examples.tokenRefresh.code.value));
  const code = typed && model.restFamily.codes.find((c) => String(c.value) === typed.code);
  return typed && code ? { ...typed, member: javaIdent(model.restFamily, code), kotlinProperty: `${typed.getter[3]!.toLowerCase()}${typed.getter.slice(4)}` } : undefined;
}

function jacksonExample(model: Model, adapter: Adapter): string[] {
  const core = javaPackage(model);
  const rest = model.restFamily.name;
  const ex = example(model);
  return [
    "```java",
    "import com.fasterxml.jackson.core.type.TypeReference;",
    "import com.fasterxml.jackson.databind.JsonNode;",
    "import com.fasterxml.jackson.databind.ObjectMapper;",
    `import ${core}.DecodedResponse;`,
    `import ${core}.OpenCode;`,
    `import ${core}.${rest};`,
    ...(ex ? [`import ${core}.api.${ex.className};`] : []),
    `import ${adapterPackage(model, adapter)}.${adapter.entry};`,
    "",
    "// response: a java.net.http.HttpResponse<String>; mapper: the ObjectMapper your app (Spring, Retrofit's",
    "// JacksonConverterFactory) already has. findAndRegisterModules() finds the module too.",
    `ObjectMapper mapper = new ObjectMapper().registerModule(new ${adapter.entry}());`,
    "",
    "// Your own tree or DTOs: the code by its wire value (an OpenCode keeps one this catalog does not know yet),",
    "// the details as their class, a date-time as an OffsetDateTime with no jackson-datatype-jsr310.",
    'JsonNode error = mapper.readTree(response.body()).path("error");',
    'if (error.path("code").isTextual()) {',
    `    OpenCode<${rest}, String> code = mapper.convertValue(error.get("code"), new TypeReference<OpenCode<${rest}, String>>() {});`,
    ...(ex
      ? [
          `    if (code.known().orElse(null) == ${rest}.${ex.member}) {`,
          `        ${ex.className} details = mapper.treeToValue(error.get("details"), ${ex.className}.class);`,
          `        System.out.println(details.${ex.getter}());`,
          "    }",
        ]
      : ["    System.out.println(code.raw());"]),
    "}",
    "",
    "// Or the whole body through the package's own decoder: a body that is not the envelope is INVALID, not an exception.",
    "DecodedResponse decoded = mapper.readValue(response.body(), DecodedResponse.class);",
    "System.out.println(decoded.kind());",
    "```",
    "",
    "In Kotlin, with jackson-module-kotlin's mapper:",
    "",
    "```kotlin",
    "import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper",
    "import com.fasterxml.jackson.module.kotlin.readValue",
    ...(ex ? ["import com.fasterxml.jackson.module.kotlin.treeToValue"] : []),
    `import ${core}.DecodedResponse`,
    ...(ex ? [`import ${core}.api.${ex.className}`] : []),
    `import ${adapterPackage(model, adapter)}.${adapter.entry}`,
    "",
    `val kotlinMapper = jacksonObjectMapper().registerModule(${adapter.entry}())`,
    ...(ex
      ? [
          'val errorNode = kotlinMapper.readTree(response.body()).path("error")',
          `if (errorNode.path("code").asText() == ${quote(ex.code)}) {`,
          `    val typed = kotlinMapper.treeToValue<${ex.className}>(errorNode.path("details"))`,
          `    println(typed.${ex.kotlinProperty})`,
          "}",
        ]
      : []),
    "println(kotlinMapper.readValue<DecodedResponse>(response.body()).kind())",
    "```",
  ];
}

function gsonExample(model: Model, adapter: Adapter): string[] {
  const core = javaPackage(model);
  const rest = model.restFamily.name;
  const ex = example(model);
  return [
    "Your DTO, as Retrofit's `GsonConverterFactory` fills it from an error body:",
    "",
    "```java",
    "import com.google.gson.JsonObject;",
    `import ${core}.OpenCode;`,
    `import ${core}.${rest};`,
    "",
    "public final class ErrorEnvelope {",
    "    public boolean success;",
    "    public Error error;",
    "",
    "    public static final class Error {",
    "        // The code by its wire value; one this catalog does not know yet is kept, not lost.",
    `        public OpenCode<${rest}, String> code;`,
    "        public String message;",
    "        public JsonObject details;",
    "    }",
    "}",
    "```",
    "",
    "and the Gson your app already has, with the factory registered:",
    "",
    "```java",
    "import com.google.gson.Gson;",
    "import com.google.gson.GsonBuilder;",
    `import ${core}.DecodedResponse;`,
    `import ${core}.${rest};`,
    ...(ex ? [`import ${core}.api.${ex.className};`] : []),
    `import ${adapterPackage(model, adapter)}.${adapter.entry};`,
    "",
    "// response: a java.net.http.HttpResponse<String>.",
    `Gson gson = new GsonBuilder().registerTypeAdapterFactory(new ${adapter.entry}()).create();`,
    "",
    "ErrorEnvelope envelope = gson.fromJson(response.body(), ErrorEnvelope.class);",
    ...(ex
      ? [
          "// The details as their class, a date-time as an OffsetDateTime.",
          `if (envelope.error != null && envelope.error.code != null && envelope.error.code.known().orElse(null) == ${rest}.${ex.member}) {`,
          `    ${ex.className} details = gson.fromJson(envelope.error.details, ${ex.className}.class);`,
          `    if (details != null) System.out.println(details.${ex.getter}());`,
          "}",
        ]
      : ["if (envelope.error != null && envelope.error.code != null) System.out.println(envelope.error.code.raw());"]),
    "",
    "// Or the whole body through the package's own decoder: a body that is not the envelope is INVALID, not an exception.",
    "DecodedResponse decoded = gson.fromJson(response.body(), DecodedResponse.class);",
    "System.out.println(decoded.kind());",
    "```",
  ];
}

export function adapterReadme(model: Model, adapter: Adapter): string {
  const java = model.package.languages.java;
  const { groupId, artifactId } = model.package.languages[adapter.key];
  const [mapperGroup, mapperArtifact, mapperVersion] = adapter.dependency();
  const jackson = adapter.key === "java-jackson";
  const failure = jackson ? "Jackson's own `JsonMappingException` (a `MismatchedInputException` or `InvalidFormatException`)" : "Gson's own `JsonSyntaxException`";
  return file([
    markdownHeader(EMITTER),
    `# vpn-error-codes for ${adapter.mapper}`,
    "",
    `Optional: for apps that already read JSON with ${adapter.mapper}. The Java package \`${java.artifactId}\` reads the`,
    jackson
      ? "API's envelope itself and needs no mapper; this jar lets your own `ObjectMapper` read and write its types"
      : "API's envelope itself and needs no mapper; this jar lets your own `Gson` (Android clients, Retrofit's",
    jackson ? "too, through a Jackson `Module`." : "converter) read and write its types too, through a `TypeAdapterFactory`.",
    `Package \`${adapterPackage(model, adapter)}\`. Java 11 or later.`,
    "",
    "## Install",
    "",
    "This folder is a Maven project on top of `../java`. Install both into your local repository:",
    "",
    "```sh",
    "mvn -q -f ../java install && mvn -q install",
    "```",
    "",
    "then depend on it:",
    "",
    "```xml",
    ...dependency(groupId, artifactId, model.package.version),
    "```",
    "",
    `It brings ${mapperArtifact} ${mapperVersion} (\`${mapperGroup}\`) and \`${java.artifactId}\`; a ${adapter.mapper} version`,
    "your app declares itself takes precedence, as Maven's nearest declaration does.",
    "",
    "## Read a response",
    "",
    ...(jackson ? jacksonExample(model, adapter) : gsonExample(model, adapter)),
    "",
    "## What it reads and writes",
    "",
    `- Every code enum (${model.families.map((f) => `\`${f.name}\``).join(", ")}) by its wire value: the vendor's`,
    "  spelling or the integer code, never the Java constant's name. A value the catalog does not know, or of",
    `  another JSON type, is ${failure}; read the field as \`OpenCode<Family, Type>\` to keep it instead.`,
    "- Each details class of the `api` package as the package's decoder reads the details of its code: the same",
    "  required properties, formats and date-times (any form RFC 3339 allows, a leap second as :59), properties",
    `  the class does not name ignored. What the decoder rejects is ${failure}.`,
    "  Written back, a date-time is RFC 3339 with seconds and a number keeps its digits.",
    `- JSON \`null\` reads as Java \`null\` for each of these types, as ${adapter.mapper} reads it for any class; the`,
    "  decoder, which reads whole envelopes, rejects details that are `null`.",
    "- `DecodedResponse`: the JSON value handed to `ApiResponses.decode` with `DefaultPolicy.ENVELOPE` (or the",
    `  policy given to \`new ${adapter.entry}(policy)\`), so a body that is not the envelope is \`INVALID\`, as the`,
    "  decoder gives it; written back, a success or failure is its envelope, an `INVALID` result has none.",
    ...(jackson
      ? [
          "- Map keys of a code enum, by wire value too.",
          "- `META-INF/services/com.fasterxml.jackson.databind.Module` names the module, for `findAndRegisterModules()`.",
          "- Jackson's parser limits apply before the module sees a body: by default (`StreamReadConstraints`) a",
          "  number over 1,000 digits or nesting over 1,000 levels is Jackson's own exception, though valid JSON the",
          "  decoder reads. Raise them on your `JsonFactory` if your API may send such bodies.",
        ]
      : [
          "  Gson's `fromJson` is lenient by default; a `DecodedResponse` is read with Gson's `LEGACY_STRICT` all the",
          "  same, so single quotes, unquoted names, comments or `NaN` in a body are Gson's own `JsonSyntaxException`",
          "  rather than an envelope. Two leniencies of Gson's remain there: a `\\'` escape and a control character",
          "  left unescaped inside a string read, where the decoder finds no JSON. `Strictness` is Gson 2.11's: Gson",
          "  2.11 or later. Gson's `JsonReader` refuses nesting over 255 levels by default (`setNestingLimit`),",
          "  though valid JSON the decoder reads.",
        ]),
    "",
    "Nothing is decided twice: the enums' lookups, the decoder and its policy are the Java package's.",
  ]);
}
