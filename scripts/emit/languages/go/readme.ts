// generated/go/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { escapedMembers, file, identIn } from "../shared/common.js";
import { decisionNotes, readmeExamples, readmeTitle, retryExample } from "../shared/readme.js";
import { GO_VERSION, go, goModule, goPackage } from "./profile.js";

function escapedCount(model: Model): string {
  const escaped = escapedMembers(model.families, go, goPackage);
  return escaped.length === 0 ? "no member needs it today" : `today: ${escaped.join(", ")}`;
}

export function readme(model: Model): string {
  const { events, event, refresh, refreshIdent } = readmeExamples(model, identIn(go));
  const module = goModule(model);
  const example = retryExample(model);
  const version = model.package.version;
  return file([
    ...readmeTitle("scripts/emit/languages/go/readme.ts", go),
    `Module \`${module}\`, Go ${GO_VERSION} or later, standard library only. One package per family, so that`,
    "every identifier stays verbatim, misspellings included:",
    "",
    "| package | family |",
    "|---|---|",
    ...model.families.map((f) => `| \`${module}/${goPackage(f)}\` | ${f.name}: ${f.title} |`),
    `| \`${module}/api\` | the OrbVPN REST envelope, its details types and the checks the schema makes (\`api.DefaultEnvelopePolicy\`) |`,
    `| \`${module}/retry\` | should I retry? \`retry.Advise\` under the catalog's policy, \`retry.DefaultPolicy\` |`,
    `| \`${module}/catalog\` | the types of \`catalog.json\` |`,
    "",
    `\`go get ${module}@v${version}\` finds it once the repository carries the tag \`${tagPrefix(module)}v${version}\`; until`,
    "then, use a copy of this folder with a `replace` directive in your go.mod:",
    "",
    "```",
    `require ${module} v${version}`,
    `replace ${module} => ./third_party/vpn-error-codes/go`,
    "```",
    "",
    "```go",
    "package main",
    "",
    "import (",
    '\t"errors"',
    '\t"fmt"',
    '\t"net/http"',
    "",
    `\t"${module}/api"`,
    ...[...new Set([goPackage(events), goPackage(refresh)])].sort().map((p) => `\t"${module}/${p}"`),
    `\t"${module}/retry"`,
    ")",
    "",
    "func main() {",
    `\tcode := ${goPackage(events)}.Code(${event.value})`,
    `\tfmt.Println(code, code.Known(), code.Retryable()) // ${event.name} true ${event.retryable}`,
    "",
    "\t// A failed response: with net/http, resp.StatusCode, resp.Header and the body from io.ReadAll.",
    `\tstatus, header := ${example.status}, http.Header{"X-Request-Id": {"req-1"}}`,
    `\tbody := []byte(\`${example.body}\`)`,
    "",
    "\tresponse, err := api.UnmarshalAPIResponse(body)",
    "\tvar invalid *api.InvalidResponseError",
    "\tswitch {",
    "\tcase errors.As(err, &invalid): // HTML, text or a wrong shape: a typed error, never a nil Error",
    '\t\tfmt.Println("not the API\'s envelope:", invalid)',
    `\tcase !response.Success && response.Error.Code == ${goPackage(refresh)}.${refreshIdent}:`,
    '\t\tfmt.Println("the access token has expired")',
    "\t}",
    "",
    "\tdecision := retry.Advise(status, header, body, 1, retry.Options{})",
    "\tswitch decision.Action {",
    "\tcase retry.ActionRetry:",
    '\t\tfmt.Println("retry in", decision.Delay) // time.Sleep(decision.Delay), then send again',
    "\tcase retry.ActionRefreshToken:",
    '\t\tfmt.Println("refresh the token, then send once more") // with Options{TokenRefreshed: true}',
    "\tcase retry.ActionFail:",
    '\t\tfmt.Println("give up:", decision.Reason) // decision.Detail says why, for logs',
    "\t}",
    "}",
    "```",
    "",
    ...decisionNotes(model, "retry.Advise(status, header, body, attempt, retry.Options{TokenRefreshed, Now, Random})"),
    "- `header` is an `http.Header`; names match in any case, each value is trimmed of spaces and tabs",
    "  (RFC 9110's optional whitespace, nothing else) and repeated values are joined with \", \". `body` is",
    "  the raw body (nil: none).",
    "- A policy is a plain value: `p := *retry.DefaultPolicy`, change a field, then `p.Advise(...)`;",
    "  `api.Decode(body, policy, &v)` checks a body under an `*api.EnvelopePolicy` of your own.",
    "- The code of `retry` and of `api`'s checks is hand-written Go, unit-tested in the repository's",
    "  `runtime/go/` and copied here unchanged; only `default_policy.go`, `api.go`, `catalog/` and the",
    "  family packages are rendered from the catalog.",
    "- `api.UnmarshalAPIResponse` returns an `*api.InvalidResponseError` for anything the JSON Schema",
    "  rejects, so a nil error means `Data` or `Error` is there as `Success` says. That includes a known",
    "  code's `details` of the wrong shape and an unknown code not shaped like one; `api.ErrorCodeOf` reads",
    "  a failure's code from `success`, `error.code` and `error.message` alone, as `retry.Advise` does.",
    "- `Code` is a named `int` or `string`: any value converts to it and decodes into it, and `Known()`",
    "  tells whether the catalog has it. `String()` gives the verbatim identifier.",
    "- `Parse(name)` also accepts the catalog's aliases and older wire names; `Values()` lists every code.",
    "- `Retryable()` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed; each constant's doc comment gives the advice itself.",
    "- A member whose identifier is reserved in Go (a keyword, or `Code`, `Parse`, `Values`) gets a",
    `  trailing underscore; \`String()\` and \`Parse\` keep the verbatim identifier (${escapedCount(model)}).`,
  ]);
}

/** A module in a repository's subfolder is tagged with that folder as prefix: "generated/go/". */
function tagPrefix(module: string): string {
  const [host, owner, repo, ...folder] = module.split("/");
  return host && owner && repo && folder.length > 0 ? `${folder.join("/")}/` : "";
}
