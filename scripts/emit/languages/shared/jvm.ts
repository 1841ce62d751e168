// What the Java and Kotlin emitters share: both run on the JVM with Jackson and document in /** */ blocks.
import type { PackageInfo } from "../../../catalog/package-info.js";
import { escapeMarkup, file, generatedBy, paragraphs } from "./common.js";
import { dropLeadingComments } from "./quicktype.js";

export const JACKSON_VERSION = "2.17.2";

/** Text safe inside a Javadoc or KDoc block: no HTML or comment terminators from the catalog's prose. */
export function docText(text: string): string {
  return escapeMarkup(text).replace(/\*\//g, "*&#47;");
}

/**
 * A /** ... *\/ block; Javadoc wants <p> before every paragraph but the first, KDoc does not. A paragraph
 * that starts with a block tag ("@deprecated") is not prefixed, since a tag ends the description.
 */
export function docBlock(texts: readonly string[], indent: string, width: number, htmlParagraphs: boolean): string[] {
  const lines = paragraphs(texts.map(docText), width - indent.length - 3);
  if (htmlParagraphs) {
    for (let i = 1; i < lines.length; i++) if (lines[i - 1] === "" && lines[i] !== "" && !lines[i]!.startsWith("@")) lines[i] = `<p>${lines[i]}`;
  }
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

/** A quicktype file under our header: quicktype's own names its CLI and an old Jackson; ours says where the file comes from. */
export function quicktypeFile(header: string, source: string, note: string): string {
  return file([header, `// ${note}`, dropLeadingComments(source)]);
}

/** Maven plugin versions the generated poms pin, so that a build does not change under a newer Maven. */
export const MAVEN_PLUGINS: ReadonlyArray<[artifactId: string, version: string]> = [
  ["maven-resources-plugin", "3.3.1"],
  ["maven-compiler-plugin", "3.13.0"],
  ["maven-surefire-plugin", "3.5.2"],
  ["maven-jar-plugin", "3.4.2"],
  ["maven-install-plugin", "3.1.3"],
];

export interface PomParts {
  /** The emitter file, for the header. */
  emitter: string;
  groupId: string;
  artifactId: string;
  /** The project's human name: "vpn-error-codes for Java". */
  name: string;
  dependencies: ReadonlyArray<[groupId: string, artifactId: string, version: string]>;
  /** Properties beyond the encoding. */
  properties?: ReadonlyArray<[name: string, value: string]>;
  /** XML of <plugin> elements, each line indented for <plugins>. */
  plugins?: readonly string[];
}

/**
 * A package's pom.xml: coordinates from package.json's languagePackages, version, description, licence and
 * address from the package itself. The sources are the folder's own package tree, so that the generated
 * folder is the project as it is.
 */
export function pom(info: PackageInfo, parts: PomParts): string {
  const x = escapeMarkup;
  return file([
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!-- ${x(generatedBy(parts.emitter))} -->`,
    `<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">`,
    "  <modelVersion>4.0.0</modelVersion>",
    `  <groupId>${x(parts.groupId)}</groupId>`,
    `  <artifactId>${x(parts.artifactId)}</artifactId>`,
    `  <version>${x(info.version)}</version>`,
    "  <packaging>jar</packaging>",
    `  <name>${x(parts.name)}</name>`,
    `  <description>${x(info.description)}</description>`,
    `  <url>${x(info.repository)}</url>`,
    "  <licenses>",
    "    <license>",
    `      <name>${x(info.license)}</name>`,
    "    </license>",
    "  </licenses>",
    "  <scm>",
    `    <url>${x(info.repository)}</url>`,
    "  </scm>",
    "",
    "  <properties>",
    "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
    ...(parts.properties ?? []).map(([k, v]) => `    <${k}>${x(v)}</${k}>`),
    "  </properties>",
    "",
    "  <dependencies>",
    ...parts.dependencies.flatMap(([g, a, v]) => ["    <dependency>", `      <groupId>${g}</groupId>`, `      <artifactId>${a}</artifactId>`, `      <version>${v}</version>`, "    </dependency>"]),
    "  </dependencies>",
    "",
    "  <build>",
    "    <sourceDirectory>${project.basedir}</sourceDirectory>",
    "    <pluginManagement>",
    "      <plugins>",
    ...MAVEN_PLUGINS.flatMap(([a, v]) => ["        <plugin>", "          <groupId>org.apache.maven.plugins</groupId>", `          <artifactId>${a}</artifactId>`, `          <version>${v}</version>`, "        </plugin>"]),
    "      </plugins>",
    "    </pluginManagement>",
    ...(parts.plugins ? ["    <plugins>", ...parts.plugins, "    </plugins>"] : []),
    "  </build>",
    "</project>",
  ]);
}
