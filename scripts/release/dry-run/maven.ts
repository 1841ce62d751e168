// Maven Central: every POM held against Central's requirements, then one Maven build of copies of
// generated/java, generated/kotlin, generated/java-jackson and generated/java-gson (warnings are errors,
// javadoc's included) that makes each jar, its sources jar and its javadoc jar, and the upload bundle
// Central's Portal takes: the Maven repository layout with every file's .md5, .sha1 and an .asc signature.
// The signatures are made with a key created for this run in a temporary GNUPGHOME and deleted with it; a
// real release signs with the publisher's key.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Artefact, ReleaseProblem, type Stage, type StageContext, listFiles, sizeOf, tool, toolEnv, xmlText } from "./context.js";
import { entriesOf, writeZip } from "./zip.js";

const REGISTRY = "Maven Central";

/** What central.sonatype.org's "Requirements" page asks of every POM, as paths of elements. */
export const CENTRAL_POM_FIELDS: ReadonlyArray<readonly string[]> = [
  ["groupId"],
  ["artifactId"],
  ["version"],
  ["name"],
  ["description"],
  ["url"],
  ["licenses", "license", "name"],
  ["licenses", "license", "url"],
  ["developers", "developer", "name"],
  ["scm", "connection"],
  ["scm", "developerConnection"],
  ["scm", "url"],
];

/** Central's required files for a jar artefact: the POM, the jar, its sources and javadoc, each signed and checksummed. */
export function centralRequiredFiles(artifactId: string, version: string): string[] {
  const base = `${artifactId}-${version}`;
  return [`${base}.pom`, `${base}.jar`, `${base}-sources.jar`, `${base}-javadoc.jar`].flatMap((f) => [f, `${f}.asc`, `${f}.md5`, `${f}.sha1`]);
}

/** The POM's problems for Central, one per missing element, in the order Central lists them. */
export function pomProblems(pom: string): string[] {
  const problems = CENTRAL_POM_FIELDS.filter((path) => !xmlText(pom, path)).map((path) => `no <${path.join("><")}>`);
  const version = xmlText(pom, ["version"]);
  if (version?.endsWith("-SNAPSHOT")) problems.push(`version ${version} is a snapshot`);
  return problems;
}

const READ_ZIP = "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.read(sys.argv[2]).decode() if len(sys.argv) > 2 else '\\n'.join(z.namelist()))";

interface Coordinates {
  language: "java" | "kotlin" | "java-jackson" | "java-gson";
  groupId: string;
  artifactId: string;
  modulePackage: string;
  /** The extension of the sources the sources jar must hold. */
  sources: string;
}

