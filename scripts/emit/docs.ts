import { reconnectFacts } from "../catalog/reconnect-classes.js";
import type { Model, ResolvedCode, ResolvedFamily } from "../catalog/model.js";
import { codeId, deprecationText, familiesInRoleOrder, hexValue, restCodesUsing, titleWithLatin } from "./doc-text.js";
import { generatedBy } from "./header.js";
import { mdBlock, mdCode, mdInline } from "./markdown.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const link = (family: ResolvedFamily, code: ResolvedCode) => `[${code.name}](#${codeId(family, code)})`;

/** The details that would make a table cell long: listed under the table, one item per code that has any. */
function details(model: Model, family: ResolvedFamily, code: ResolvedCode): string {
  const doc = code.derived.doc;
  const parts = [`Retry: ${mdInline(doc.retryNote)}`];
  if (doc.override) parts.push(`Departs from its status's rule: ${mdInline(doc.override)}`);
  if (doc.action) parts.push(`Action: ${mdInline(doc.action)}`);
  if (doc.aliases.length) parts.push(`Also accepted as ${doc.aliases.map(mdCode).join(", ")}.`);
  if (doc.legacyNames.length) parts.push(`Older wire name${doc.legacyNames.length > 1 ? "s" : ""}: ${doc.legacyNames.map((l) => `${mdCode(l.name)} (${mdInline(l.source)}; ${l.basis})`).join(", ")}.`);
  if (doc.deprecated) parts.push(`**Deprecated** (${doc.deprecated.reason}): ${deprecationText({ ...doc, deprecated: { ...doc.deprecated, note: mdInline(doc.deprecated.note) } }, mdCode)}`);
  if (code.note) parts.push(`*${mdInline(code.note)}*`);
  const rest = restCodesUsing(model, family, code);
  if (rest.length) parts.push(`REST codes sent with it: ${rest.map((c) => link(model.restFamily, c)).join(", ")}.`);
  return `- **${code.name}**: ${parts.join(" ").replace(/\n/g, " ")}`;
}

function familySection(model: Model, family: ResolvedFamily): string {
  const isStatus = family.role === "http-status";
  const integer = family.valueKind === "integer";
  const showStatus = family.codes.some((c) => c.derived.doc.http !== undefined);
  const columns = [...(integer ? ["Value", "Hex"] : []), "Name", "Meaning", ...(showStatus ? ["HTTP"] : []), "Retry"];
  const head = `| ${columns.join(" | ")} |\n|${columns.map(() => "---").join("|")}|`;
  const byGroup = new Map<string, ResolvedCode[]>(family.groups.map((g) => [g.id, []]));
  for (const code of family.codes) byGroup.get(code.group)?.push(code);
  const sections = family.groups.map((group) => {
    const codes = byGroup.get(group.id)!;
    const rows = codes.map((c) => {
      const doc = c.derived.doc;
      const name = `<a id="${codeId(family, c)}"></a>${mdCode(c.name)}${isStatus && c.label ? ` (${mdInline(c.label)})` : ""}${doc.deprecated ? " (deprecated)" : ""}`;
      const cells = [...(integer ? [String(c.value), hexValue(c)!] : []), name, mdInline(doc.meaning), ...(showStatus ? [mdInline(doc.http ?? "")] : []), mdInline(doc.retry)];
      return `| ${cells.map(cell).join(" | ")} |`;
    });
    const note = group.note ? `\n${mdBlock(group.note)}\n` : "";
    const notes = codes.map((c) => details(model, family, c)).join("\n");
    return `### ${mdInline(titleWithLatin(group.title))}\n${note}\n${head}\n${rows.join("\n")}\n\n${notes}\n`;
  });
  const valueNote = family.valueKind === "name" ? "\nThe source gives no numeric values: each code's value is its name.\n" : "";
  const note = family.note ? `\n${mdBlock(family.note)}\n` : "";
  return `## ${family.name}\n\n${mdBlock(family.description)}\n\nSource: ${mdInline(family.derived.source)}.\n${valueNote}${note}\n${sections.join("\n")}`;
}

