// generated/kotlin/pom.xml: the Maven project that builds the jar (mvn package) with the Kotlin Maven plugin.
import type { Model } from "../../../catalog/model.js";
import { JACKSON_VERSION, pom } from "../shared/jvm.js";
import { KOTLIN_VERSION } from "./profile.js";

/** The dependencies the jar needs at run time; the README lists the same. */
export const kotlinDependencies = (): Array<[string, string, string]> => [
  ["org.jetbrains.kotlin", "kotlin-stdlib", KOTLIN_VERSION],
  ["com.fasterxml.jackson.module", "jackson-module-kotlin", JACKSON_VERSION],
];

export function pomFile(model: Model): string {
  const { groupId, artifactId } = model.package.languages.kotlin;
  return pom(model.package, {
    emitter: "scripts/emit/languages/kotlin/package.ts",
    groupId,
    artifactId,
    name: "vpn-error-codes for Kotlin",
    dependencies: kotlinDependencies(),
    plugins: [
      "      <plugin>",
      "        <groupId>org.jetbrains.kotlin</groupId>",
      "        <artifactId>kotlin-maven-plugin</artifactId>",
      `        <version>${KOTLIN_VERSION}</version>`,
      "        <executions>",
      "          <execution>",
      "            <id>compile</id>",
      "            <goals><goal>compile</goal></goals>",
      "            <configuration>",
      "              <sourceDirs><sourceDir>${project.basedir}</sourceDir></sourceDirs>",
      "            </configuration>",
      "          </execution>",
      "        </executions>",
      "        <configuration>",
      "          <jvmTarget>11</jvmTarget>",
      "          <args><arg>-Werror</arg></args>",
      "        </configuration>",
      "      </plugin>",
    ],
  });
}
