// generated/csharp/README.md: a client's first hour, from install to an unknown code. Its example codes are the
// model's examples, not names written in here; test/languages/csharp.test.ts compiles and runs every csharp block.
import type { Model, ResolvedCode } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { file } from "../shared/common.js";
import { readmeExamples, readmeTitle } from "../shared/readme.js";
import { lookupClass } from "./enum.js";
import { csprojName, newtonsoftId } from "./package.js";
import { csName, csString, csharp, csharpMembers, csharpNamespace } from "./profile.js";

/** A code the API documents with 429 whose advice is the status's own: the rate-limit example. */
function rateLimitedCode(model: Model): ResolvedCode | undefined {
  return model.restFamily.codes.find((c) => c.httpStatus === 429 && c.retry.strategy === model.statusStrategy.get(429));
}

/**
 * The reconnect section: a code the policy reconnects at once (else one it reconnects after the backoff),
 * decided with no history. Empty when the catalog has no reconnect policy.
 */
function reconnectSection(model: Model, ident: (family: Parameters<typeof csharpMembers>[0], code: ResolvedCode) => string): string[] {
  const facts = reconnectFacts(model);
  const pick =
    facts &&
    (["reconnect-now", "reconnect"] as const).flatMap((kind) => facts.families.flatMap((f) => f.codes.filter((c) => c.class === kind).map((c) => ({ family: f.family, name: c.name, kind }))))[0];
  const family = pick && model.families.find((f) => f.name === pick.family);
  const code = family?.codes.find((c) => c.name === pick!.name);
  if (!family || !code) return [];
  return [
    "## Reconnect the tunnel after an SDK error?",
    "",
    "```csharp",
    "var history = new ReconnectHistory(); // Reconnects, Connected (DateTimeOffsets) and earlier Errors; order does not matter",
    `ReconnectAdvice advice = Reconnects.AdviseReconnect(${family.name}.${ident(family, code)}, history);`,
    `Console.WriteLine(advice); // ${pick!.kind === "reconnect-now" ? "reconnect 0 immediate" : "reconnect <ms> backoff"} (or wait-for-network, or stop <reason>)`,
    "// await Task.Delay(advice.Delay) (a TimeSpan), then reconnect; record the start in history.Reconnects",
    "```",
    "",
    "`Reconnects.AdviseReconnect(family, code, history, options)` takes the family's name and any key of the",
    "code; `ReconnectOptions` takes a `Clock`, a `Random` source and a `Policy` (`ReconnectPolicy.Default` is the",
    "catalog's). A stop gives its `Reason` and a `Detail` for the user; nothing throws.",
    "",
  ];
}

/** Seconds the README's rate-limit example asks for in its Retry-After header. */
const README_WAIT_SECONDS = 7;

