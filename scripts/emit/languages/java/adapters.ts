// generated/java-jackson and generated/java-gson: optional Maven packages on top of the Java package, for
// apps that already read JSON with Jackson or Gson. Each holds its runtime's hand-written bridge
// (runtime/java-jackson's CatalogModule, runtime/java-gson's CatalogTypeAdapterFactory), which hands what the
// mapper reads to the Java package's own decoder, and one class rendered here that registers on it the
// catalog's code enums and details classes, so that no list of them is written by hand.
import type { Model } from "../../../catalog/model.js";
import { detailsChecks } from "../../../catalog/details-checks.js";
import { generatedBy } from "../../header.js";
import { copyRuntimeTree } from "../../runtime-sources.js";
import { file, isIntegerFamily, quote } from "../shared/common.js";
import { detailsClass, jacksonVersion, pom, runtimePomProperty } from "../shared/jvm.js";
import { automaticModuleName } from "../shared/pom-metadata.js";
import { adapterReadme } from "./adapters-readme.js";
import { fieldNames, getter, withTags } from "./details.js";
import { java, javaPackage, javadoc } from "./profile.js";

const EMITTER = "scripts/emit/languages/java/adapters.ts";

/** One adapter: the package.json key (also its folder under runtime/ and generated/), and what it registers on. */
export interface Adapter {
  key: "java-jackson" | "java-gson";
  /** The mapper's name, for titles and prose. */
  mapper: string;
  /** The hand-written base class in runtime/<key>. */
  base: string;
  /** The rendered class users register. */
  entry: string;
  /** The mapper's artefact, the one dependency beside the Java package. */
  dependency: () => [groupId: string, artifactId: string, version: string];
  /** The ServiceLoader interface the entry class is listed under, when the mapper discovers modules. */
  service?: string;
}

export const ADAPTERS: readonly Adapter[] = [
  {
    key: "java-jackson",
    mapper: "Jackson",
    base: "CatalogModule",
    entry: "VpnErrorCodesModule",
    dependency: () => {
      // The Java package's enums carry jackson-annotations of this version: one Jackson on the classpath.
      const version = runtimePomProperty("java-jackson", "jackson-databind.version");
      if (version !== jacksonVersion()) throw new Error(`runtime/java-jackson/pom.xml pins jackson-databind ${version}, runtime/java/pom.xml jackson ${jacksonVersion()}: keep them one version`);
      return ["com.fasterxml.jackson.core", "jackson-databind", version];
    },
    service: "com.fasterxml.jackson.databind.Module",
  },
  {
    key: "java-gson",
    mapper: "Gson",
    base: "CatalogTypeAdapterFactory",
    entry: "VpnErrorCodesTypeAdapterFactory",
    dependency: () => ["com.google.code.gson", "gson", runtimePomProperty("java-gson", "gson.version")],
  },
];

export const adapterPackage = (model: Model, adapter: Adapter) => model.package.languages[adapter.key].package;
const adapterDir = (model: Model, adapter: Adapter) => `src/main/java/${adapterPackage(model, adapter).replace(/\./g, "/")}`;

/** The jar's dependencies at run time, the mapper first; the README lists the same. */
export function adapterDependencies(model: Model, adapter: Adapter): Array<[string, string, string]> {
  const { groupId, artifactId } = model.package.languages.java;
  return [adapter.dependency(), [groupId, artifactId, model.package.version]];
}

/** The base's registration calls for every code family and every details class of the catalog. */
function registrations(model: Model): string[] {
  const lines = model.families.map((f) => `        ${isIntegerFamily(f) ? "integerCodes" : "textCodes"}(${f.name}.class, ${f.name}::code, ${f.name}::decode);`);
  for (const check of detailsChecks(model)) {
    const names = fieldNames(check.code, check.fields);
    lines.push(
      `        details(${quote(check.code)}, ${detailsClass(check.code)}.class, (d, out) -> {`,
      ...check.fields.map((f, i) => `            out.accept(${quote(f.name)}, d.${getter(names[i]!)}());`),
      "        });",
    );
  }
  return lines;
}

