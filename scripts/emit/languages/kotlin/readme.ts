// generated/kotlin/README.md. Its example codes are the model's examples, not names written in here.
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import type { Model } from "../../../catalog/model.js";
import { file, quote } from "../shared/common.js";
import { detailsExample, javaIdent } from "../shared/jvm.js";
import { readmeExamples, readmeTitle } from "../shared/readme.js";
import { kotlinDependencies } from "./package.js";
import { kotlin, kotlinPackage, kotlinVersion } from "./profile.js";

export function readme(model: Model): string {
  const { rest, events, event, refreshIdent, refreshAdvice } = readmeExamples(model, javaIdent);
  const pkg = kotlinPackage(model);
  const java = model.package.languages.java;
  const { groupId, artifactId } = model.package.languages.kotlin;
  const typed = detailsExample(model, String(model.examples.tokenRefresh.code.value));
  const dependency = (g: string, a: string, v: string) => ["<dependency>", `  <groupId>${g}</groupId>`, `  <artifactId>${a}</artifactId>`, `  <version>${v}</version>`, "</dependency>"];
  return file([
    ...readmeTitle("scripts/emit/languages/kotlin/readme.ts", kotlin),
    `Kotlin idioms on top of the Java package \`${java.package}\` (\`${java.groupId}:${java.artifactId}\`), as protobuf's`,
    "Kotlin support builds on its Java runtime. The enums, the envelope decoder, the retry decision and the",
    `catalog's policies (\`DefaultPolicy\`) are the Java package's; package \`${pkg}\` adds sealed results,`,
    "extension functions with default arguments and typed details. The two jars share no class, so both sit on",
    `one classpath. Built and tested with Kotlin ${kotlinVersion()} on the JVM.`,
    "",
    "## Install",
    "",
    "This folder is a Maven project. Install the Java package first (`mvn -q install` in its folder), then build",
    "this jar and install it into your local repository:",
    "",
    "```sh",
    "mvn -q install",
    "```",
    "",
    "then depend on it (it brings the Java package and the Kotlin standard library; no object mapper, no",
    "kotlin-reflect):",
    "",
    "```xml",
    ...dependency(groupId, artifactId, model.package.version),
    "```",
    "",
    "## Should I retry?",
    "",
    "```kotlin",
    `import ${java.package}.DefaultPolicy`,
    ...[events.name, rest].sort().map((name) => `import ${java.package}.${name}`),
    ...(typed ? [`import ${java.package}.api.${typed.className}`] : []),
    ...(reconnectFacts(model) ? [`import ${pkg}.ReconnectAdvice`] : []),
    `import ${pkg}.RetryAdvice`,
    ...(reconnectFacts(model) ? [`import ${pkg}.adviseReconnect`] : []),
    `import ${pkg}.adviseRetry`,
    `import ${pkg}.decode`,
    ...(typed ? [`import ${pkg}.typedDetailsOrNull`] : []),
    "import kotlin.jvm.optionals.getOrNull",
    "",
    "// From your HTTP client: the status, the headers as a map (HttpHeaders.map(), Ktor's Headers.toMap(),",
    "// OkHttp's Headers.toMultimap()) and the body text; attempt counts sends from 1.",
    "when (val advice = DefaultPolicy.RETRY.adviseRetry(status, headers, body, attempt, tokenRefreshed)) {",
    "    is RetryAdvice.Retry -> Thread.sleep(advice.delay.inWholeMilliseconds) // or delay(advice.delay); then send again",
    `    RetryAdvice.RefreshToken -> { /* ${refreshAdvice} */ }`,
    '    is RetryAdvice.Fail -> System.err.println("${advice.reason.wire()}: ${advice.detail}")',
    "}",
    "",
    '// The envelope itself: HTML from a proxy or {"success":false} without an error is Invalid, not an exception.',
    "val error = DefaultPolicy.ENVELOPE.decode(body).errorOrNull",
    `if (error != null && ${rest}.fromCode(error.code()).getOrNull() == ${rest}.${refreshIdent}) {`,
    `    println(${quote(refreshAdvice)})`,
    "}",
    ...(typed
      ? [
          "",
          `// Typed details in one step: each code that documents details gives them as the Java package's api class.`,
          "when (val details = error?.typedDetailsOrNull) {",
          `    is ${typed.className} -> println(details.${typed.property})`,
          "    else -> {}",
          "}",
        ]
      : []),
    ...(reconnectFacts(model)?.families.some((f) => f.family === events.name)
      ? [
          "",
          `// The SDK reported ${events.name} ${event.value}: reconnect the tunnel, wait for the network, or stop. The history`,
          "// (reconnect starts, connections, earlier errors) and the clock default to none and now.",
          `when (val reconnect = DefaultPolicy.reconnect().adviseReconnect(${quote(events.name)}, ${event.value})) {`,
          "    is ReconnectAdvice.Reconnect -> Thread.sleep(reconnect.delay.inWholeMilliseconds) // or delay(reconnect.delay)",
          "    ReconnectAdvice.WaitForNetwork -> { /* reconnect once the network is back */ }",
          "    is ReconnectAdvice.Stop -> System.err.println(reconnect.detail)",
          "}",
        ]
      : []),
    "",
    `${events.name}.fromValue(${event.value}).getOrNull()?.let { code ->`,
    `    println(code.identifier())              // ${event.name}`,
    "    println(code.description())             // what it means",
    `    println(code.retryAdvice().strategy())  // ${event.retry.strategy} (${event.retry.basis})`,
    "}",
    `check(${events.name}.fromValue(-1).getOrNull() == null) // an unknown code is null, never an exception`,
    "```",
    "",
    "- `RetryPolicy.adviseRetry` takes the status, the headers as a map or as name/value pairs (names in any case), the body",
    "  text (or null), the attempt, whether the token was already refreshed, the time and a random source for",
    "  the jitter (the last three have defaults), and gives a `RetryAdvice`: `Retry`, `RefreshToken` or `Fail`.",
    "  `DefaultPolicy.RETRY` is the catalog's retry policy; `RetryDecision.toAdvice()` converts the Java",
    "  package's answer.",
    "- `EnvelopePolicy.decode` accepts exactly what `generated/schema/api-response.schema.json` accepts (with",
    "  `DefaultPolicy.ENVELOPE`) and gives an `Envelope`: `Success`, `Failure` or `Invalid`.",
    `- The error's \`code()\` is the string as it came, also for a code this catalog does not know yet;`,
    `  \`${rest}.fromCode\` looks it up. \`error.typedDetailsOrNull\` gives the details as the code's class from the Java`,
    "  package's `api` (date-times as `OffsetDateTime`, integers as `BigInteger`), `error.detailsAs<SomeDetails>()`",
    "  the same when it is that class, and `error.detailsOrNull` the raw map; unknown properties are kept there.",
    "- The enums are Java's: `fromCode` and `fromName` return `Optional` (`getOrNull()` makes it nullable), and",
    "  `decode(code)` gives an `OpenCode` that keeps a code the catalog does not know.",
    "",
    "The jar's own dependencies:",
    "",
    "```xml",
    ...kotlinDependencies(model).flatMap(([g, a, v]) => dependency(g, a, v)),
    "```",
  ]);
}
