// generated/go/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { escapedMembers, file, identIn } from "../shared/common.js";
import { readmeExamples, readmeTitle } from "../shared/readme.js";
import { GO_MODULE, GO_VERSION, go, goPackage } from "./profile.js";

function escapedCount(model: Model): string {
  const escaped = escapedMembers(model.families, go, goPackage);
  return escaped.length === 0 ? "no member needs it today" : `today: ${escaped.join(", ")}`;
}

export function readme(model: Model): string {
  const { events, event, refresh, refreshIdent, refreshAdvice } = readmeExamples(model, identIn(go));
  return file([
    ...readmeTitle("scripts/emit/languages/go/readme.ts", go),
    `Module \`${GO_MODULE}\`, Go ${GO_VERSION} or later, standard library only. One package per family, so that`,
    "every identifier stays verbatim, misspellings included:",
    "",
    "| package | family |",
    "|---|---|",
    ...model.families.map((f) => `| \`${GO_MODULE}/${goPackage(f)}\` | ${f.name}: ${f.title} |`),
    `| \`${GO_MODULE}/api\` | the OrbVPN REST envelope and its details types |`,
    `| \`${GO_MODULE}/catalog\` | the types of \`catalog.json\` |`,
    "",
    "Use it from a copy of this folder with a `replace` directive:",
    "",
    "```",
    `require ${GO_MODULE} v0.0.0`,
    `replace ${GO_MODULE} => ./third_party/vpn-error-codes/go`,
    "```",
    "",
    "```go",
    `code := ${goPackage(events)}.Code(${event.value})`,
    `fmt.Println(code, code.Known(), code.Retryable()) // ${event.name} true ${event.retryable}`,
    "",
    "response, err := api.UnmarshalAPIResponse(body)",
    `if err == nil && !response.Success && response.Error.Code == ${goPackage(refresh)}.${refreshIdent} {`,
    `\t// ${refreshAdvice}`,
    "}",
    "```",
    "",
    "- `Code` is a named `int` or `string`: any value converts to it and decodes into it, and `Known()`",
    "  tells whether the catalog has it. `String()` gives the verbatim identifier.",
    "- `Parse(name)` also accepts the catalog's aliases and older wire names; `Values()` lists every code.",
    "- `Retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each constant's doc comment gives the advice itself.",
    "- A member whose identifier is reserved in Go (a keyword, or `Code`, `Parse`, `Values`) gets a",
    `  trailing underscore; \`String()\` and \`Parse\` keep the verbatim identifier (${escapedCount(model)}).`,
  ]);
}
