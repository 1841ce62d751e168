// generated/kotlin/pom.xml: the Maven project that builds the jar and its sources jar (mvn package) with the
// Kotlin Maven plugin, on top of the Java package of the same version.
import type { Model } from "../../../catalog/model.js";
import { pom } from "../shared/jvm.js";
import { kotlinVersion } from "./profile.js";

/** The dependencies the jar needs at run time; the README lists the same. */
export function kotlinDependencies(model: Model): Array<[string, string, string]> {
  const { groupId, artifactId } = model.package.languages.java;
  return [
    [groupId, artifactId, model.package.version],
    ["org.jetbrains.kotlin", "kotlin-stdlib", kotlinVersion()],
  ];
}

export function pomFile(model: Model): string {
  const { groupId, artifactId } = model.package.languages.kotlin;
  return pom(model.package, {
    emitter: "scripts/emit/languages/kotlin/package.ts",
    groupId,
    artifactId,
    name: "vpn-error-codes for Kotlin",
    dependencies: kotlinDependencies(model),
    sourceDirectory: "src/main/kotlin",
    plugins: [
      "      <plugin>",
      "        <groupId>org.jetbrains.kotlin</groupId>",
      "        <artifactId>kotlin-maven-plugin</artifactId>",
      `        <version>${kotlinVersion()}</version>`,
      "        <executions>",
      "          <execution>",
      "            <id>compile</id>",
      "            <goals><goal>compile</goal></goals>",
      "          </execution>",
      "        </executions>",
      "        <configuration>",
      "          <jvmTarget>11</jvmTarget>",
      "          <args>",
      "            <arg>-Werror</arg>",
      "            <arg>-Xexplicit-api=strict</arg>",
      "          </args>",
      "        </configuration>",
      "      </plugin>",
    ],
  });
}