export function readme(model: Model): string {
  const ident = (family: Parameters<typeof csharpMembers>[0], code: ResolvedCode) => csName(csharpMembers(family).find((m) => m.code === code)!.ident);
  const { rest, events, event, refresh, refreshIdent } = readmeExamples(model, ident);
  const ns = csharpNamespace(model);
  const { packageId } = model.package.languages.csharp;
  const refreshCode = model.examples.tokenRefresh.code;
  const limited = rateLimitedCode(model) ?? refreshCode;
  const limitedStatus = limited.httpStatus ?? model.retryPolicy.tokenRefresh.status;
  const limitedBody = JSON.stringify({ success: false, error: { code: String(limited.value), message: "Slow down" } });
  const refreshBody = JSON.stringify({ success: false, error: { code: String(refreshCode.value), message: "Token expired", details: { expiredAt: "2026-02-08T11:30:00Z", tokenType: "access" } } });
  const { retryAfterHeader, resetHeader } = model.retryPolicy.rateLimit;
  const lookups = lookupClass(events);
  const eventIdent = ident(events, event);
  return file([
    ...readmeTitle("scripts/emit/languages/csharp/readme.ts", csharp),
    `Namespace \`${ns}\`: every error code a VPN client meets, with its meaning and retry advice at run time,`,
    `the ${model.retryPolicy.source.publisher ?? model.retryPolicy.source.title} REST envelope with typed details, and \`response.AdviseRetryAsync()\`: should this failed`,
    "response be retried, and when? netstandard2.0 (.NET Framework 4.6.1+, .NET Core, .NET 5+, Mono), C# 6 or",
    "later, and no package dependency: the package reads JSON with its own strict reader.",
    "",
    "## Install",
    "",
    "```sh",
    "dotnet pack -c Release -o ./nupkg",
    `dotnet add package ${packageId} --version ${model.package.version} --source ./nupkg`,
    "```",
    "",
    `\`${csprojName(model)}\` is an SDK-style project; you can also reference it from yours. This repository's own`,
    "tests have no `dotnet` on their machine: they compile the same sources with Mono's `mcs` (warnings as",
    "errors) into a DLL and build a program against it that runs every example below.",
    "",
    "## What does a code mean?",
    "",
    `Members are in .NET's PascalCase; \`${rest}.${refreshIdent}\` travels as \`${String(refreshCode.value)}\`, which each`,
    `member's documentation shows and every lookup accepts. \`${lookups}\` (one class per family, named in the`,
    "plural) finds a member by its value, the value's digits, the vendor's identifier, an alias or an older",
    "wire name, and gives null for anything else; its extension methods give each member's facts.",
    "",
    "```csharp",
    `using ${ns};`,
    "",
    `CodeMatch<${events.name}> match = ${lookups}.Lookup(${event.value}); // or "${event.value}", or "${event.name}"`,
    "if (match != null)",
    "{",
    "    CodeFacts facts = match.Facts;",
    `    Console.WriteLine(match.Member + " " + facts.Identifier + " by " + match.MatchedBy.Wire()); // ${eventIdent} ${event.name} by value`,
    "    Console.WriteLine(facts.Description);",
    '    Console.WriteLine(facts.RetryAdvice.Strategy.Wire() + " (" + facts.RetryAdvice.Basis + "), retryable: " + facts.IsRetryable);',
    '    Console.WriteLine(facts.Action ?? "no action");',
    "}",
    `Console.WriteLine(${events.name}.${eventIdent}.Description()); // the same facts as extension methods`,
    `Console.WriteLine(${lookups}.Lookup("NoSuchCode") == null); // True: unknown input is absent, never an exception`,
    "```",
    "",
    "## Should I retry, and when?",
    "",
    "```csharp",
    "using System.Net;",
    "using System.Net.Http;",
    "",
    `var response = new HttpResponseMessage((HttpStatusCode)${limitedStatus}) { Content = new StringContent(${csString(limitedBody)}) };`,
    ...(limited === refreshCode ? [] : [`response.Headers.TryAddWithoutValidation(${csString(retryAfterHeader)}, "${README_WAIT_SECONDS}");`]),
    "",
    "RetryDecision decision = await response.AdviseRetryAsync(new RetryOptions { Attempt = 1 });",
    "switch (decision.Action)",
    "{",
    "    case RetryAction.Retry:",
    '        Console.WriteLine("retry after " + decision.Delay + ", set by " + decision.Basis.Value.Wire()); // a TimeSpan: 00:00:07.1250000',
    "        // await Task.Delay(decision.Delay), then send again with Attempt = 2",
    "        break;",
    "    case RetryAction.RefreshToken:",
    '        Console.WriteLine("refresh the token, then send once more");',
    "        break;",
    "    case RetryAction.Fail:",
    '        Console.WriteLine("give up: " + decision.Reason.Value.Wire() + " (" + decision.Detail + ")");',
    "        break;",
    "}",
    "```",
    "",
    "`RetryOptions` takes the attempt, whether the token was already refreshed, a `Clock`",
    "(`Func<DateTimeOffset>`), a `Random` source (`Func<double>`, for tests that pin the jitter) and a",
    "`Policy`; each has a default. `Retries.AdviseRetry(status, headers, body, options)` takes the parts",
    "instead (an `int` with any name-values pairs; `HttpStatusCode.AdviseRetry(headers, body, options)` takes",
    "`HttpResponseHeaders`). The `HttpResponseMessage` methods live in `HttpResponseMessageExtensions`, so that",
    "code that passes strings never loads System.Net.Http.",
    "",
    ...reconnectSection(model, ident),
    "## Typed details, in one step",
    "",
    "```csharp",
    `string body = ${csString(refreshBody)};`,
    "DecodedResponse decoded = ApiResponses.Decode(body); // or await response.DecodeApiResponseAsync()",
    "ApiError error;",
    `if (decoded.TryGetError(out error) && error.Code.Known == ${rest}.${refreshIdent})`,
    "{",
    `    var details = error.Details as ${csharpMembers(refresh).find((m) => m.code === refreshCode)!.ident}Details; // decoded with the envelope; details.Raw keeps the JSON`,
    '    if (details != null) Console.WriteLine(details.TokenType + " " + details.ExpiredAt.Value.ToString("o"));',
    "}",
    "try",
    "{",
    "    decoded.EnsureSuccess();",
    "}",
    "catch (ApiException e)",
    "{",
    `    Console.WriteLine(e.Code + " " + (e.Code.Known.HasValue ? e.Code.Known.Value.Facts().RetryAdvice.Strategy.Wire() : "unknown"));`,
    "}",
    "",
    `OpenCode<${rest}, string> newer = ${lookupClass(model.restFamily)}.Decode("ACCOUNT_FROZEN"); // a code this catalog does not know yet`,
    'Console.WriteLine(newer.IsKnown + " " + newer.Raw); // False ACCOUNT_FROZEN',
    "```",
    "",
    "## Notes",
    "",
    `- \`AdviseRetryAsync\` follows the repository's \`runtime/SPEC.md\`, the contract every language's package`,
    "  implements and the shared vectors pin: exponential backoff with jitter,",
    `  \`${retryAfterHeader}\` (seconds or an HTTP date) and \`${resetHeader}\` on a rate limit up to a ceiling, a code's own`,
    "  advice over its status's rule, and the more cautious rule when code and status disagree. It never throws",
    "  for any response, header or clock (only cancellation does); it reads at most 1 MiB of a body.",
    "- `ApiResponses.Decode` accepts exactly what the envelope's JSON Schema accepts and gives a",
    "  `DecodedResponse` of kind `Success`, `Failure` or `Invalid` (HTML from a proxy, plain text, a wrong",
    "  shape). Its JSON reader takes every valid JSON text: any depth, numbers of any length (`1e400`), lone",
    "  surrogates. `EnsureSuccess()` gives the data or throws `ApiException` / `InvalidResponseException`.",
    "- Typed details: an integer field is a `BigInteger?` (a JSON integer may exceed 64 bits); a date-time is",
    "  a `DateTimeOffset?` (a leap second, `23:59:60`, reads as the last tick of `23:59:59`); a URI is the",
    "  `string` as sent (`System.Uri` refuses some URIs the schema accepts, such as `a:b`).",
    "- `ErrorCode` is open to codes this catalog does not know (it keeps the string); `Known` gives the member.",
    "  `Decode(code)` gives an `OpenCode<T, TRaw>`, a value: `Known`, and `Raw` typed as the family's wire values",
    "  (`int` or `string`). `TryFromCode`/`FromCode` take the wire value, `TryParse` any name, `Lookup` any key;",
    "  none throws.",
    `- Json.NET users: \`${newtonsoftId(model)}\` (generated/csharp-newtonsoft) reads and writes these types with`,
    "  Json.NET: each code by its wire value, open codes that keep unknown values, and typed details checked as",
    "  `ApiResponses.Decode` checks them.",
  ]);
}
