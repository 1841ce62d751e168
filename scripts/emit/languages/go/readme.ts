// generated/go/README.md. Its example codes are the model's examples, not names written in here; the Go
// consumer test (test/languages/go.test.ts) compiles and runs its example and checks what it prints.
import type { Model, ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { file } from "../shared/common.js";
import { decisionNotes, readmeExamples, readmeTitle } from "../shared/readme.js";
import { detailsName } from "../../json-schema.js";
import { goMemberIdent } from "./enum.js";
import { GO_VERSION, go, goModule, goPackage } from "./profile.js";

/** Seconds the README's rate-limit example asks for in its Retry-After header. */
export const README_WAIT_SECONDS = 7;

/** The REST code a 429 carries whose advice is the status's own (waiting for the window), if the catalog has one. */
export function rateLimitedCode(model: Model): ResolvedCode | undefined {
  return model.restFamily.codes.find((c) => c.httpStatus === 429 && c.retry.strategy === model.statusStrategy.get(429));
}

/** The token refresh example's response body, with the details the README decodes in one step. */
export function refreshBody(model: Model): string {
  const { code } = model.examples.tokenRefresh;
  return JSON.stringify({ success: false, error: { code: String(code.value), message: "Token expired", details: { expiredAt: "2026-02-08T11:30:00Z", tokenType: "access" } } });
}

export function readme(model: Model): string {
  const { events, event, refresh, refreshIdent } = readmeExamples(model, goMemberIdent);
  const module = goModule(model);
  const version = model.package.version;
  const eventIdent = goMemberIdent(events, event);
  const rest = goPackage(refresh);
  const refreshCode = model.examples.tokenRefresh.code;
  const status = refreshCode.httpStatus ?? model.retryPolicy.tokenRefresh.status;
  const limited = rateLimitedCode(model);
  const { retryAfterHeader } = model.retryPolicy.rateLimit;
  const limitedBody = JSON.stringify({ success: false, error: { code: String(limited?.value ?? refreshCode.value), message: "Slow down" } });
  return file([
    ...readmeTitle("scripts/emit/languages/go/readme.ts", go),
    "Every error code a VPN client meets, with its meaning and retry advice at run time, the OrbVPN REST",
    "envelope with typed details and an `error` type, and `retry.Advise`: should this failed response be",
    "retried, and when?",
    "",
    `Module \`${module}\`, Go ${GO_VERSION} or later, standard library only.`,
    "One package per family, whose constants follow Go's MixedCaps (`TokenExpired`) while the vendor's",
    "spelling (`TOKEN_EXPIRED`) stays the wire value, in each constant's doc comment, and a key every",
    "lookup accepts:",
    "",
    "| package | what it holds |",
    "|---|---|",
    ...model.families.map((f) => `| \`${module}/${goPackage(f)}\` | ${f.name}: ${f.title} |`),
    `| \`${module}/codeinfo\` | \`codeinfo.Info\`, what the catalog says about a code, as every family's lookups give it |`,
    `| \`${module}/api\` | the OrbVPN REST envelope, its details types, \`api.Failure\` (an \`error\`) and the schema's checks (\`api.DefaultEnvelopePolicy\`) |`,
    `| \`${module}/retry\` | should I retry? \`retry.Advise\` and \`retry.AdviseResponse\` under the catalog's policy, \`retry.DefaultPolicy\` |`,
    ...(model.reconnectPolicy
      ? [`| \`${module}/reconnect\` | after an SDK error: reconnect now, after a backoff, wait for the network or stop? \`reconnect.Advise\`, \`reconnect.DefaultPolicy\` |`]
      : []),
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
    '\t"time"',
    "",
    `\t"${module}/api"`,
    ...[...new Set([goPackage(events), rest])].sort().map((p) => `\t"${module}/${p}"`),
    `\t"${module}/retry"`,
    ")",
    "",
    "func main() {",
    `\t// What the SDK's event ${event.value} means, and what to do about it.`,
    `\tcode := ${goPackage(events)}.Code(${event.value}) // ${goPackage(events)}.${eventIdent}`,
    "\tinfo, _ := code.Info()",
    "\tfmt.Println(code, info.Description)",
    "\tfmt.Println(info.Strategy, info.Basis, code.Retryable(), info.Action)",
    "",
    "\t// A code the catalog does not know is (zero value, false), never a panic.",
    `\t_, found := ${goPackage(events)}.Lookup("NoSuchCode")`,
    `\tfmt.Println(found, ${goPackage(events)}.Code(-1).Known())`,
    "",
    "\t// A failed response: with net/http, resp.StatusCode, resp.Header and the body from io.ReadAll.",
    `\tstatus, header := ${status}, http.Header{"X-Request-Id": {"req-1"}}`,
    `\tbody := []byte(\`${refreshBody(model)}\`)`,
    "",
    "\t// api.Check gives nil, an *api.Failure (the API's error, with its details typed) or an",
    "\t// *api.InvalidResponseError (a proxy's HTML page, a wrong shape).",
    "\tvar failure *api.Failure",
    `\tif err := api.Check(status, body); errors.As(err, &failure) && failure.Code == ${rest}.${refreshIdent} {`,
    `\t\tdetails := failure.TypedDetails.(*api.${detailsName(String(refreshCode.value))})`,
    "\t\tfmt.Println(err, details.TokenType, details.ExpiredAt.UTC().Format(time.RFC3339))",
    "\t}",
    "",
    "\tswitch decision := retry.Advise(status, header, body, 1, retry.Options{}); decision.Action {",
    "\tcase retry.ActionRefreshToken:",
    '\t\tfmt.Println("refresh the token, then send once more") // with Options{TokenRefreshed: true}',
    "\tcase retry.ActionRetry:",
    '\t\tfmt.Println("retry in", decision.Delay) // time.Sleep(decision.Delay), then send again',
    "\tcase retry.ActionFail:",
    '\t\tfmt.Println("give up:", decision.Reason, decision.Detail)',
    "\t}",
    "",
    `\t// A rate limit: the server's ${retryAfterHeader} sets the wait, plus a little jitter.`,
    `\tlimit := &http.Response{StatusCode: 429, Header: http.Header{${JSON.stringify(retryAfterHeader)}: {"${README_WAIT_SECONDS}"}}}`,
    `\tdecision := retry.AdviseResponse(limit, []byte(\`${limitedBody}\`), 1, retry.Options{})`,
    "\tfmt.Println(decision.Action, decision.Delay.Truncate(time.Second), decision.Basis)",
    "}",
    "```",
    "",
    ...decisionNotes(model, "retry.Advise(status, header, body, attempt, retry.Options{TokenRefreshed, Now, Random})"),
    "- `retry.AdviseResponse(resp, body, attempt, options)` takes an `*http.Response` and the body you read",
    "  from it. `header` is an `http.Header`; names match in any case, each value is trimmed of spaces and",
    '  tabs (RFC 9110\'s optional whitespace, nothing else) and repeated values are joined with ", ".',
    "  `Delay` is a `time.Duration`. `Options{}` means the current time and `math/rand`.",
    "- A policy is a plain value: `p := *retry.DefaultPolicy`, change a field, then `p.Advise(...)`;",
    "  `api.Decode(body, policy, &v)` checks a body under an `*api.EnvelopePolicy` of your own.",
    ...reconnectNote(model, events, event),
    "- Each family's `Code` is a named `int` or `string`: any value converts to it and decodes into it.",
    "  `Info()` gives a `codeinfo.Info` (family, identifier, value, group, description, HTTP status,",
    "  retry strategy, basis, note and override, action, stability, deprecation); `Known()`, `Retryable()`",
    "  and `Description()` are its shortcuts. `Lookup(key)` and `Find(key)` take the value, the",
    "  identifier, an alias or an older wire name (`Find` says which); `Parse(key)` gives the `Code`;",
    "  `Values()` lists every code. `String()` gives the vendor's identifier.",
    "- `api.UnmarshalAPIResponse` and `api.Check` return an `*api.InvalidResponseError` for anything the",
    "  JSON Schema rejects, so a nil error means `Data` or `Error` is there as `Success` says; member",
    '  names match exactly, as the schema names them (a `"Code"` beside `"code"` is another member, which',
    "  encoding/json alone would take). `Error.TypedDetails` holds the code's details type, decoded with",
    "  the envelope; `Error.Details` keeps the raw members. Date-times are `api.DateTime` (a `time.Time`",
    "  that also takes a leap second and a lower-case `t` or `z`, and keeps the text as sent); integers",
    "  are `json.Number`, since the schema's integers have no bound (`Int64()` when it fits).",
    "- `api.ErrorCodeOf` reads a failure's code from `success`, `error.code` and `error.message` alone, as",
    "  `retry.Advise` does, at any nesting depth and with numbers of any size elsewhere in the body. The",
    "  decoder reads any depth too, a number beyond binary64 in an untyped value as ±Inf, and a lone",
    "  surrogate escape (a message cut inside an emoji) as its code unit in WTF-8, as Go holds Windows",
    "  file names; `strings.ToValidUTF8` makes such a string UTF-8.",
    "- The code of `retry`, `reconnect`, `codeinfo` and `api`'s checks is hand-written Go, unit-tested in the",
    "  repository's `runtime/go/` and copied here unchanged; only `default_policy.go`, `api.go`,",
    "  `catalog/` and the family packages are rendered from the catalog.",
    "- Before 0.2, constants kept the vendor's spelling (`resterrorcode.TOKEN_EXPIRED`); see the",
    "  changelog for the migration.",
  ]);
}

/** How to call the reconnect decision (runtime/SPEC.md §12), with the example SDK event; none without a reconnect policy. */
function reconnectNote(model: Model, events: ResolvedFamily, event: ResolvedCode): string[] {
  if (!model.reconnectPolicy) return [];
  return [
    `- After an SDK error, \`reconnect.Advise(${JSON.stringify(events.name)}, ${goPackage(events)}.${goMemberIdent(events, event)}, history, reconnect.Options{})\``,
    "  says `reconnect` (after `Delay`, a `time.Duration`: at once where the source says so, else the",
    "  backoff), `wait-for-network`, or `stop` with a `Reason` and a `Detail` for the user, under",
    "  `reconnect.DefaultPolicy`. `history` is a `reconnect.History` of the times reconnects started, the",
    "  tunnel came up and earlier errors occurred; the code is any key the family's lookups take.",
  ];
}

/** A module in a repository's subfolder is tagged with that folder as prefix: "generated/go/". */
function tagPrefix(module: string): string {
  const [host, owner, repo, ...folder] = module.split("/");
  return host && owner && repo && folder.length > 0 ? `${folder.join("/")}/` : "";
}
