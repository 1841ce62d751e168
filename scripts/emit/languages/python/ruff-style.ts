// quicktype's Python, restyled as the package's linters want every module: PEP 585/604 annotations under
// `from __future__ import annotations`, isort's import order, and ruff format's layout (no padding inside
// braces, a blank line after a class docstring, a one-line docstring summary, long calls split). Text
// transforms of a known, small output; each fails loudly when quicktype's output stops matching it.
import { patch } from "../shared/common.js";

const LINE_LENGTH = 120;

/** The index of the bracket that closes the one opening at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ("([{".includes(text[i]!)) depth++;
    else if (")]}".includes(text[i]!) && --depth === 0) return i;
  }
  throw new Error(`unbalanced brackets after: ${text.slice(open, open + 60)}`);
}

/** Top-level comma-separated parts of `text` (brackets and strings respected). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

/** `Optional[X]` as `X | None` and `Union[A, B]` as `A | B`, innermost first. */
function pep604(text: string): string {
  for (;;) {
    const m = /\b(Optional|Union)\[/.exec(text);
    if (!m) return text;
    const open = m.index + m[0].length - 1;
    const end = closing(text, open);
    const inner = pep604(text.slice(open + 1, end));
    const union = m[1] === "Optional" ? `${inner} | None` : splitTopLevel(inner).join(" | ");
    text = text.slice(0, m.index) + union + text.slice(end + 1);
  }
}

const TYPING_BUILTINS: Record<string, string> = { Dict: "dict", List: "list", Type: "type", Tuple: "tuple" };
const ABC = ["Callable", "Iterable"];

/**
 * quicktype's code with PEP 585/604 annotations, and its standard-library imports for that code in
 * isort's order after the future import that lets 3.9 read them.
 */
function modernTyping(imports: string, code: string): { imports: string[]; code: string } {
  let s = code.replace(/\b(Dict|List|Type|Tuple)\[/g, (_, name: string) => `${TYPING_BUILTINS[name]}[`);
  s = pep604(s);
  // Under postponed evaluation a forward reference needs no quotes.
  s = s.replace(/ -> '(\w+)':/g, " -> $1:");
  const used = (name: string) => new RegExp(`\\b${name}\\b`).test(s);
  const typingLine = /^from typing import (.*)$/m.exec(imports);
  if (!typingLine) throw new Error("quicktype output changed: no typing import");
  const typing = typingLine[1]!.split(", ").filter((n) => !ABC.includes(n) && used(n));
  const abc = ABC.filter(used);
  const lines = [
    ...imports.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("from typing ")),
    ...(used("suppress") ? ["from contextlib import suppress"] : []),
    ...(abc.length > 0 ? [`from collections.abc import ${abc.join(", ")}`] : []),
    ...(typing.length > 0 ? [`from typing import ${typing.sort(isortOrder).join(", ")}`] : []),
  ].sort(isortLines);
  return { imports: ["from __future__ import annotations", "", ...lines], code: s };
}

function isortOrder(a: string, b: string): number {
  const rank = (n: string) => (/^[A-Z0-9_]+$/.test(n) && n.length > 1 ? 0 : /^[A-Z]/.test(n) ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** `import x` before `from x import`, each by module name. */
function isortLines(a: string, b: string): number {
  const key = (l: string) => `${l.startsWith("import ") ? 0 : 1} ${l.replace(/^(import|from) /, "")}`;
  return key(a) < key(b) ? -1 : 1;
}

/** A docstring's first paragraph on one line (D205: the summary is one line), the rest as it was. */
function oneLineSummaries(s: string): string {
  const lines = s.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^(\s*)"""(.+)$/.exec(line);
    if (!open || open[2]!.endsWith('"""')) {
      out.push(line);
      continue;
    }
    let summary = line;
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== "" && lines[i + 1]!.trim() !== '"""') {
      summary += ` ${lines[++i]!.trim()}`;
      if (summary.endsWith('"""')) break;
    }
    // A summary alone closes on its own line (D200).
    if (!summary.endsWith('"""') && lines[i + 1]?.trim() === '"""') {
      summary += '"""';
      i++;
    }
    out.push(summary);
  }
  return out.join("\n");
}

/** A blank line after every class docstring, as ruff format puts one. */
function blankAfterClassDocstring(s: string): string {
  // The docstring is the class's own: its text may not run past its closing quotes into a method's.
  return s.replace(/^(class .*:\n(\s+)"""(?:(?!""")[\s\S])*"""\n)(?!\n)/gm, "$1\n");
}

/**
 * A line over the limit that ends in a call, split as ruff format splits it: the arguments on one line of
 * their own if they fit, else one per line with a trailing comma.
 */
function splitLongCall(line: string): string {
  if (line.length <= LINE_LENGTH || !line.endsWith(")")) return line;
  const indent = /^\s*/.exec(line)![0];
  let open = -1;
  for (let i = line.length - 1, depth = 0; i >= 0; i--) {
    if (line[i] === ")") depth++;
    else if (line[i] === "(" && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) throw new Error(`cannot split: ${line}`);
  const args = line.slice(open + 1, -1);
  const inner = `${indent}    `;
  if (inner.length + args.length <= LINE_LENGTH) return `${line.slice(0, open + 1)}\n${inner}${args}\n${indent})`;
  return [`${line.slice(0, open + 1)}`, ...splitTopLevel(args).map((a) => `${inner}${a},`), `${indent})`].join("\n");
}

/** Python's builtins that a schema's property names can take. */
const BUILTINS = ["id", "type", "format", "input", "filter", "map", "hash", "min", "max", "range", "object", "property"];

/** A from_dict local named like a builtin (a property "id") takes a trailing underscore, as PEP 8 asks. */
function unshadowBuiltins(code: string): string {
  return code.replace(/( {4}def from_dict\(obj: Any\)[\s\S]*?\n {8}return \w+\(.*\)\n)/g, (method) => {
    let m = method;
    for (const name of BUILTINS) {
      if (!new RegExp(`^        ${name} = `, "m").test(m)) continue;
      m = m.replace(new RegExp(`^        ${name} = `, "m"), `        ${name}_ = `);
      m = m.replace(
        /(\n {8}return \w+\()(.*)\)\n$/,
        (_, head: string, args: string) =>
          `${head}${args
            .split(", ")
            .map((a) => (a === name ? `${name}_` : a))
            .join(", ")})\n`,
      );
    }
    return m;
  });
}

/** quicktype's import block and code, restyled; the caller lays out the module around them. */
export function ruffStyle(imports: string, code: string): { imports: string[]; code: string } {
  let s = unshadowBuiltins(code).replace(/\{ (\w+: .+? for .+?) \}/g, "{$1}");
  s = s.replace(/[ \t]+$/gm, "");
  s = patch(
    s,
    "    for f in fs:\n        try:\n            return f(x)\n        except Exception:\n            pass\n",
    // A converter says no with its module's ValueError; anything else is not a mismatch to try past.
    "    for f in fs:\n        with suppress(ValueError, TypeError, OverflowError):\n            return f(x)\n",
  );
  s = oneLineSummaries(s);
  s = blankAfterClassDocstring(s);
  s = s.split("\n").map(splitLongCall).join("\n");
  const styled = modernTyping(imports, s);
  return { imports: styled.imports, code: styled.code.replace(/\n{4,}/g, "\n\n\n").trimEnd() };
}
