import { ROLE_ORDER, type Model, type ResolvedCode, type ResolvedFamily } from "../catalog/model.js";
import { deprecationText } from "./doc-text.js";
import { generatedBy } from "./header.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");


function meaning(code: ResolvedCode): string {
  const doc = code.derived.doc;
  const parts = [doc.meaning];
  if (doc.aliases.length) parts.push(`Also accepted as ${doc.aliases.map((a) => `\`${a}\``).join(", ")}.`);
  if (doc.legacyNames.length) parts.push(`Older wire name${doc.legacyNames.length > 1 ? "s" : ""}: ${doc.legacyNames.map((l) => `\`${l.name}\` (${l.source}; ${l.basis})`).join(", ")}.`);
  if (doc.deprecated) parts.push(`**Deprecated** (${doc.deprecated.reason}): ${deprecationText(doc, (name) => `\`${name}\``)}`);
  if (code.note) parts.push(`*${code.note}*`);
  return parts.join(" ");
}

function retryCell(code: ResolvedCode): string {
  const doc = code.derived.doc;
  const parts = [`${doc.retry}: ${doc.retryNote}`];
  if (doc.override) parts.push(`Departs from its status's rule: ${doc.override}`);
  if (doc.action) parts.push(`Action: ${doc.action}`);
  return parts.join(" ");
}

function familySection(family: ResolvedFamily): string {
  const isStatus = family.role === "http-status";
  const showStatus = family.codes.some((c) => c.derived.doc.http !== undefined);
  const head = showStatus ? "| Value | Name | Meaning | HTTP | Retry advice |\n|---|---|---|---|---|" : "| Value | Name | Meaning | Retry advice |\n|---|---|---|---|";
  const byGroup = new Map<string, ResolvedCode[]>(family.groups.map((g) => [g.id, []]));
  for (const code of family.codes) byGroup.get(code.group)?.push(code);
  const sections = family.groups.map((group) => {
    const rows = byGroup
      .get(group.id)!
      .map((c) => {
        const value = family.valueKind === "integer" ? String(c.value) : "—";
        const name = isStatus ? `\`${c.name}\` (${c.label ?? c.name})` : `\`${c.name}\``;
        const cells = [value, name, meaning(c), ...(showStatus ? [c.derived.doc.http ?? ""] : []), retryCell(c)];
        return `| ${cells.map(cell).join(" | ")} |`;
      });
    const note = group.note ? `\n${group.note}\n` : "";
    return `### ${group.title}\n${note}\n${head}\n${rows.join("\n")}\n`;
  });
  const valueNote = family.valueKind === "name" ? "\nThe source gives no numeric values: each code's value is its name.\n" : "";
  const note = family.note ? `\n${family.note}\n` : "";
  return `## ${family.name}\n\n${family.description}\n\nSource: ${family.derived.source}.\n${valueNote}${note}\n${sections.join("\n")}`;
}

function policySection(catalog: Model): string {
  const p = catalog.retryPolicy;
  const b = p.backoff;
  const schedule = Array.from({ length: b.maxRetries }, (_, i) => {
    const base = Math.min(b.initialDelayMs * b.multiplier ** i, b.maxDelayMs);
    return `| ${i + 1} | ${base / 1000} s + ${b.jitterMinMs}–${b.jitterMaxMs} ms |`;
  }).join("\n");
  return `## Retry policy (${p.appliesTo})

Source: *${p.source.title}*, section "${p.source.section ?? ""}" (${b.basis}).

| Retry | Wait |
|---|---|
${schedule}

At most ${b.maxRetries} retries; no single wait exceeds ${b.maxDelayMs / 1000} s.${b.note ? ` ${b.note}` : ""}

- **Retryable statuses** (${p.statuses.basis}): ${p.statuses.retryable.join(", ")}.
- **Non-retryable statuses** (${p.statuses.basis}): ${p.statuses.nonRetryable.join(", ")}.
- **Token refresh** (${p.tokenRefresh.basis}): on ${p.tokenRefresh.status} \`${p.tokenRefresh.code}\`, call \`${p.tokenRefresh.endpoint}\` with \`{"${p.tokenRefresh.bodyField}": ...}\`, then retry the original request ${p.tokenRefresh.retriesAfterRefresh === 1 ? "exactly once" : `${p.tokenRefresh.retriesAfterRefresh} times`}. If the refresh fails: ${p.tokenRefresh.onRefreshFailure} Access tokens last ${p.tokenRefresh.accessTokenLifetimeSeconds / 3600} hours.
- **Rate limits** (${p.rateLimit.basis}): \`${p.rateLimit.limitHeader}\`, \`${p.rateLimit.remainingHeader}\`, \`${p.rateLimit.resetHeader}\` (${p.rateLimit.resetUnit}), and \`${p.rateLimit.retryAfterHeader}\`. A client waits at most ${p.rateLimit.maxWaitMs / 1000} s on them. ${p.rateLimit.note}
`;
}

/** generated/docs/ERRORS.md: the reference, one table per family, in the spirit of the vendor pages. */
export function emitDocs(catalog: Model): Record<string, string> {
  const families = [...catalog.families].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const toc = families.map((f) => `- [${f.name}](#${f.name.toLowerCase()}): ${f.title}, ${f.codes.length} codes`).join("\n");
  const body = `# Error code reference

<!-- ${generatedBy("scripts/emit/docs.ts")} -->

Every code of the catalog: its value, its meaning, its HTTP status where one is documented, and whether
a retry can help. Each retry advice says whether the vendor page **documents** it or this catalog
**infers** it.

${toc}
- [Retry policy](#retry-policy-${catalog.retryPolicy.appliesTo.toLowerCase()})

${families.map(familySection).join("\n")}
${policySection(catalog)}`;
  return { "docs/ERRORS.md": body };
}
