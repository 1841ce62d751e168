// PyPI: the wheel and sdist `python -m build` makes from a copy of generated/python, `twine check --strict`
// on both (what PyPI's upload runs on the README and metadata), and the metadata PyPI's page is made of:
// the licence as an SPDX expression with its file (PEP 639), authors, project URLs and a classifier for
// every supported Python.
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Artefact, ReleaseProblem, type Stage, type StageContext, sizeOf, tool, toolEnv } from "./context.js";

const REGISTRY = "PyPI";

/** The release's own virtualenv, made by .ci/install-release from scripts/release/python/requirements.txt. */
export const releaseVenv = (context: StageContext) => join(context.cacheDir, "release", "venv");

/** Reads members of a wheel or sdist with Python's own zipfile and tarfile, which is what pip uses. */
const LIST_ARCHIVE = [
  "import sys, tarfile, zipfile",
  "path, member = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None",
  "if path.endswith('.whl'):",
  "    z = zipfile.ZipFile(path)",
  "    names = z.namelist()",
  "    read = lambda n: z.read(n)",
  "else:",
  "    t = tarfile.open(path)",
  "    names = [m.name for m in t.getmembers() if m.isfile()]",
  "    read = lambda n: t.extractfile(n).read()",
  "if member is None:",
  "    print('\\n'.join(names))",
  "else:",
  "    print(read(next(n for n in names if n.endswith(member))).decode())",
].join("\n");

export const pythonStage: Stage = {
  registry: REGISTRY,
  run(context) {
    const problem = (message: string) => new ReleaseProblem(REGISTRY, message);
    const env = toolEnv(context);
    const python = join(releaseVenv(context), "bin", "python");
    const { distribution, pythons } = context.info.languages.python;
    const copy = join(context.workDir, "python");
    cpSync(join(context.projectDir, "generated", "python"), copy, { recursive: true });
    const dir = join(context.outDir, "pypi");
    mkdirSync(dir, { recursive: true });
    tool(REGISTRY, python, ["-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", dir, copy], { cwd: context.workDir, env });
    const built = readdirSync(dir).sort();
    const wheel = built.find((f) => f.endsWith(".whl"));
    const sdist = built.find((f) => f.endsWith(".tar.gz"));
    if (!wheel || !sdist) throw problem(`python -m build made ${built.join(", ") || "nothing"}, not a wheel and an sdist`);

    const twine = tool(REGISTRY, join(releaseVenv(context), "bin", "twine"), ["--no-color", "check", "--strict", join(dir, wheel), join(dir, sdist)], { cwd: dir, env, fail: false });
    for (const line of `${twine.stdout}${twine.stderr}`.trim().split("\n")) context.log(`  ${line}`);
    if (twine.status !== 0) throw problem(`twine check --strict failed:\n${twine.stdout}${twine.stderr}`);

    const read = (archive: string, member?: string) => tool(REGISTRY, python, ["-c", LIST_ARCHIVE, join(dir, archive), ...(member ? [member] : [])], { cwd: dir, env }).stdout;
    const metadata = read(wheel, ".dist-info/METADATA");
    const fields = (name: string) => [...metadata.matchAll(new RegExp(`^${name}: (.*)$`, "gm"))].map((m) => m[1]!.trim());
    if (!fields("License-Expression").includes(context.info.license)) throw problem(`the wheel's METADATA has no License-Expression: ${context.info.license} (pyproject's license)`);
    if (!fields("License-File").includes("LICENSE")) throw problem("the wheel's METADATA has no License-File: LICENSE (pyproject's license-files)");
    if (fields("Author").length === 0 && fields("Author-email").length === 0) throw problem("the wheel's METADATA names no author (pyproject's authors)");
    const urls = fields("Project-URL");
    for (const label of ["Homepage", "Repository", "Issues"]) {
      if (!urls.some((u) => u.toLowerCase().startsWith(`${label.toLowerCase()},`))) throw problem(`the wheel's METADATA has no Project-URL for ${label}`);
    }
    const classifiers = fields("Classifier");
    for (const version of pythons) {
      if (!classifiers.includes(`Programming Language :: Python :: ${version}`)) throw problem(`no classifier for Python ${version}, which package.json's languagePackages.python.pythons supports`);
    }
    if (!classifiers.includes("Typing :: Typed")) throw problem("no Typing :: Typed classifier");
    if (fields("Requires-Python")[0] !== `>=${pythons[0]}`) throw problem(`Requires-Python is ${fields("Requires-Python")[0] ?? "missing"}, not >=${pythons[0]}`);

    const artefacts: Artefact[] = [];
    for (const archive of [wheel, sdist]) {
      const names = read(archive).trim().split("\n");
      if (!names.some((n) => n === "LICENSE" || n.endsWith("/LICENSE"))) throw problem(`${archive} carries no LICENSE`);
      artefacts.push({ registry: REGISTRY, name: distribution, file: `pypi/${archive}`, bytes: sizeOf(join(dir, archive)), files: names.length });
    }
    return artefacts;
  },
};
