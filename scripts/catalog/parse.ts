import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import type { Diagnostic } from "./diagnostics.js";

/** The alias limit of the yaml package's default; kept so that a "billion laughs" file is refused. */
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

/** A parsed catalog file: its plain data, and a way back from a data path to a line and column. */
export interface ParsedFile {
  /** Path as shown in diagnostics, e.g. catalog/operational-error.yaml. */
  file: string;
  data: unknown;
  /** Position of the node at `path`; with `key`, of the map key naming it. Falls back to the nearest existing ancestor. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: "tab character used for indentation: indent with spaces",
};

function firstLine(message: string): string {
  // yaml's messages end with " at line L, column C:" plus a code frame; the position is reported separately.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

export function parseCatalogFile(file: string, text: string): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, version: "1.2" });
  const at = (offset: number) => lineCounter.linePos(offset);
  const diagnostics: Diagnostic[] = [];

  // After the first syntax error the parser's view of the rest is guesswork, so later errors are
  // mostly echoes of it. Duplicate keys are the exception: each is a real, independent mistake.
  const problems = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const firstOther = problems.find((p) => p.code !== "DUPLICATE_KEY");
  for (const problem of problems.filter((p) => p.code === "DUPLICATE_KEY" || p === firstOther)) {
    const { line, col } = at(problem.pos[0]);
    let message = SYNTAX_MESSAGES[problem.code] ?? firstLine(problem.message);
    if (problem.code === "DUPLICATE_KEY") {
      const key = duplicateKeyAt(doc, problem.pos[0]);
      message = `duplicate key${key === undefined ? "" : ` "${key}"`}: each key may appear once in a mapping`;
    }
    diagnostics.push({ file, line, col, message });
  }
  if (diagnostics.length > 0) return { diagnostics };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { diagnostics: [{ file, line: 1, col: 1, message: "file is empty: expected a code family or a retry policy" }] };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAliasOffset(doc);
    const { line, col } = at(alias ?? 0);
    const reason = error instanceof Error ? error.message : String(error);
    const message = /alias count/i.test(reason)
      ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): the file looks like an alias bomb`
      : `cannot read the document: ${reason}`;
    return { diagnostics: [{ file, line, col, message }] };
  }

  const locate: ParsedFile["locate"] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
        keyNode = undefined;
        node = node.items[segment];
      } else break;
    }
    const target = (options.key && keyNode ? keyNode : node) as Node | undefined;
    const offset = target?.range?.[0] ?? 0;
    return at(offset);
  };

  return { parsed: { file, data, locate }, diagnostics };
}

function duplicateKeyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}