/** A throwaway signing key in a temporary GNUPGHOME; `sign` makes and checks an .asc; `dispose` deletes it all. */
function throwawaySigner(context: StageContext): { sign: (file: string) => void; dispose: () => void } {
  // Short and outside the project: gpg-agent's socket path must fit in 108 bytes.
  const home = mkdtempSync(join(tmpdir(), "vec-gpg-"));
  chmodSync(home, 0o700);
  const env = toolEnv(context, { GNUPGHOME: home });
  const gpg = (args: string[]) => tool(REGISTRY, "gpg", ["--batch", "--no-tty", "--pinentry-mode", "loopback", "--passphrase", "", ...args], { cwd: home, env });
  gpg(["--quick-gen-key", "vpn-error-codes release dry run <release-dry-run@example.invalid>", "ed25519", "sign", "1d"]);
  return {
    sign(file) {
      gpg(["--yes", "--armor", "--detach-sign", "--output", `${file}.asc`, file]);
      gpg(["--verify", `${file}.asc`, file]);
    },
    dispose() {
      spawnSync("gpgconf", ["--kill", "gpg-agent"], { env });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

const digest = (algorithm: string, file: string) => createHash(algorithm).update(readFileSync(file)).digest("hex");

export const mavenStage: Stage = {
  registry: REGISTRY,
  run(context) {
    const problem = (message: string) => new ReleaseProblem(REGISTRY, message);
    const { version } = context.info;
    const { java, kotlin } = context.info.languages;
    const coordinates: Coordinates[] = [
      { language: "java", groupId: java.groupId, artifactId: java.artifactId, modulePackage: java.package, sources: ".java" },
      { language: "kotlin", groupId: kotlin.groupId, artifactId: kotlin.artifactId, modulePackage: kotlin.package, sources: ".kt" },
      // The optional mapper adapters, each on top of the Java package.
      ...(["java-jackson", "java-gson"] as const).map((language): Coordinates => {
        const { groupId, artifactId, package: modulePackage } = context.info.languages[language];
        return { language, groupId, artifactId, modulePackage, sources: ".java" };
      }),
    ];
    for (const c of coordinates) {
      const pom = readFileSync(join(context.projectDir, "generated", c.language, "pom.xml"), "utf8");
      const found = pomProblems(pom);
      if (found.length > 0) throw problem(`generated/${c.language}/pom.xml would be refused: ${found.join(", ")}`);
      if (xmlText(pom, ["version"]) !== version) throw problem(`generated/${c.language}/pom.xml is version ${xmlText(pom, ["version"])}, package.json says ${version}`);
    }

    // One reactor over copies, so that the Kotlin package and the adapters find the Java one they depend on without an install.
    const build = join(context.workDir, "maven");
    mkdirSync(build, { recursive: true });
    for (const c of coordinates) cpSync(join(context.projectDir, "generated", c.language), join(build, c.language), { recursive: true });
    writeFileSync(
      join(build, "pom.xml"),
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<project xmlns="http://maven.apache.org/POM/4.0.0">',
        "  <modelVersion>4.0.0</modelVersion>",
        "  <groupId>release.dry-run</groupId>",
        "  <artifactId>reactor</artifactId>",
        "  <version>0</version>",
        "  <packaging>pom</packaging>",
        "  <modules>",
        ...coordinates.map((c) => `    <module>${c.language}</module>`),
        "  </modules>",
        "</project>",
        "",
      ].join("\n"),
    );
    const mvn = tool(
      REGISTRY,
      "mvn",
      ["-B", "--no-transfer-progress", `-Dmaven.repo.local=${join(context.cacheDir, "m2")}`, "-Dmaven.compiler.failOnWarning=true", "-Dmaven.javadoc.failOnWarnings=true", "package"],
      { cwd: build, env: toolEnv(context) },
    );
    const warnings = `${mvn.stdout}\n${mvn.stderr}`.split("\n").filter((l) => /\bWARN(ING)?\b/.test(l));
    if (warnings.length > 0) throw problem(`the Maven build warned:\n${warnings.join("\n")}`);

    const bundle = join(context.workDir, "central-bundle");
    const signer = throwawaySigner(context);
    const artefacts: Artefact[] = [];
    try {
      for (const c of coordinates) {
        const target = join(build, c.language, "target");
        const base = `${c.artifactId}-${version}`;
        const dir = join(bundle, ...c.groupId.split("."), c.artifactId, version);
        mkdirSync(dir, { recursive: true });
        cpSync(join(build, c.language, "pom.xml"), join(dir, `${base}.pom`));
        for (const classifier of ["", "-sources", "-javadoc"]) {
          const jar = join(target, `${base}${classifier}.jar`);
          if (!existsSync(jar)) throw problem(`mvn package made no ${base}${classifier}.jar`);
          cpSync(jar, join(dir, `${base}${classifier}.jar`));
        }
        const zip = (jar: string, member?: string) =>
          tool(REGISTRY, "python3", ["-c", READ_ZIP, join(dir, `${base}${jar}.jar`), ...(member ? [member] : [])], { cwd: dir, env: toolEnv(context) }).stdout;
        const main = zip("").split("\n");
        if (!main.includes("META-INF/LICENSE")) throw problem(`${base}.jar has no META-INF/LICENSE`);
        const manifest = zip("", "META-INF/MANIFEST.MF");
        if (!manifest.includes(`Automatic-Module-Name: ${c.modulePackage}`)) throw problem(`${base}.jar's manifest has no Automatic-Module-Name: ${c.modulePackage}`);
        const sources = zip("-sources").split("\n");
        const strays = sources.filter((e) => e.endsWith(".class") || e.endsWith(".jar") || e.startsWith("target/"));
        if (strays.length > 0) throw problem(`${base}-sources.jar holds build output: ${strays.slice(0, 5).join(", ")}`);
        if (!sources.some((e) => e.endsWith(c.sources))) throw problem(`${base}-sources.jar holds no ${c.sources} file`);
        if (zip("-javadoc").trim() === "") throw problem(`${base}-javadoc.jar is empty`);
        for (const jar of ["", "-sources", "-javadoc"]) context.log(`  ${base}${jar}.jar: ${sizeOf(join(dir, `${base}${jar}.jar`))} bytes, ${zip(jar).trim().split("\n").length} entries`);

        for (const file of listFiles(dir)) {
          const path = join(dir, file);
          writeFileSync(`${path}.md5`, digest("md5", path));
          writeFileSync(`${path}.sha1`, digest("sha1", path));
          signer.sign(path);
        }
        const present = new Set(listFiles(dir));
        const missing = centralRequiredFiles(c.artifactId, version).filter((f) => !present.has(f));
        if (missing.length > 0) throw problem(`the bundle lacks ${missing.join(", ")}`);
        const files = listFiles(dir);
        artefacts.push({
          registry: REGISTRY,
          name: `${c.groupId}:${c.artifactId}`,
          file: `maven/central-bundle.zip (${c.groupId.split(".").join("/")}/${c.artifactId}/${version}/)`,
          bytes: files.reduce((n, f) => n + sizeOf(join(dir, f)), 0),
          files: files.length,
        });
      }
    } finally {
      signer.dispose();
    }
    const out = join(context.outDir, "maven");
    mkdirSync(out, { recursive: true });
    const zipFile = join(out, "central-bundle.zip");
    writeZip(zipFile, entriesOf(bundle, listFiles(bundle)));
    context.log(`  central-bundle.zip: ${sizeOf(zipFile)} bytes, ${listFiles(bundle).length} files, every one in Central's required list present and every signature verified`);
    return artefacts;
  },
};
