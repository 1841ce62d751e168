// generated/kotlin/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { file, identIn, quote } from "../shared/common.js";
import { readmeExamples, readmeTitle } from "../shared/readme.js";
import { kotlinDependencies } from "./package.js";
import { KOTLIN_VERSION, kotlin, kotlinPackage } from "./profile.js";

export function readme(model: Model): string {
  const { rest, events, event, refresh, refreshIdent, refreshAdvice } = readmeExamples(model, identIn(kotlin));
  const pkg = kotlinPackage(model);
  const { groupId, artifactId } = model.package.languages.kotlin;
  const dependency = (g: string, a: string, v: string) => ["<dependency>", `  <groupId>${g}</groupId>`, `  <artifactId>${a}</artifactId>`, `  <version>${v}</version>`, "</dependency>"];
  return file([
    ...readmeTitle("scripts/emit/languages/kotlin/readme.ts", kotlin),
    `Package \`${pkg}\`: an enum class per code family with each code's meaning and retry advice, an envelope`,
    "decoder, and `adviseRetry`, which answers \"this response failed: should I retry, and when?\" as the",
    `TypeScript package does. \`${pkg}.api\` and \`${pkg}.catalog\` hold quicktype's Jackson data classes for the`,
    `OrbVPN REST envelope and \`catalog.json\`. Built and tested with Kotlin ${KOTLIN_VERSION} on the JVM.`,
    "",
    "## Install",
    "",
    "This folder is a Maven project. Build the jar and install it into your local repository:",
    "",
    "```sh",
    "mvn -q install",
    "```",
    "",
    "then depend on it (it brings the Kotlin standard library and jackson-module-kotlin):",
    "",
    "```xml",
    ...dependency(groupId, artifactId, model.package.version),
    "```",
    "",
    "## Should I retry?",
    "",
    "```kotlin",
    `import ${pkg}.${rest}`,
    `import ${pkg}.RetryDecision`,
    `import ${pkg}.adviseRetry`,
    `import ${pkg}.decodeApiResponse`,
    "",
    "// response: an okhttp3.Response (its headers are name/value pairs); attempt counts sends from 1.",
    "val body = response.body?.string()",
    "when (val decision = adviseRetry(response.code, response.headers, body, attempt, tokenRefreshed)) {",
    "    is RetryDecision.Retry -> Thread.sleep(decision.delayMs) // then send again, with attempt + 1",
    `    RetryDecision.RefreshToken -> { /* ${refreshAdvice} */ }`,
    "    is RetryDecision.Fail -> System.err.println(\"${decision.reason.wire}: ${decision.detail}\")",
    "}",
    "",
    "// The envelope itself: HTML from a proxy or {\"success\":false} without an error is Invalid, not an exception.",
    `val expired = decodeApiResponse(body).errorOrNull?.code?.known == ${refresh.name}.${refreshIdent}`,
    "",
    `${events.name}.fromCode(${event.value})?.let { code ->`,
    `    code.identifier // ${quote(event.name)}`,
    `    code.retryable  // ${event.retryable}`,
    "}",
    "```",
    "",
    "- `adviseRetry` takes the status, the headers as name/value pairs (names in any case), the body text (or",
    "  null), the attempt, whether the token was already refreshed, the time and a random source for the jitter",
    "  (both have defaults). Its numbers are `RetryPolicyData`, generated from the catalog's retry policy:",
    "  exponential backoff, `Retry-After` in seconds or as an HTTP date, `X-RateLimit-Reset`, each code's own",
    "  advice (a code under a status it is not documented with gets the more cautious rule) and a ceiling on",
    "  the wait.",
    "- `decodeApiResponse` accepts exactly what `generated/schema/api-response.schema.json` accepts and gives a",
    "  `DecodedResponse`: `Success`, `Failure` or `Invalid`.",
    `- The error's code is an \`ErrorCode\`, open to codes this catalog does not know yet (it keeps the string);`,
    `  \`known\` gives the \`${rest}\` when there is one. \`fromCode\` and \`fromName\` return null for an unknown`,
    "  code, and `fromName` also accepts the catalog's aliases and older wire names.",
    "- `code` is the wire value (an `Int`, or the name in a name family); Jackson writes it and reads it back.",
    "- Entries keep the catalog's identifiers verbatim, misspellings included.",
    "",
    "The jar's own dependencies:",
    "",
    "```xml",
    ...kotlinDependencies().flatMap(([g, a, v]) => dependency(g, a, v)),
    "```",
  ]);
}
