// The parts of a pom.xml that Maven Central reads before it accepts a release (central.sonatype.org,
// "Requirements"): name, description and url come with the project; these are the licences with their
// address, the developers, and the scm with both connections. All from package.json, through model.package.
import type { PackageInfo } from "../../../catalog/package-info.js";
import { escapeMarkup } from "./common.js";

/** SPDX identifiers the package may carry, with the address Central wants beside the name. */
const LICENSE_URLS: Record<string, string> = {
  MIT: "https://opensource.org/licenses/MIT",
  "Apache-2.0": "https://www.apache.org/licenses/LICENSE-2.0.txt",
  "BSD-3-Clause": "https://opensource.org/licenses/BSD-3-Clause",
};

export function licenseUrl(spdx: string): string {
  const url = LICENSE_URLS[spdx];
  if (!url) throw new Error(`package.json's license ${spdx} has no known address for the POM; add it to scripts/emit/languages/shared/pom-metadata.ts`);
  return url;
}

/** "https://github.com/owner/repo" as scm connections: read over https, written over ssh. */
function connections(info: PackageInfo): { connection: string; developerConnection: string } {
  const url = new URL(info.repository);
  return { connection: `scm:git:${info.repositoryGit}`, developerConnection: `scm:git:ssh://git@${url.host}${url.pathname}.git` };
}

/** <licenses>, <developers>, <issueManagement> and <scm>, indented for <project>. */
export function pomReleaseMetadata(info: PackageInfo): string[] {
  const x = escapeMarkup;
  const { connection, developerConnection } = connections(info);
  // A developer's id is a handle; the author's address ends with the organisation's.
  const developerId =
    new URL(info.author.url).pathname
      .split("/")
      .filter((p) => p !== "")
      .pop() ?? info.name;
  return [
    "  <licenses>",
    "    <license>",
    `      <name>${x(info.license)}</name>`,
    `      <url>${x(licenseUrl(info.license))}</url>`,
    "      <distribution>repo</distribution>",
    "    </license>",
    "  </licenses>",
    "  <developers>",
    "    <developer>",
    `      <id>${x(developerId)}</id>`,
    `      <name>${x(info.author.name)}</name>`,
    `      <url>${x(info.author.url)}</url>`,
    "    </developer>",
    "  </developers>",
    "  <scm>",
    `    <connection>${x(connection)}</connection>`,
    `    <developerConnection>${x(developerConnection)}</developerConnection>`,
    `    <url>${x(info.repository)}</url>`,
    "  </scm>",
    "  <issueManagement>",
    "    <system>GitHub Issues</system>",
    `    <url>${x(info.issues)}</url>`,
    "  </issueManagement>",
  ];
}

/** LICENSE into META-INF/ of the jar and of the sources jar; the sources themselves stay where Maven looks. */
export const pomLicenseResource = (licenseFile: string): string[] => [
  "    <resources>",
  "      <resource>",
  "        <directory>${project.basedir}</directory>",
  `        <includes><include>${licenseFile}</include></includes>`,
  "        <targetPath>META-INF</targetPath>",
  "      </resource>",
  "    </resources>",
];

/**
 * maven-jar-plugin with the module name a modular application `requires` (the jar has no module-info), and
 * any further executions of the plugin (Maven wants one declaration per plugin).
 */
export const automaticModuleName = (moduleName: string, executions: readonly string[] = []): string[] => [
  "      <plugin>",
  "        <groupId>org.apache.maven.plugins</groupId>",
  "        <artifactId>maven-jar-plugin</artifactId>",
  "        <configuration>",
  "          <archive>",
  "            <manifestEntries>",
  `              <Automatic-Module-Name>${moduleName}</Automatic-Module-Name>`,
  "            </manifestEntries>",
  "          </archive>",
  "        </configuration>",
  ...executions,
  "      </plugin>",
];
