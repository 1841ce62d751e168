// generated/java and generated/kotlin as packages: one Maven reactor builds both jars from copies under
// .cache/jvm/packages/ (javac -Xlint:all as errors, kotlinc -Werror), installs them into the test's local
// repository, and builds the consumer projects that depend on them: the vector harnesses and each README's
// example. Then each harness must print the TypeScript reference's lines.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { KOTLIN_VERSION } from "../../scripts/emit/languages/kotlin/profile.js";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Java and Kotlin", ["mvn", "java"]);
const POM = join(ROOT, "test", "languages", "jvm", "pom.xml");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  languagePackages: Record<"java" | "kotlin", { groupId: string; artifactId: string; package: string }>;
};

type Language = "java" | "kotlin";

/** The jar `mvn package` built in the package's copy. */
const builtJar = (language: Language) => {
  const { artifactId } = pkg.languagePackages[language];
  return join(CACHE, "jvm", "packages", language, "target", `${artifactId}-${pkg.version}.jar`);
};

/** The same jar as `mvn install` put it into the test's local repository. */
const installedJar = (language: Language) => {
  const { groupId, artifactId } = pkg.languagePackages[language];
  return join(CACHE, "m2", ...groupId.split("."), artifactId, pkg.version, `${artifactId}-${pkg.version}.jar`);
};

/**
 * The consumer's classes and its dependencies. Inside one reactor Maven resolves the package to the jar it
 * just built; the harness runs on the installed copy instead, as another project would get it.
 */
function classpath(language: Language): string {
  const dir = join(CACHE, "jvm", "consumers", language);
  const dependencies = readFileSync(join(dir, "classpath.txt"), "utf8").trim().split(":");
  return [join(dir, "classes"), ...dependencies.map((entry) => (entry === builtJar(language) ? installedJar(language) : entry))].join(":");
}

/**
 * generated/<language> copied to .cache/jvm/packages/<language>, keeping its target/ and the files' times,
 * so that Maven's build output stays out of generated/ and a warm run compiles only what changed.
 */
/**
 * Kotlin's incremental compilation trusts the classes and caches in target/: after the sources change (a
 * declaration moved to another file, say) a stale cache can name it twice ("Conflicting overloads"), and
 * its caches record absolute paths. So the packages' and consumers' build folders are kept only while the
 * sources they were built from, and the checkout's location, are the same; any change (or a build that
 * failed) builds afresh. Returns what records a successful build.
 */
function forgetStaleBuilds(): () => void {
  const hash = createHash("sha256").update(ROOT);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
    }
  };
  for (const dir of [join(ROOT, "generated", "java"), join(ROOT, "generated", "kotlin"), join(ROOT, "test", "languages", "jvm")]) walk(dir);
  const key = hash.digest("hex");
  const marker = join(CACHE, "jvm", "sources.sha256");
  const built = () => writeFileSync(marker, key);
  if (existsSync(marker) && readFileSync(marker, "utf8") === key) return built;
  for (const dir of ["packages", "consumers"]) rmSync(join(CACHE, "jvm", dir), { recursive: true, force: true });
  rmSync(marker, { force: true });
  mkdirSync(join(CACHE, "jvm"), { recursive: true });
  return built;
}

function copyPackage(language: string): void {
  const from = join(ROOT, "generated", language);
  const to = join(CACHE, "jvm", "packages", language);
  if (existsSync(to)) for (const entry of readdirSync(to)) if (entry !== "target") rmSync(join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true, preserveTimestamps: true });
}

/** The README's code block of `language`: its import lines, and the rest. */
export function readmeExample(readme: string, language: string): { imports: string[]; body: string[] } {
  const block = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(readme);
  if (!block) throw new Error(`no ${language} block in the README`);
  const lines = block[1]!.trimEnd().split("\n");
  return { imports: lines.filter((l) => l.startsWith("import ")), body: lines.filter((l) => !l.startsWith("import ")) };
}