/** The index: every code of each family in value order (numeric for integer families), linked to its row. */
function indexSection(families: readonly ResolvedFamily[]): string {
  const tables = families.map((family) => {
    const integer = family.valueKind === "integer";
    const status = family.codes.some((c) => c.httpStatus !== undefined);
    const columns = [...(integer ? ["Value", "Hex"] : []), "Code", ...(status ? ["HTTP"] : [])];
    const rows = family.codes.map((c) => [...(integer ? [String(c.value), hexValue(c)!] : []), link(family, c), ...(status ? [String(c.httpStatus ?? "")] : [])]);
    return `**${family.name}** (${mdInline(family.title)})\n\n| ${columns.join(" | ")} |\n|${columns.map(() => "---").join("|")}|\n${rows.map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n")}\n`;
  });
  return `## Index by value\n\n${tables.join("\n")}`;
}

const codeList = (codes: readonly string[]): string => codes.map(mdCode).join(", ");

function policySection(catalog: Model): string {
  const p = catalog.retryPolicy;
  const b = p.backoff;
  const schedule = Array.from({ length: b.maxRetries }, (_, i) => {
    const base = Math.min(b.initialDelayMs * b.multiplier ** i, b.maxDelayMs);
    return `| ${i + 1} | ${base / 1000} s + ${b.jitterMinMs}–${b.jitterMaxMs} ms |`;
  }).join("\n");
  return `## Retry policy (${p.appliesTo})

Source: *${mdInline(p.source.title)}*, section "${mdInline(p.source.section ?? "")}" (${b.basis}).

| Retry | Wait |
|---|---|
${schedule}

At most ${b.maxRetries} retries; no single wait exceeds ${b.maxDelayMs / 1000} s.${b.note ? ` ${mdInline(b.note)}` : ""}

- **Retryable statuses** (${p.statuses.basis}): ${p.statuses.retryable.join(", ")}.
- **Non-retryable statuses** (${p.statuses.basis}): ${p.statuses.nonRetryable.join(", ")}.
- **Token refresh** (${p.tokenRefresh.basis}): on ${p.tokenRefresh.status} ${mdCode(p.tokenRefresh.code)}, call ${mdCode(p.tokenRefresh.endpoint)} with ${mdCode(`{"${p.tokenRefresh.bodyField}": ...}`)}, then retry the original request ${p.tokenRefresh.retriesAfterRefresh === 1 ? "exactly once" : `${p.tokenRefresh.retriesAfterRefresh} times`}. If the refresh fails: ${mdInline(p.tokenRefresh.onRefreshFailure)} Access tokens last ${p.tokenRefresh.accessTokenLifetimeSeconds / 3600} hours.
- **Rate limits** (${p.rateLimit.basis}): ${codeList([p.rateLimit.limitHeader, p.rateLimit.remainingHeader])}, ${mdCode(p.rateLimit.resetHeader)} (${mdInline(p.rateLimit.resetUnit)}), and ${mdCode(p.rateLimit.retryAfterHeader)}. A client waits at most ${p.rateLimit.maxWaitMs / 1000} s on them.${p.rateLimit.resetMillisecondsFrom !== undefined ? ` A reset of ${p.rateLimit.resetMillisecondsFrom} or more is read as Unix milliseconds.` : ""} ${mdInline(p.rateLimit.note)}${
    p.codeStatusConflict
      ? `
- **A code at a foreign status** (${p.codeStatusConflict.basis}, rule ${mdCode(p.codeStatusConflict.rule)}): ${mdInline(p.codeStatusConflict.note)}`
      : ""
  }${
    p.networkErrors
      ? `
- **Network errors** (${p.networkErrors.basis}): retried when the error or one of its first ${p.networkErrors.maxCauseDepth} causes has the code ${codeList(p.networkErrors.neverReached)} (never reached the server) or ${codeList(p.networkErrors.mayHaveReached)} (may have reached it). ${mdInline(p.networkErrors.note)}`
      : ""
  }${
    p.idempotency
      ? `
- **Idempotency** (${p.idempotency.basis}, ${mdInline(p.idempotency.reason)}): ${p.idempotency.methods.join(" and ")} are not retried on ${p.idempotency.statuses.join(", ")} or after a network error that may have reached the server, unless the call is marked idempotent or carries an ${mdCode(p.idempotency.keyHeader)} header. ${mdInline(p.idempotency.note)}`
      : ""
  }${
    p.retryBudget
      ? `
- **Retry budget** (${p.retryBudget.basis}, ${mdInline(p.retryBudget.reason)}): a bucket of ${p.retryBudget.maxTokens} tokens shared by a client's calls; each transiently failed attempt takes ${p.retryBudget.failureCost}, each success gives back ${p.retryBudget.successRefund}, and a retry is made only while more than ${p.retryBudget.retryAbove} are left (\`createRetryBudget\`, opt-in). ${mdInline(p.retryBudget.note)}`
      : ""
  }
