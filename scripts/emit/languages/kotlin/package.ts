// generated/kotlin/pom.xml: the Maven project that builds the jar, its sources jar and a javadoc jar (mvn
// package) with the Kotlin Maven plugin, on top of the Java package of the same version. Javadoc cannot read
// Kotlin, so the javadoc jar Maven Central requires holds the README and LICENSE; the KDoc is in the sources
// jar, where IDEs read it.
import type { Model } from "../../../catalog/model.js";
import { LICENSE_FILE } from "../../../catalog/package-info.js";
import { pom } from "../shared/jvm.js";
import { automaticModuleName } from "../shared/pom-metadata.js";
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
      "        <groupId>org.apache.maven.plugins</groupId>",
      "        <artifactId>maven-resources-plugin</artifactId>",
      "        <executions>",
      "          <execution>",
      "            <id>javadoc-readme</id>",
      "            <phase>prepare-package</phase>",
      "            <goals><goal>copy-resources</goal></goals>",
      "            <configuration>",
      "              <outputDirectory>${project.build.directory}/javadoc-readme</outputDirectory>",
      "              <resources>",
      "                <resource>",
      "                  <directory>${project.basedir}</directory>",
      `                  <includes><include>README.md</include><include>${LICENSE_FILE}</include></includes>`,
      "                </resource>",
      "              </resources>",
      "            </configuration>",
      "          </execution>",
      "        </executions>",
      "      </plugin>",
      ...automaticModuleName(model.package.languages.kotlin.package, [
        "        <executions>",
        "          <execution>",
        "            <id>javadoc-jar</id>",
        "            <phase>package</phase>",
        "            <goals><goal>jar</goal></goals>",
        "            <configuration>",
        "              <classifier>javadoc</classifier>",
        "              <classesDirectory>${project.build.directory}/javadoc-readme</classesDirectory>",
        "            </configuration>",
        "          </execution>",
        "        </executions>",
      ]),
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
