// generated/java/pom.xml: the Maven project that builds the jar (mvn package), coordinates from package.json.
import type { Model } from "../../../catalog/model.js";
import { JACKSON_VERSION, pom } from "../shared/jvm.js";

/** The dependencies the jar needs at run time; the README lists the same. */
export const javaDependencies = (): Array<[string, string, string]> => [
  ["com.fasterxml.jackson.core", "jackson-databind", JACKSON_VERSION],
  ["com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", JACKSON_VERSION],
];

export function pomFile(model: Model): string {
  const { groupId, artifactId } = model.package.languages.java;
  return pom(model.package, {
    emitter: "scripts/emit/languages/java/package.ts",
    groupId,
    artifactId,
    name: "vpn-error-codes for Java",
    properties: [["maven.compiler.release", "11"]],
    dependencies: javaDependencies(),
    // Warnings are shown; a build that must be warning-free adds -Dmaven.compiler.failOnWarning=true.
    plugins: [
      "      <plugin>",
      "        <groupId>org.apache.maven.plugins</groupId>",
      "        <artifactId>maven-compiler-plugin</artifactId>",
      "        <configuration>",
      "          <compilerArgs>",
      "            <arg>-Xlint:all</arg>",
      "          </compilerArgs>",
      "        </configuration>",
      "      </plugin>",
    ],
  });
}
