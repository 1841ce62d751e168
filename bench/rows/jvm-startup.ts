// Row "JVM start-up": the Java and Kotlin packages' first lookup, first decisions (a 401 with the refresh
// code's envelope; a 429 with the catalog's Retry-After header, as the Rust and C# rows decide) and first typed details,
// each a whole `java` process, cold, interleaved with a bare `java` start (an empty main) and reported as the
// median of the per-round ratios. The probes are small mains compiled here against the jars that
// `npx vitest run test/languages/jvm.test.ts` installs under .cache/m2, run first when they are missing (the Kotlin ones with the Kotlin
// compiler that the Maven plugin left there), each calling the package as its README does. Each probe's
// output is checked first. Also the runtime classpath (the jar and its dependencies, resolved from the
// installed POMs) in bytes.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalog } from "../../scripts/catalog/load.js";
import { ROOT } from "../lib/paths.js";
import { ensureBuiltBy } from "../lib/prerequisite.js";
import { alternate, runOnce, type Command } from "../lib/processes.js";
import { QUICK, isMain, log, report, table, verdict, type RowResult } from "../lib/row.js";
import { bytes, median, ms, ratio } from "../lib/stats.js";

const LOOKUP_TARGET = 1.2;
const DECISION_TARGET = 2;
const M2 = join(ROOT, ".cache", "m2");
const DIR = join(ROOT, ".cache", "bench", "jvm-startup");

interface Coordinates {
  groupId: string;
  artifactId: string;
  version: string;
}

const artifact = ({ groupId, artifactId, version }: Coordinates, ext: string) => join(M2, ...groupId.split("."), artifactId, version, `${artifactId}-${version}.${ext}`);

/**
 * An installed artefact and what it needs at run time, from the POMs in the local repository: compile and
 * runtime scope, not optional, breadth first, the first version met winning as Maven's nearest-wins does.
 */
function runtimeClasspath(root: Coordinates): string[] {
  const seen = new Map<string, string>();
  const queue = [root];
  while (queue.length > 0) {
    const c = queue.shift()!;
    const key = `${c.groupId}:${c.artifactId}`;
    if (seen.has(key)) continue;
    const jar = artifact(c, "jar");
    if (!existsSync(jar)) throw new Error(`${jar} is missing: run npx vitest run test/languages/jvm.test.ts first, which installs the packages there`);
    seen.set(key, jar);
    // The project's own dependencies: not those managed for others, of a plugin or of a profile.
    const pom = readFileSync(artifact(c, "pom"), "utf8").replace(/<(dependencyManagement|build|profiles)>[\s\S]*?<\/\1>/g, "");
    for (const block of pom.match(/<dependency>[\s\S]*?<\/dependency>/g) ?? []) {
      const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(block)?.[1]?.trim();
      if (["test", "provided", "system"].includes(tag("scope") ?? "compile") || tag("optional") === "true") continue;
      const version = tag("version");
      if (!version || version.includes("${")) throw new Error(`${artifact(c, "pom")}: a dependency without a literal version: ${block}`);
      queue.push({ groupId: tag("groupId")!, artifactId: tag("artifactId")!, version });
    }
  }
  return [...seen.values()];
}

function java(cp: string[], main: string): Command {
  return { file: "java", args: ["-cp", [DIR, ...cp].join(":"), main] };
}

