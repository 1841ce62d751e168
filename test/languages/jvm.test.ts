// generated/java and generated/kotlin: one Maven build (javac -Xlint:all -Werror, kotlinc -Werror,
// Jackson and the Kotlin Maven plugin from Maven Central), then each harness against the reference.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, it } from "vitest";
import { CACHE, ROOT, TOOLCHAIN_TIMEOUT, expectSameLines, run, toolchain, versionOf } from "./support/toolchains.js";

const available = toolchain("Java and Kotlin", ["mvn", "java"]);
const POM = join(ROOT, "test", "languages", "jvm", "pom.xml");

function classpath(module: string): string {
  const dir = join(CACHE, "jvm", module);
  return [join(dir, "classes"), readFileSync(join(dir, "classpath.txt"), "utf8").trim()].join(":");
}

describe.skipIf(!available)("Java and Kotlin", () => {
  beforeAll(() => {
    console.log(`JVM: ${versionOf("java", ["-version"])}, ${versionOf("mvn", ["-v"])}`);
    run("mvn", ["-B", "-q", "-f", POM, `-Dmaven.repo.local=${join(CACHE, "m2")}`, "compile", "dependency:build-classpath"]);
  }, TOOLCHAIN_TIMEOUT);

  it("Java decodes every vector as the TypeScript reference does", () => {
    expectSameLines(run("java", ["-cp", classpath("java"), "Harness", ROOT]).stdout);
  }, TOOLCHAIN_TIMEOUT);

  it("Kotlin decodes every vector as the TypeScript reference does", () => {
    expectSameLines(run("java", ["-cp", classpath("kotlin"), "HarnessKt", ROOT]).stdout);
  }, TOOLCHAIN_TIMEOUT);
});