function entryClass(model: Model, adapter: Adapter): string {
  const core = javaPackage(model);
  const imports = [
    `${core}.DefaultPolicy`,
    `${core}.EnvelopePolicy`,
    ...model.families.map((f) => `${core}.${f.name}`),
    ...detailsChecks(model).map((c) => `${core}.api.${detailsClass(c.code)}`),
  ].sort();
  const jackson = adapter.key === "java-jackson";
  const usage = jackson
    ? "{@code new ObjectMapper().registerModule(new VpnErrorCodesModule())}, or {@code findAndRegisterModules()}, which finds it through META-INF/services"
    : "{@code new GsonBuilder().registerTypeAdapterFactory(new VpnErrorCodesTypeAdapterFactory())}";
  return file([
    java.header(EMITTER),
    `package ${adapterPackage(model, adapter)};`,
    "",
    ...imports.map((i) => `import ${i};`),
    "",
    ...javadoc(
      [
        `${adapter.mapper} support for the package's types: ${usage}. It registers on {@link ${adapter.base}} each code enum of the catalog (${model.families.map((f) => `{@link ${f.name}}`).join(", ")}) by its wire value, and each details class by its code.`,
      ],
      "",
    ),
    `public final class ${adapter.entry} extends ${adapter.base} {`,
    ...(jackson ? ["    private static final long serialVersionUID = 1L;", ""] : []),
    ...javadoc([`The ${jackson ? "module" : "factory"} for the catalog's envelope policy, {@link DefaultPolicy#ENVELOPE}.`], "    "),
    `    public ${adapter.entry}() {`,
    "        this(DefaultPolicy.ENVELOPE);",
    "    }",
    "",
    ...withTags(javadoc([`The ${jackson ? "module" : "factory"} for another envelope policy.`], "    "), ["@param policy the codes and details shapes the decoder checks by"]),
    `    public ${adapter.entry}(EnvelopePolicy policy) {`,
    jackson ? `        super(${quote(adapter.entry)}, policy);` : "        super(policy);",
    ...registrations(model),
    "    }",
    "}",
  ]);
}

/** The build plugins every adapter jar has: its module name, javac's lints and a javadoc jar. */
function plugins(model: Model, adapter: Adapter): string[] {
  return [
    ...automaticModuleName(adapterPackage(model, adapter)),
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
    "          <quiet>true</quiet>",
    "        </configuration>",
    "        <executions>",
    "          <execution>",
    "            <id>attach-javadocs</id>",
    "            <goals><goal>jar</goal></goals>",
    "          </execution>",
    "        </executions>",
    "      </plugin>",
    // The shared POM's resources are the LICENSE alone; META-INF/services comes from Maven's usual folder.
    ...(adapter.service
      ? [
          "      <plugin>",
          "        <groupId>org.apache.maven.plugins</groupId>",
          "        <artifactId>maven-resources-plugin</artifactId>",
          "        <executions>",
          "          <execution>",
          "            <id>service-files</id>",
          "            <phase>process-resources</phase>",
          "            <goals><goal>copy-resources</goal></goals>",
          "            <configuration>",
          "              <outputDirectory>${project.build.outputDirectory}</outputDirectory>",
          "              <resources><resource><directory>${project.basedir}/src/main/resources</directory></resource></resources>",
          "            </configuration>",
          "          </execution>",
          "        </executions>",
          "      </plugin>",
        ]
      : []),
  ];
}

function pomFile(model: Model, adapter: Adapter): string {
  const { groupId, artifactId } = model.package.languages[adapter.key];
  return pom(model.package, {
    emitter: EMITTER,
    groupId,
    artifactId,
    name: `vpn-error-codes for ${adapter.mapper}`,
    properties: [["maven.compiler.release", "11"]],
    dependencies: adapterDependencies(model, adapter),
    plugins: plugins(model, adapter),
  });
}

/** runtime/<key>'s sources, which must declare the package that package.json names. */
function runtimeFiles(model: Model, adapter: Adapter): Record<string, string> {
  const dir = adapterDir(model, adapter);
  const files = copyRuntimeTree(`${adapter.key}/${dir}`, `${adapter.key}/${dir}`, "// ", (name) => name.endsWith(".java"));
  for (const [path, text] of Object.entries(files)) {
    if (!text.includes(`\npackage ${adapterPackage(model, adapter)};\n`))
      throw new Error(`${path}: runtime/${adapter.key} declares another package than ${adapterPackage(model, adapter)}, which package.json names`);
  }
  return files;
}

export function emitJavaAdapters(model: Model): Record<string, string> {
  const files: Record<string, string> = {};
  for (const adapter of ADAPTERS) {
    const entry = `${adapter.key}/${adapterDir(model, adapter)}/${adapter.entry}.java`;
    Object.assign(files, runtimeFiles(model, adapter));
    if (entry in files) throw new Error(`${entry}: runtime/${adapter.key} has a class of the rendered one's name`);
    files[entry] = entryClass(model, adapter);
    files[`${adapter.key}/pom.xml`] = pomFile(model, adapter);
    files[`${adapter.key}/README.md`] = adapterReadme(model, adapter);
    if (adapter.service) files[`${adapter.key}/src/main/resources/META-INF/services/${adapter.service}`] = `# ${generatedBy(EMITTER)}\n${adapterPackage(model, adapter)}.${adapter.entry}\n`;
  }
  return files;
}
