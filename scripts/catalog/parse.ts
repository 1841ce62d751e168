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
  /** The source text of the number at `path` when it is written in float syntax (1e3, 1000.0), else undefined. */
  floatLiteral(path: readonly PathSegment[]): string | undefined;
}

// YAML 1.2 core schema integers; any other number (1e3, 1000.0, .inf) is a float, even when integral.
const INTEGER_SYNTAX = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

const SYNTAX_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: "tab character used for indentation: indent with spaces",
};

function firstLine(message: string): string {
  // yaml's messages end with " at line L, column C:" plus a code frame; the position is reported separately.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

const MAX_ENCODING_PROBLEMS = 10;

/** Line and column (in UTF-16 units, as yaml counts them) of byte `offset`. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) [line, start] = [line + 1, i + 1];
  return { line, col: new TextDecoder().decode(bytes.subarray(start, offset)).length + 1 };
}

/** Offsets of bytes that start no valid UTF-8 sequence, with whether the sequence was cut short. */
function invalidUtf8(bytes: Uint8Array): Array<{ offset: number; incomplete: boolean }> {
  const out: Array<{ offset: number; incomplete: boolean }> = [];
  for (let i = 0; i < bytes.length && out.length < MAX_ENCODING_PROBLEMS; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let valid = 1;
    while (length > 0 && valid < length) {
      const c = bytes[i + valid];
      if (c === undefined || c < (valid === 1 ? low : 0x80) || c > (valid === 1 ? high : 0xbf)) break;
      valid++;
    }
    if (length > 0 && valid === length) {
      i += length;
      continue;
    }
    out.push({ offset: i, incomplete: length > 0 });
    i += valid;
  }
  return out;
}

/** UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte. */
function utf16Order(bytes: Uint8Array): "LE" | "BE" | undefined {
  const n = Math.min(bytes.length, 200) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) [even, odd] = [even + (bytes[i] === 0 ? 1 : 0), odd + (bytes[i + 1] === 0 ? 1 : 0)];
  if (odd >= n / 4 && even === 0) return "LE";
  if (even >= n / 4 && odd === 0) return "BE";
  return undefined;
}

/**
 * A catalog file's bytes as text, or what keeps them from being clean UTF-8. A UTF-8 byte-order mark
 * is accepted and dropped (Windows editors write one; it carries no meaning). Control characters other
 * than tab, line feed and carriage return are refused: they are invisible in an editor and would be
 * copied verbatim into every generated file.
 */
export function decodeCatalogFile(file: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  const at = (offset: number, message: string): Diagnostic => ({ file, ...bytePosition(bytes, offset), message });
  const hex = (offset: number, n: number) => [...bytes.subarray(offset, offset + n)].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { diagnostics: [{ file, line: 1, col: 1, message: `file is UTF-16 (byte-order mark ${hex(0, 2)}): save it as UTF-8` }] };
  }
  const order = utf16Order(bytes);
  if (order) return { diagnostics: [{ file, line: 1, col: 1, message: `file is UTF-16${order} (no byte-order mark): save it as UTF-8` }] };

  const invalid = invalidUtf8(bytes);
  if (invalid.length > 0) {
    return {
      diagnostics: invalid.map(({ offset, incomplete }) =>
        at(offset, `invalid UTF-8 byte 0x${bytes[offset]!.toString(16).padStart(2, "0")}${incomplete ? " (an incomplete multi-byte sequence)" : ""}: save the file as UTF-8`),
      ),
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(bom));
  const diagnostics: Diagnostic[] = [];
  // C0 controls but tab, LF and CR; DEL; C1 controls but NEL, which YAML allows.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]/g;
  for (const m of text.matchAll(control)) {
    if (diagnostics.length === MAX_ENCODING_PROBLEMS) break;
    const before = text.slice(0, m.index);
    const line = before.split("\n").length;
    const col = m.index - before.lastIndexOf("\n");
    const code = m[0].codePointAt(0)!;
    const name = code === 0 ? "NUL character" : `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    diagnostics.push({ file, line, col, message: `${name}: remove it (only tab, line feed and carriage return are allowed)` });
  }
  return diagnostics.length > 0 ? { diagnostics } : { text, diagnostics };
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
    const message = /alias count/i.test(reason) ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): the file looks like an alias bomb` : `cannot read the document: ${reason}`;
    return { diagnostics: [{ file, line, col, message }] };
  }

  const nodeAt = (path: readonly PathSegment[], options: { key?: boolean } = {}): { node: unknown; exact: boolean } => {
    let node: unknown = doc.contents;
    let depth = 0;
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
      depth++;
    }
    return { node: options.key && keyNode ? keyNode : node, exact: depth === path.length };
  };
  const locate: ParsedFile["locate"] = (path, options = {}) => at((nodeAt(path, options).node as Node | undefined)?.range?.[0] ?? 0);
  const floatLiteral: ParsedFile["floatLiteral"] = (path) => {
    const { node, exact } = nodeAt(path);
    if (!exact || !isScalar(node) || typeof node.value !== "number" || !node.range) return undefined;
    const source = text.slice(node.range[0], node.range[1]);
    return INTEGER_SYNTAX.test(source) ? undefined : source;
  };

  return { parsed: { file, data, locate, floatLiteral }, diagnostics };
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
