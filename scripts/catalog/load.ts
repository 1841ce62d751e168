import { lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from "node:fs";
import { cached, keep, packageVersion, sourceFingerprint } from "../memo.js";
import { PROJECT_ROOT } from "../root.js";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { meaningPass, type FamilyFile, type PolicyFile } from "./meaning-pass.js";
import type { Model, PositionIndex } from "./model.js";
import { decodeCatalogFile, parseCatalogFile, type ParsedFile, type PathSegment } from "./parse.js";
import { loadPackageInfo } from "./package-info.js";
import { resolve } from "./resolve.js";
import { schemaPass } from "./schema-pass.js";

export { PROJECT_ROOT };
export const SCHEMA_PATH = join(PROJECT_ROOT, "schema", "catalog.schema.json");

export interface LoadResult {
  /** Present only when there is no diagnostic at all. */
  catalog?: Model;
  positions: PositionIndex;
  diagnostics: Diagnostic[];
}

/**
 * Reads every *.yaml in `catalogDir` once, validates it in two passes and resolves the model.
 * Diagnostics name files relative to `displayRoot` (the catalog's parent folder by default).
 */
export function loadCatalog(catalogDir: string, displayRoot = join(catalogDir, "..")): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const families: Array<{ parsed: ParsedFile; data: FamilyFile }> = [];
  const policies: Array<{ parsed: ParsedFile; data: PolicyFile }> = [];
  const declaredFamilies = new Set<string>();
  let allFilesValid = true;
  const display = (path: string) => relative(displayRoot, path).split("\\").join("/") || ".";
  const folderProblem = pathProblem(catalogDir, "folder");
  if (folderProblem) return { positions: new Map(), diagnostics: [{ file: display(catalogDir), line: 1, col: 1, message: folderProblem }] };
  const names = readdirSync(catalogDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();

  if (names.length === 0) {
    diagnostics.push({ file: display(catalogDir), line: 1, col: 1, message: "the catalog folder holds no .yaml file" });
  }

  // Every file is read and decoded first: a catalog whose texts, schema and loader are those of an
  // earlier clean load gives that load's validated data without parsing, checking or compiling again.
  const texts: Array<{ file: string; text: string }> = [];
  for (const name of names) {
    const path = join(catalogDir, name);
    const file = display(path);
    const problem = pathProblem(path, "file");
    const read = problem ? undefined : readBytes(path);
    if (problem || typeof read === "string") {
      diagnostics.push({ file, line: 1, col: 1, message: problem ?? (read as string) });
      allFilesValid = false;
      continue;
    }
    const decoded = decodeCatalogFile(file, read!);
    if (decoded.text === undefined) {
      diagnostics.push(...decoded.diagnostics);
      allFilesValid = false;
      continue;
    }
    texts.push({ file, text: decoded.text });
  }
  const key = [sourceFingerprint(), packageVersion("yaml"), packageVersion("ajv"), readFileSync(SCHEMA_PATH, "utf8"), texts];
  const clean = diagnostics.length === 0 ? cached<CleanLoad>("catalog-load", key) : undefined;
  if (clean) return finish(clean, catalogDir, display);

  for (const { file, text } of texts) {
    const { parsed, diagnostics: syntax } = parseCatalogFile(file, text);
    diagnostics.push(...syntax);
    if (!parsed) {
      allFilesValid = false;
      continue;
    }
    const declared = (parsed.data as { family?: unknown } | null)?.family;
    if (typeof declared === "string") declaredFamilies.add(declared);
    const shape = schemaPass(parsed, SCHEMA_PATH);
    diagnostics.push(...shape);
    if (shape.length > 0) {
      allFilesValid = false;
      continue;
    }
    if (typeof parsed.data === "object" && parsed.data !== null && "retryPolicy" in parsed.data) policies.push({ parsed, data: parsed.data as PolicyFile });
    else families.push({ parsed, data: parsed.data as FamilyFile });
  }

  diagnostics.push(...meaningPass(families, policies, allFilesValid, declaredFamilies));
  const positions: PositionIndex = new Map();
  for (const { parsed, data } of families) {
    positions.set(data.family, { file: parsed.file, ...parsed.locate(["family"]) });
    data.codes.forEach((code, i) => {
      positions.set(`${data.family}.${code.name}`, { file: parsed.file, ...parsed.locate(["codes", i]) });
    });
  }
  for (const { parsed, data } of policies) {
    indexPolicy(positions, parsed, ["retryPolicy"], data.retryPolicy);
    if (data.reconnectPolicy) indexPolicy(positions, parsed, ["reconnectPolicy"], data.reconnectPolicy);
  }

  if (diagnostics.length > 0 || policies.length !== 1) {
    diagnostics.push(...loadPackageInfo(catalogDir, display).diagnostics);
    return { positions, diagnostics: sortDiagnostics(diagnostics) };
  }
  const load: CleanLoad = { families: families.map((f) => f.data), policy: policies[0]!.data, positions: [...positions] };
  // Kept only when JSON carries it exactly (no -0 or non-finite number), and resolved from the same
  // round-tripped copy a later hit reads, so that a hit and a miss build the same model.
  const copy = JSON.parse(JSON.stringify(load)) as CleanLoad;
  if (isDeepStrictEqual(copy, load)) keep("catalog-load", key, copy);
  return finish(copy, catalogDir, display);
}

/** What a load of a catalog without a single diagnostic found: the validated files and their positions. */
interface CleanLoad {
  families: FamilyFile[];
  policy: PolicyFile;
  positions: Array<[string, PositionIndex extends Map<string, infer P> ? P : never]>;
}

/** package.json is read on every load (it is not a catalog file), then the model is resolved. */
function finish(load: CleanLoad, catalogDir: string, display: (path: string) => string): LoadResult {
  const positions: PositionIndex = new Map(load.positions);
  const pkg = loadPackageInfo(catalogDir, display);
  if (pkg.diagnostics.length > 0) return { positions, diagnostics: sortDiagnostics(pkg.diagnostics) };
  return { catalog: resolve(load.families, load.policy, pkg.info!), positions, diagnostics: [] };
}

/** Positions of the policy's fields, keyed "retryPolicy.backoff.maxRetries" and their ancestors. */
function indexPolicy(positions: PositionIndex, parsed: ParsedFile, path: PathSegment[], value: unknown): void {
  positions.set(path.join("."), { file: parsed.file, ...parsed.locate(path) });
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) indexPolicy(positions, parsed, [...path, key], child);
  }
}

/** Why `path` cannot be read as a catalog folder or file, or undefined when it can. */
function pathProblem(path: string, want: "folder" | "file"): string | undefined {
  let link: string | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
  } catch {
    return want === "folder" ? "the catalog folder does not exist" : "the file does not exist";
  }
  try {
    const stat = statSync(path);
    if (want === "folder" && !stat.isDirectory()) return "the catalog path is not a folder";
    if (want === "file" && stat.isDirectory()) return "this is a folder, not a YAML file: rename or remove it";
    if (want === "file" && !stat.isFile()) return "this is not a regular file";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (link !== undefined && (code === "ENOENT" || code === "ELOOP")) return `dangling symbolic link: its target ${link} does not exist`;
    return `cannot be read (${code ?? String(error)})`;
  }
  return undefined;
}

/** The file's bytes; a string says why they could not be read. */
function readBytes(path: string): Uint8Array | string {
  try {
    return readFileSync(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}