/** Each README's example inside a function that declares what its comments say comes from the caller. */
function writeReadmeExamples(): void {
  const java = readmeExample(readFileSync(join(ROOT, "generated", "java", "README.md"), "utf8"), "java");
  const kotlin = readmeExample(readFileSync(join(ROOT, "generated", "kotlin", "README.md"), "utf8"), "kotlin");
  const javaDir = join(CACHE, "jvm", "readme", "java");
  const kotlinDir = join(CACHE, "jvm", "readme", "kotlin");
  mkdirSync(javaDir, { recursive: true });
  mkdirSync(kotlinDir, { recursive: true });
  writeFileSync(
    join(javaDir, "ReadmeExample.java"),
    [
      "import java.net.http.HttpResponse;",
      ...java.imports,
      "",
      "final class ReadmeExample {",
      "    private ReadmeExample() {}",
      "",
      "    static void example(HttpResponse<String> response, int attempt, boolean tokenRefreshed) throws InterruptedException {",
      ...java.body.map((l) => (l ? `        ${l}` : "")),
      "    }",
      "}",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(kotlinDir, "ReadmeExample.kt"),
    [
      ...kotlin.imports,
      "",
      "fun readmeExample(status: Int, headers: List<Pair<String, String>>, body: String?, attempt: Int, tokenRefreshed: Boolean) {",
      ...kotlin.body.map((l) => (l ? `    ${l}` : "")),
      "}",
      "",
    ].join("\n"),
  );
}

describe.skipIf(!available)("Java and Kotlin", () => {
  beforeAll(() => {
    console.log(`JVM: ${versionOf("java", ["-version"])}, ${versionOf("mvn", ["-v"])}, Kotlin ${KOTLIN_VERSION}`);
    const built = forgetStaleBuilds();
    copyPackage("java");
    copyPackage("kotlin");
    writeReadmeExamples();
    const { java, kotlin } = pkg.languagePackages;
    run("mvn", [
      "-B",
      "-q",
      "-f",
      POM,
      `-Dmaven.repo.local=${join(CACHE, "m2")}`,
      "-Dmaven.compiler.failOnWarning=true",
      `-Dkotlin.version=${KOTLIN_VERSION}`,
      // Kotlin's incremental compilation (its caches sit in each target/ under .cache/): a warm run with no
      // change compiles nothing, where kotlinc alone would rebuild both modules every time.
      "-Dkotlin.compiler.incremental=true",
      `-Dvpn.version=${pkg.version}`,
      `-Dvpn.java.groupId=${java.groupId}`,
      `-Dvpn.java.artifactId=${java.artifactId}`,
      `-Dvpn.kotlin.groupId=${kotlin.groupId}`,
      `-Dvpn.kotlin.artifactId=${kotlin.artifactId}`,
      "install",
      "dependency:build-classpath",
    ]);
    built();
  }, TOOLCHAIN_TIMEOUT);

  it("builds each package's jar with mvn, installed where the consumers found it", () => {
    for (const language of ["java", "kotlin"] as const) {
      expect(readFileSync(installedJar(language)).equals(readFileSync(builtJar(language)))).toBe(true);
      expect(classpath(language).split(":")).toContain(installedJar(language));
      expect(classpath(language)).not.toContain(builtJar(language));
      // The package's classes come from the jar alone, not from a copy in the consumer's output.
      const packageDir = pkg.languagePackages[language].package.split(".")[0]!;
      expect(existsSync(join(CACHE, "jvm", "consumers", language, "classes", packageDir))).toBe(false);
    }
    // Nothing of the build lands in the generated folders.
    expect(existsSync(join(ROOT, "generated", "java", "target"))).toBe(false);
    expect(existsSync(join(ROOT, "generated", "kotlin", "target"))).toBe(false);
  });

  it("Java decodes every vector and decides every case as the TypeScript reference does", () => {
    expectSameLines(run("java", ["-cp", classpath("java"), "Harness", ROOT]).stdout);
  }, TOOLCHAIN_TIMEOUT);

  it("Kotlin decodes every vector and decides every case as the TypeScript reference does", () => {
    expectSameLines(run("java", ["-cp", classpath("kotlin"), "HarnessKt", ROOT]).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
