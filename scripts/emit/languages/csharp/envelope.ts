// quicktype's Json.NET classes for the REST envelope and catalog.json, with error.code typed as the
// runtime's open ErrorCode.
import type { Model } from "../../../catalog/model.js";
import { file, patch } from "../shared/common.js";
import { catalogTypes, dropLeadingComments, envelopeTypes, only } from "../shared/quicktype.js";
import { csharp, csharpNamespace } from "./profile.js";

const header = csharp.header("scripts/emit/languages/csharp/envelope.ts");

const RENDERER = { framework: "NewtonSoft", "csharp-version": "6", "array-type": "list", features: "complete", "check-required": true };

function quicktypeFile(source: string, note: string): string {
  // Required.DisallowNull needs Json.NET 8; without it an optional property may also be null, which
  // every Json.NET since 6.0 (Debian's, which the tests build with) understands.
  const portable = source.replace(/, Required = Required\.DisallowNull(?=[,)])/g, "");
  // quicktype writes no XML docs; every other file of the package documents each public member.
  return file([header, `// ${note}`, "#pragma warning disable 1591", "", dropLeadingComments(portable)]);
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

