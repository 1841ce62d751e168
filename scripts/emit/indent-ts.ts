/**
 * Lays out json-schema-to-typescript's unformatted output (`format: false`) as prettier would in the
 * cases it produces: two-space indent, semicolons, no parentheses around a whole union. Prettier
 * itself cost a third of the TypeScript build's time for two small files.
 */
export function indentTypeScript(source: string): string {
  const out: string[] = [];
  let depth = 0;
  for (const raw of source.split("\n")) {
    let line = raw.trim();
    if (line === "") {
      // A blank line inside a type literal is json2ts's way of writing `{}`.
      if (depth === 0 && out.at(-1) !== "") out.push("");
      continue;
    }
    if (line.startsWith("}")) {
      depth--;
      if (out.at(-1)?.endsWith("{")) {
        out[out.length - 1] += depth > 0 ? "};" : "}";
        continue;
      }
      if (depth > 0 && line === "}") line = "};";
    }
    const comment = line.startsWith("/*") || line.startsWith("*");
    if (!comment) {
      // A union wrapped whole in parentheses, as an alias or a member's type; "(Name)[]" for "Name[]".
      line = line.replace(/^(export type \w+ = |[\w$"']+\??: )\((.*)\);?$/, (whole, head: string, body: string) => (balanced(body) ? head + body : whole));
      line = line.replace(/\((\w+)\)\[\]/g, "$1[]");
      if (!/[{(,;]$/.test(line) && !(depth === 0 && line === "}")) line += ";";
    }
    out.push(`${"  ".repeat(depth)}${line.startsWith("*") ? ` ${line}` : line}`);
    if (!comment && line.endsWith("{")) depth++;
  }
  return `${out.join("\n").trim()}\n`;
}

function balanced(text: string): boolean {
  let open = 0;
  for (const ch of text) {
    if (ch === "(") open++;
    else if (ch === ")" && --open < 0) return false;
  }
  return open === 0;
}
