// npm: the tarball `npm pack` makes from the project, and `npm publish --dry-run` on that very file, which
// prints every file it would send. The tarball must carry LICENSE and a package.json with the licence,
// repository, author and homepage the npm page shows.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Artefact, ReleaseProblem, type Stage, sizeOf, tool, toolEnv } from "./context.js";

const REGISTRY = "npm";

interface Packed {
  name: string;
  version: string;
  filename: string;
  entryCount: number;
  files: Array<{ path: string }>;
}

export const npmStage: Stage = {
  registry: REGISTRY,
  run(context) {
    const problem = (message: string) => new ReleaseProblem(REGISTRY, message);
    const env = toolEnv(context);
    const manifest = JSON.parse(readFileSync(join(context.projectDir, "package.json"), "utf8")) as Record<string, unknown>;
    for (const field of ["license", "repository", "author", "homepage", "bugs", "description"]) {
      if (manifest[field] === undefined || manifest[field] === "") throw problem(`package.json has no ${field}`);
    }
    const dir = join(context.outDir, "npm");
    mkdirSync(dir, { recursive: true });
    const packed = JSON.parse(tool(REGISTRY, "npm", ["pack", "--json", "--pack-destination", dir], { cwd: context.projectDir, env }).stdout) as Packed[];
    const tarball = packed[0];
    if (!tarball) throw problem("npm pack made no tarball");
    const paths = tarball.files.map((f) => f.path);
    if (!paths.includes("LICENSE")) throw problem("the tarball has no LICENSE (npm adds the root LICENSE on its own: is it missing?)");
    if (!paths.some((p) => p.startsWith("dist/"))) throw problem("the tarball has no dist/: run npm run build first");
    if (tarball.version !== context.info.version) throw problem(`the tarball is version ${tarball.version}, package.json says ${context.info.version}`);

    const file = join(dir, tarball.filename);
    const published = tool(REGISTRY, "npm", ["publish", "--dry-run", file], { cwd: dir, env });
    const printed = `${published.stdout}\n${published.stderr}`.split("\n");
    // A dry run needs no login; any other warning (a field npm would correct, say) is a problem to fix.
    const warnings = printed.filter((l) => /^npm warn/i.test(l) && !/requires you to be logged in/.test(l));
    if (warnings.length > 0) throw problem(`npm publish --dry-run warned:\n${warnings.join("\n")}`);
    for (const line of printed.filter((l) => /^npm notice \S/.test(l) || l.startsWith("+ "))) context.log(`  ${line}`);
    const artefact: Artefact = { registry: REGISTRY, name: tarball.name, file: `npm/${tarball.filename}`, bytes: sizeOf(file), files: tarball.entryCount };
    return [artefact];
  },
};
