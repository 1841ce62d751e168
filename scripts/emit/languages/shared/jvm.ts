// What the Java and Kotlin emitters share: both are Maven projects on the JVM, with Jackson, documented in
// /** */ blocks. The versions they pin are the ones runtime/java and runtime/kotlin are built and tested with,
// read from those projects' pom.xml.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detailsChecks } from "../../../catalog/details-checks.js";
import type { Model } from "../../../catalog/model.js";
import { LICENSE_FILE, type PackageInfo } from "../../../catalog/package-info.js";
import { RUNTIME_DIR } from "../../runtime-sources.js";
import { commentLines, escapeMarkup, file, generatedBy, memberNaming, paragraphs, snake, type Profile } from "./common.js";
import { pomLicenseResource, pomReleaseMetadata } from "./pom-metadata.js";
import { dropLeadingComments } from "./quicktype.js";

/** A property of runtime/<language>/pom.xml, such as a version; a missing one fails the build, naming it. */
export function runtimePomProperty(language: "java" | "kotlin" | "java-jackson" | "java-gson", name: string): string {
  const pom = readFileSync(join(RUNTIME_DIR, language, "pom.xml"), "utf8");
  const tag = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(pom);
  if (!found) throw new Error(`runtime/${language}/pom.xml has no <${name}> property`);
  return found[1]!.trim();
}

/** The Jackson the Java runtime is built with, which the packages depend on. */
export const jacksonVersion = () => runtimePomProperty("java", "jackson.version");

/**
 * Java's profile. The Kotlin package uses the Java package's enums, so these are the members' spellings
 * in Kotlin too.
 */
export const javaProfile: Profile = {
  language: "Java",
  // Java's keywords and literals are all lower case; an enum constant may not be called like them.
  reserved: new Set([
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "try",
    "void",
    "volatile",
    "while",
    "true",
    "false",
    "null",
    "var",
    "yield",
    "record",
    "_",
  ]),
  header: (emitter) => commentLines("// ", [generatedBy(emitter)]),
};

/**
 * Text safe inside a Javadoc or KDoc block, as HTML entities: no markup, no comment terminator, no comment
 * opener (KDoc comments nest), no backslash (javac decodes unicode escapes such as \u002a even inside
 * comments) and no at sign but a paragraph's own @deprecated and an inline {@code} or {@link} (a stray one would start a tag), so that any catalog prose compiles and reads as written.
 */
export function docText(text: string): string {
  return escapeMarkup(text)
    .replace(/\\/g, "&#92;")
    .replace(/(?<!^|\{)@|^@(?!deprecated )|\{@(?!(code|link) )/g, (m) => m.replace("@", "&#64;"))
    .replace(/\*\//g, "*&#47;")
    .replace(/\/\*/g, "/&#42;");
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
export const mavenPlugins = (): Array<[artifactId: string, version: string]> =>
  ["maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin", "maven-jar-plugin", "maven-install-plugin", "maven-source-plugin", "maven-javadoc-plugin"].map((artifactId) => [
    artifactId,
    runtimePomProperty("java", `${artifactId}.version`),
  ]);

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
  /** The sources' folder when it is not Maven's src/main/java ("src/main/kotlin"). */
  sourceDirectory?: string;
}

/**
 * A package's pom.xml: coordinates from package.json's languagePackages, version, description, licence and
 * address from the package itself. Maven's standard layout, so that the sources jar holds the sources alone.
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
    ...pomReleaseMetadata(info),
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
    ...(parts.sourceDirectory ? [`    <sourceDirectory>\${project.basedir}/${parts.sourceDirectory}</sourceDirectory>`] : []),
    ...pomLicenseResource(LICENSE_FILE),
    "    <pluginManagement>",
    "      <plugins>",
    ...mavenPlugins().flatMap(([a, v]) => [
      "        <plugin>",
      "          <groupId>org.apache.maven.plugins</groupId>",
      `          <artifactId>${a}</artifactId>`,
      `          <version>${v}</version>`,
      "        </plugin>",
    ]),
    "      </plugins>",
    "    </pluginManagement>",
    "    <plugins>",
    // The sources jar a repository such as Maven Central wants beside the jar.
    "      <plugin>",
    "        <groupId>org.apache.maven.plugins</groupId>",
    "        <artifactId>maven-source-plugin</artifactId>",
    "        <executions>",
    "          <execution>",
    "            <id>attach-sources</id>",
    "            <goals><goal>jar-no-fork</goal></goals>",
    "          </execution>",
    "        </executions>",
    "      </plugin>",
    ...(parts.plugins ?? []),
    "    </plugins>",
    "  </build>",
    "</project>",
  ]);
}

/**
 * Java's constant names, UPPER_SNAKE as `Status.Code.UNAVAILABLE` and Checkstyle's ConstantName rule spell
 * them ("TrafficLeak" -> "TRAFFIC_LEAK"); fails the build when two codes of a family take one name.
 */
const naming = memberNaming(javaProfile.language, (name) => snake(name).toUpperCase(), javaProfile.reserved);
export const javaMembers = naming.members;

/** How Java names one code's member, as a README example does. */
export const javaIdent = naming.ident;

/** "TOKEN_EXPIRED" -> "TokenExpiredDetails", the name every language gives the details type. */
export const detailsClass = (code: string) => `${code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase())}Details`;

/**
 * The README's typed-details example: the code the refresh example names when it documents details, else the
 * first code that does; its class, and the property shown (a date-time when it has one) with its getter.
 */
export function detailsExample(model: Model, refreshWire: string): { code: string; className: string; property: string; getter: string } | undefined {
  const checks = detailsChecks(model);
  const check = checks.find((c) => c.code === refreshWire) ?? checks[0];
  if (!check || check.fields.length === 0) return undefined;
  const field = check.fields.find((f) => f.format === "date-time") ?? check.fields[0]!;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field.name)) return undefined;
  return { code: check.code, className: detailsClass(check.code), property: field.name, getter: `get${field.name[0]!.toUpperCase()}${field.name.slice(1)}` };
}
