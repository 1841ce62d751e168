import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Files that differ between `files` and what `dir` holds: changed, missing or extra. */
export function staleFiles(dir: string, files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [path, content] of files) {
    const full = join(dir, path);
    if (!existsSync(full)) stale.push(`${path} (missing)`);
    else if (readFileSync(full, "utf8") !== content) stale.push(`${path} (differs)`);
  }
  for (const path of listFiles(dir)) if (!files.has(path)) stale.push(`${path} (not generated any more)`);
  return stale;
}

function writeTree(temp: string, files: Map<string, string>): void {
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const full = join(temp, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Renames `from` to `to`, first clearing a leftover `to`; false when `from` is absent. */
function move(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  rmSync(to, { recursive: true, force: true });
  renameSync(from, to);
  return true;
}

/** Removal of a folder already out of the way; one that cannot go now is retried by the next run. */
function discard(path: string): void {
  try {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // A read-only old tree (chmod -w generated/) is still ours to delete once writable again.
      makeWritable(path);
      rmSync(path, { recursive: true, force: true });
    }
  } catch (error) {
    // Left as *.trash-*: recover() tries again, and it is never mistaken for output.
    console.error(`could not remove ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the next build retries`);
  }
}

function makeWritable(dir: string): void {
  if (!lstatSync(dir).isDirectory()) return;
  chmodSync(dir, 0o700);
  for (const name of readdirSync(dir)) makeWritable(join(dir, name));
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sibling = (dir: string, kind: "tmp" | "old" | "trash", pid: number) => `${dir}.${kind}-${pid}`;

/**
 * generated/ and (when compiling) dist/ are replaced as one transaction. Each is first built in
 * `<dir>.tmp-PID`, then swapped in by two renames (`<dir>` → `<dir>.old-PID`, temp → `<dir>`). The
 * swap of dist/ is the commit point: until dist/ and dist.old-PID both exist, recover() restores
 * the old generated/ too, so that a crash or failure anywhere leaves both trees old, or both new.
 * Committed leftovers are renamed *.trash-* first, so a folder that cannot be deleted is never
 * taken for an uncommitted old tree.
 */
export class OutputTransaction {
  private readonly pid = process.pid;

  constructor(
    readonly generated: string,
    readonly dist?: string,
  ) {}

  get distTemp(): string {
    return sibling(this.dist!, "tmp", this.pid);
  }

  /** Writes `files` beside generated/ and swaps them in; the old tree is kept until commit(). */
  writeGenerated(files: Map<string, string>): void {
    const temp = sibling(this.generated, "tmp", this.pid);
    writeTree(temp, files);
    swap(this.generated, temp, sibling(this.generated, "old", this.pid));
  }

  /** Swaps the compiled distTemp in; afterwards the transaction counts as committed. */
  swapDist(): void {
    const old = sibling(this.dist!, "old", this.pid);
    // An old dist/ must exist for recover() to see the commit, so a first build leaves an empty one.
    if (!existsSync(this.dist!)) mkdirSync(this.dist!);
    swap(this.dist!, this.distTemp, old);
  }

  commit(): void {
    for (const dir of [this.generated, this.dist]) {
      if (!dir) continue;
      const old = sibling(dir, "old", this.pid);
      const trash = sibling(dir, "trash", this.pid);
      if (move(old, trash)) discard(trash);
    }
  }

  /** Undoes this process's unfinished transaction; false when it had written nothing. */
  rollback(): boolean {
    const started = [this.generated, this.dist].some((dir) => dir && (existsSync(sibling(dir, "old", this.pid)) || existsSync(sibling(dir, "tmp", this.pid))));
    recoverPid(this.generated, this.dist, this.pid);
    return started;
  }

  /** Puts right what a build killed part-way left behind (any process that is no longer running). */
  recover(): string[] {
    const pids = new Set<number>();
    const notes: string[] = [];
    for (const dir of [this.generated, this.dist]) {
      if (!dir || !existsSync(dirname(dir))) continue;
      const prefix = `${basename(dir)}.`;
      for (const name of readdirSync(dirname(dir))) {
        const m = name.startsWith(prefix) ? /^(tmp|old|trash)-(\d+)$/.exec(name.slice(prefix.length)) : null;
        if (m && !pidAlive(Number(m[2]))) pids.add(Number(m[2]));
      }
    }
    for (const pid of [...pids].sort((a, b) => a - b)) {
      notes.push(`recovered from an interrupted build (process ${pid})`);
      recoverPid(this.generated, this.dist, pid);
    }
    return notes;
  }
}

function swap(dir: string, temp: string, old: string): void {
  const hadOld = move(dir, old);
  try {
    renameSync(temp, dir);
  } catch (error) {
    if (hadOld) renameSync(old, dir);
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

function recoverPid(generated: string, dist: string | undefined, pid: number): void {
  for (const dir of [generated, dist]) if (dir) rmSync(sibling(dir, "tmp", pid), { recursive: true, force: true });
  let committed = false;
  if (dist) {
    const old = sibling(dist, "old", pid);
    if (existsSync(old)) {
      committed = existsSync(dist);
      if (committed) move(old, sibling(dist, "trash", pid));
      // An empty old dist/ is the placeholder of a first build: there was no dist/ to restore.
      else if (readdirSync(old).length === 0) rmSync(old, { recursive: true });
      else renameSync(old, dist);
    }
  }
  const old = sibling(generated, "old", pid);
  if (existsSync(old)) {
    if (committed) move(old, sibling(generated, "trash", pid));
    else {
      if (existsSync(generated)) {
        const trash = sibling(generated, "trash", pid);
        move(generated, trash);
      }
      renameSync(old, generated);
    }
  }
  for (const dir of [generated, dist]) if (dir) discard(sibling(dir, "trash", pid));
}

/**
 * Replaces `dir` with exactly `files`. Everything is written to a sibling temp folder first and
 * swapped in by rename, so a failure part-way leaves the old output whole.
 */
export function writeAtomically(dir: string, files: Map<string, string>): void {
  const transaction = new OutputTransaction(dir);
  transaction.writeGenerated(files);
  transaction.commit();
}
