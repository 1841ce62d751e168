// generated/java/pom.xml: the Maven project that builds the jar, its sources jar and its javadoc jar
// (mvn package), coordinates from package.json.
import type { Model } from "../../../catalog/model.js";
import { jacksonVersion, pom } from "../shared/jvm.js";
import { automaticModuleName } from "../shared/pom-metadata.js";
import { javaPackage } from "./profile.js";

/**
 * The dependencies the jar needs; the README lists the same. Only Jackson's annotations (no code runs from
 * them): the enums carry @JsonValue and @JsonCreator, so that a user's own Jackson writes and reads them by
 * wire value. The runtime reads JSON with its own strict reader and loads no mapper.
 */
export const javaDependencies = (): Array<[string, string, string]> => [["com.fasterxml.jackson.core", "jackson-annotations", jacksonVersion()]];

export function pomFile(model: Model): string {
  const { groupId, artifactId } = model.package.languages.java;
  // quicktype writes the api and catalog classes with few doc comments; javadoc documents them but its
  // doclint checks only the package's own code (the runtime's copies, the enums, DefaultPolicy).
  const quicktypePackages = ["api", "catalog"].map((sub) => `-${javaPackage(model)}.${sub}`).join(",");
  return pom(model.package, {
    emitter: "scripts/emit/languages/java/package.ts",
    groupId,
    artifactId,
    name: "vpn-error-codes for Java",
    properties: [["maven.compiler.release", "11"]],
    dependencies: javaDependencies(),
    // Warnings are shown; a build that must be free of them adds -Dmaven.compiler.failOnWarning=true and
    // -Dmaven.javadoc.failOnWarnings=true.
    plugins: [
      ...automaticModuleName(javaPackage(model)),
      "      <plugin>",
      "        <groupId>org.apache.maven.plugins</groupId>",
      "        <artifactId>maven-compiler-plugin</artifactId>",
      "        <configuration>",
      "          <compilerArgs>",
      "            <arg>-Xlint:all</arg>",
      "          </compilerArgs>",
      "        </configuration>",
      "      </plugin>",
      "      <plugin>",
      "        <groupId>org.apache.maven.plugins</groupId>",
      "        <artifactId>maven-javadoc-plugin</artifactId>",
      "        <configuration>",
      "          <doclint>all</doclint>",
      "          <additionalOptions>",
      `            <additionalOption>-Xdoclint/package:${quicktypePackages}</additionalOption>`,
      "          </additionalOptions>",
      "          <quiet>true</quiet>",
      "        </configuration>",
      "        <executions>",
      "          <execution>",
      "            <id>attach-javadocs</id>",
      "            <goals><goal>jar</goal></goals>",
      "          </execution>",
      "        </executions>",
      "      </plugin>",
    ],
  });
}