`;
}

/** The SDK reconnect policy: what adviseReconnect and the reconnect controller do with an SDK error. */
function reconnectSection(catalog: Model): string {
  const facts = reconnectFacts(catalog);
  if (!facts) return "";
  const { backoff: b, window: w, flapping: f, immediate, waitForNetwork } = facts.policy;
  // The catalog's checks guarantee that every code the policy lists exists; its anchor is the reference's own.
  const names = (codes: ReadonlyArray<{ family: string; name: string }>) =>
    codes
      .map((c) => {
        const family = catalog.families.find((f) => f.name === c.family)!;
        const id = codeId(family, family.codes.find((code) => code.name === c.name)!);
        return `[\`${id}\`](#${id})`;
      })
      .join(", ");
  const counts = facts.families.map((fam) => {
    const by = (k: string) => fam.codes.filter((c) => c.class === k).length;
    return `| ${fam.family} | ${by("reconnect")} | ${by("reconnect-now")} | ${by("wait-for-network")} | ${by("stop")} | ${by("not-an-error")} |`;
  });
  return `
## Reconnect policy

What a client does when the SDK reports an error (\`adviseReconnect\`, \`createReconnectController\`), from
each code's retry advice, with the lists below first.

| family | reconnect after a backoff | reconnect at once | wait for the network | stop | not an error |
|---|---|---|---|---|---|
${counts.join("\n")}

- **Backoff** (${b.basis}, ${mdInline(b.reason)}): ${b.initialDelayMs / 1000} s before the first reconnect in the window, ×${b.multiplier} for each further one, at most ${b.maxDelayMs / 1000} s, each scaled by a random factor between ${1 - b.jitterRatio} and 1. ${mdInline(b.note)}
- **Window** (${w.basis}, ${mdInline(w.reason)}): at most ${w.maxReconnects} reconnects in any ${w.durationMs / 1000} s; then stop and ask the user. ${mdInline(w.note)}
- **Flapping** (${f.basis}): the same error within ${f.withinMs / 1000} s of each of the last ${f.times} times the tunnel came up means stop. ${mdInline(f.note)}
- **Reconnect at once** (${immediate.basis}): ${names(immediate.codes)}. ${mdInline(immediate.note)}
- **Wait for the network** (${waitForNetwork.basis}): ${names(waitForNetwork.codes)}. ${mdInline(waitForNetwork.note)}
`;
}

/** generated/docs/ERRORS.md: the reference, an index by value, then one table per group with an anchor per code. */
export function emitDocs(catalog: Model): Record<string, string> {
  const families = familiesInRoleOrder(catalog);
  const toc = families.map((f) => `- [${f.name}](#${f.name.toLowerCase()}): ${mdInline(f.title)}, ${f.codes.length} codes`).join("\n");
  const body = `# Error code reference

<!-- ${generatedBy("scripts/emit/docs.ts")} -->

Every code of the catalog: its value (in decimal and hex), its meaning, its HTTP status where one is
documented, and whether a retry can help. Each retry advice says whether the vendor page **documents** it
or this catalog **infers** it. Each code has an anchor: \`ERRORS.md#OperationalError.TrafficLeak\`.
[index.html](index.html) is the same reference as a searchable page.

- [Index by value](#index-by-value)
${toc}
- [Retry policy](#retry-policy-${catalog.retryPolicy.appliesTo.toLowerCase()})${catalog.reconnectPolicy ? "\n- [Reconnect policy](#reconnect-policy)" : ""}

${indexSection(families)}
${families.map((f) => familySection(catalog, f)).join("\n")}
${policySection(catalog)}${reconnectSection(catalog)}`;
  return { "docs/ERRORS.md": body };
}