export async function measure(): Promise<RowResult> {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    version: string;
    languagePackages: Record<"java" | "kotlin", { groupId: string; artifactId: string; package: string }>;
  };
  const javaRoot = { ...pkg.languagePackages.java, version: pkg.version };
  const kotlinRoot = { ...pkg.languagePackages.kotlin, version: pkg.version };
  ensureBuiltBy("test/languages/jvm.test.ts", `the Java and Kotlin jars under ${M2}`, () => [javaRoot, kotlinRoot].every((c) => existsSync(artifact(c, "jar"))));
  const javaCp = runtimeClasspath(javaRoot);
  const kotlinCp = runtimeClasspath(kotlinRoot);
  const { catalog } = loadCatalog(join(ROOT, "catalog"), ROOT);
  if (!catalog) throw new Error("the catalog does not load");
  const { family, code } = catalog.examples.sdkEvent;
  const refresh = String(catalog.examples.tokenRefresh.code.value);
  const retryAfter = catalog.retryPolicy.rateLimit.retryAfterHeader;
  const p = pkg.languagePackages.java.package;
  const k = pkg.languagePackages.kotlin.package;
  // A 401 with the refresh code's envelope, details included: the decision reads its code, the decoder its details.
  const body = JSON.stringify(JSON.stringify({ success: false, error: { code: refresh, message: "m", details: { expiredAt: "2026-02-08T11:30:00Z", tokenType: "access" } } }));
  const probes: Record<string, string> = {
    Bare: "public final class Bare { public static void main(String[] args) {} }",
    // The floor any library in a jar pays: the jar opened and one class read from it, none of its code run.
    JarOnly: `public final class JarOnly { public static void main(String[] args) { System.out.println(${p}.DetailsValues.class.getName()); } }`,
    FirstLookup: `public final class FirstLookup { public static void main(String[] args) { System.out.println(${p}.${family.name}.fromValue(${code.value}).get().description()); } }`,
    FirstDecision: `public final class FirstDecision { public static void main(String[] args) { System.out.println(${p}.Advisor.of(${p}.DefaultPolicy.RETRY).adviseRetry(401, java.util.Map.of(), ${body}, 1, false).action()); } }`,
    // A 429 whose Retry-After the decision waits for: it prints the basis, RETRY_AFTER.
    FirstWait: `public final class FirstWait { public static void main(String[] args) { System.out.println(${p}.Advisor.of(${p}.DefaultPolicy.RETRY).adviseRetry(429, java.util.Map.of(${JSON.stringify(retryAfter)}, java.util.List.of("7")), null, 1, false).basis().get()); } }`,
    FirstDetails: `public final class FirstDetails { public static void main(String[] args) { System.out.println(${p}.ApiResponses.decode(${p}.DefaultPolicy.ENVELOPE, ${body}).error().get().typedDetails().get()); } }`,
  };
  const kotlinProbes: Record<string, string> = {
    // The floor of any Kotlin program beside the package: classes read from kotlin-stdlib (println alone is
    // inlined to System.out and reads none), found past the package's jars.
    BareKotlin: 'fun main() { println(listOf("ready").single()) }',
    FirstLookupKotlin: `fun main() { println(${p}.${family.name}.fromValue(${code.value}).get().description()) }`,
    FirstDecisionKotlin: `import ${k}.adviseRetry\n\nfun main() { println(${p}.DefaultPolicy.RETRY.adviseRetry(401, emptyMap<String, List<String>>(), ${body.replace(/\$/g, "\\$")}, 1)) }`,
    FirstWaitKotlin: `import ${k}.adviseRetry\n\nfun main() { println((${p}.DefaultPolicy.RETRY.adviseRetry(429, mapOf(${JSON.stringify(retryAfter)} to listOf("7")), null, 1) as ${k}.RetryAdvice.Retry).basis) }`,
  };
  mkdirSync(DIR, { recursive: true });
  for (const [name, source] of Object.entries(probes)) writeFileSync(join(DIR, `${name}.java`), `${source}\n`);
  for (const [name, source] of Object.entries(kotlinProbes)) writeFileSync(join(DIR, `${name}.kt`), `${source}\n`);
  runOnce({ file: "javac", args: ["-d", DIR, "-cp", javaCp.join(":"), ...Object.keys(probes).map((n) => join(DIR, `${n}.java`))] });
  const kotlinVersion = /<kotlin\.version>([^<]+)</.exec(readFileSync(join(ROOT, "runtime", "kotlin", "pom.xml"), "utf8"))![1]!;
  const compiler = runtimeClasspath({ groupId: "org.jetbrains.kotlin", artifactId: "kotlin-compiler", version: kotlinVersion });
  log(`compiling the Kotlin probes with kotlin-compiler ${kotlinVersion}`);
  runOnce({
    file: "java",
    args: [
      "-cp",
      compiler.join(":"),
      "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler",
      "-no-stdlib",
      "-no-reflect",
      "-jvm-target",
      "11",
      "-cp",
      kotlinCp.join(":"),
      "-d",
      DIR,
      ...Object.keys(kotlinProbes).map((n) => join(DIR, `${n}.kt`)),
    ],
  });

  const commands = {
    bare: java([], "Bare"),
    jarOnly: java(javaCp, "JarOnly"),
    lookup: java(javaCp, "FirstLookup"),
    decision: java(javaCp, "FirstDecision"),
    wait: java(javaCp, "FirstWait"),
    details: java(javaCp, "FirstDetails"),
    kotlinBare: java(kotlinCp, "BareKotlinKt"),
    kotlinLookup: java(kotlinCp, "FirstLookupKotlinKt"),
    kotlinDecision: java(kotlinCp, "FirstDecisionKotlinKt"),
    kotlinWait: java(kotlinCp, "FirstWaitKotlinKt"),
  };
  // Each probe prints the real answer, or the row stops here rather than time a broken one.
  const outputs = Object.fromEntries(Object.entries(commands).map(([name, command]) => [name, runOnce(command).trim()])) as Record<keyof typeof commands, string>;
  if (
    outputs.lookup === "" ||
    outputs.kotlinBare !== "ready" ||
    outputs.kotlinLookup !== outputs.lookup ||
    outputs.decision !== "REFRESH_TOKEN" ||
    !outputs.details.includes("2026-02-08T11:30Z") ||
    !/RefreshToken/.test(outputs.kotlinDecision) ||
    outputs.wait !== "RETRY_AFTER" ||
    outputs.kotlinWait !== "RETRY_AFTER"
  ) {
    throw new Error(`a probe printed something unexpected: ${JSON.stringify(outputs)}`);
  }
  // Which classes the first decisions load: none of an object mapper or of kotlin-reflect.
  const loaded = (command: Command) => runOnce({ file: "java", args: ["-Xlog:class+load=info", ...command.args] }).split("\n");
  const mapperClasses = [commands.decision, commands.kotlinDecision, commands.wait, commands.kotlinWait]
    .flatMap(loaded)
    .filter((l) => /com\.fasterxml\.jackson\.databind|kotlin\.reflect\.jvm/.test(l)).length;

  const runs = QUICK ? 6 : 20;
  log(`${runs} alternating rounds of ${Object.keys(commands).length} java processes`);
  const timed = alternate(commands, runs);
  const medianRatio = (key: keyof typeof commands) => median(timed[key].samples.map((t, i) => t / timed.bare.samples[i]!));
  const spread = (key: keyof typeof commands) => {
    const ratios = timed[key].samples.map((t, i) => t / timed.bare.samples[i]!).sort((a, b) => a - b);
    return `${ratio(ratios[0]!)}–${ratio(ratios[ratios.length - 1]!)}`;
  };
  const size = (cp: string[]) => cp.reduce((sum, jar) => sum + statSync(jar).size, 0);
  const rows: Array<[string, keyof typeof commands, number | undefined]> = [
    ["Java: one class read from the jar, none of its code run (the floor of any jar)", "jarOnly", undefined],
    ["Java: first lookup (`fromValue(...).get().description()`)", "lookup", LOOKUP_TARGET],
    ["Java: first decision (`Advisor.of(DefaultPolicy.RETRY).adviseRetry` on a 401 envelope)", "decision", DECISION_TARGET],
    ["Java: first decision on a 429 (`adviseRetry(429, Retry-After: 7, ...)`)", "wait", DECISION_TARGET],
    ["Java: first typed details (`decode(...).error().get().typedDetails()`)", "details", undefined],
    ["Kotlin: a main that reads kotlin-stdlib (`listOf(...).single()`), the package on its classpath (the floor of any Kotlin program)", "kotlinBare", undefined],
    ["Kotlin: first lookup", "kotlinLookup", LOOKUP_TARGET],
    ["Kotlin: first decision (`DefaultPolicy.RETRY.adviseRetry(status, headers, body, attempt)`)", "kotlinDecision", DECISION_TARGET],
    ["Kotlin: first decision on a 429 (Retry-After: 7)", "kotlinWait", DECISION_TARGET],
  ];
  const details = `Each probe is a \`java -cp <probe>:<runtime classpath> <Main>\` process; the baseline is \`java -cp <probe> Bare\`, an empty main.
Median of ${runs} alternating rounds, the ratio taken within each round (smallest–largest in brackets). The first decisions load
${mapperClasses} class${mapperClasses === 1 ? "" : "es"} of jackson-databind or kotlin-reflect in Java and Kotlin (\`-Xlog:class+load\`). Under a loaded machine the wall
times queue behind other processes; the ratios within a round hold up better than the times.

${table(
  ["probe", "median wall time", "median ratio to a bare java start"],
  [["`java Bare`", ms(timed.bare.median), "1.00×"], ...rows.map(([label, key]) => [label, ms(timed[key].median), `${ratio(medianRatio(key))} (${spread(key)})`])],
)}

Runtime classpath (the package's jar and what its POM brings at run time):

${table(
  ["package", "jars", "bytes"],
  [
    ["Java", javaCp.map((j) => `\`${j.split("/").pop()}\``).join(", "), bytes(size(javaCp))],
    ["Kotlin", kotlinCp.map((j) => `\`${j.split("/").pop()}\``).join(", "), bytes(size(kotlinCp))],
  ],
)}`;
  return {
    id: "jvm-startup",
    title: "JVM start-up",
    lines: rows.map(([label, key, target]) => ({
      row: `JVM start-up, ${label}, against a bare \`java\` start`,
      measured: `${ms(timed[key].median)} vs ${ms(timed.bare.median)}: **${ratio(medianRatio(key))}**`,
      target: target === undefined ? "no goal" : `≤ ${target}×`,
      verdict: target === undefined ? "no target" : verdict(medianRatio(key) <= target),
    })),
    details,
  };
}

if (isMain(import.meta.url)) await report(measure);
