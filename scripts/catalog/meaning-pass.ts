import type Ajv2020 from "ajv/dist/2020.js";
import { memoSync, packageVersion, requireLazily } from "../memo.js";
import type { Diagnostic } from "./diagnostics.js";
import { RECONNECT_ROLES, RETRYING_STRATEGIES, type Code, type Family, type Group, type ReconnectPolicy, type RetryPolicy, type StatusClass } from "./model.js";
import type { ParsedFile, PathSegment } from "./parse.js";

/** A family file as written: codes carry no derived fields, and name-valued codes no value. */
export interface FamilyFile extends Omit<Family, "name" | "codes"> {
  family: string;
  codes: Array<Omit<Code, "value" | "retryable"> & { value?: number }>;
}

export interface PolicyFile {
  retryPolicy: RetryPolicy;
  reconnectPolicy?: ReconnectPolicy;
}

export interface SchemaValidFile {
  parsed: ParsedFile;
}

function statusClass(status: number): StatusClass | undefined {
  const c = `${Math.floor(status / 100)}xx`;
  return c === "2xx" || c === "4xx" || c === "5xx" ? c : undefined;
}

/**
 * Second pass: what the schema cannot say. Runs on files that passed the schema; cross-file
 * rules (statuses, policy) run only when the files they read are valid, so one broken file
 * does not bury the others under follow-on errors.
 */
export function meaningPass(
  families: Array<{ parsed: ParsedFile; data: FamilyFile }>,
  policies: Array<{ parsed: ParsedFile; data: PolicyFile }>,
  allFilesValid: boolean,
  declaredFamilies: ReadonlySet<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (parsed: ParsedFile, path: PathSegment[], message: string, key = false) => {
    const { line, col } = parsed.locate(path, { key });
    out.push({ file: parsed.file, line, col, message });
  };

  const familyByName = new Map<string, { parsed: ParsedFile; data: FamilyFile }>();
  const familyByLowerName = new Map<string, { parsed: ParsedFile; data: FamilyFile }>();
  for (const entry of families) {
    const earlier = familyByName.get(entry.data.family);
    if (earlier) {
      report(entry.parsed, ["family"], `family "${entry.data.family}" is already defined in ${earlier.parsed.file}`);
      continue;
    }
    // Family names become Go packages and file names, which collide on case-insensitive file systems.
    const sameLetters = familyByLowerName.get(entry.data.family.toLowerCase());
    if (sameLetters) {
      report(
        entry.parsed,
        ["family"],
        `family "${entry.data.family}" differs only in letter case from "${sameLetters.data.family}" in ${sameLetters.parsed.file}; the generated packages and files would collide`,
      );
      continue;
    }
    familyByName.set(entry.data.family, entry);
    familyByLowerName.set(entry.data.family.toLowerCase(), entry);
  }

  // Roles that name one family each: the statuses every other family maps to, and the REST codes.
  for (const role of ["http-status", "rest-code"] as const) {
    const holders = [...familyByName.values()].filter((f) => f.data.role === role);
    for (const extra of holders.slice(1)) report(extra.parsed, ["role"], `role "${role}" is already held by ${holders[0]!.data.family} (${holders[0]!.parsed.file}); one family has it`);
  }
  const statusFamily = [...familyByName.values()].find((f) => f.data.role === "http-status");
  const statusFamilyName = statusFamily?.data.family ?? "http-status";
  const knownStatuses = statusFamily ? new Set(statusFamily.data.codes.map((c) => c.value)) : undefined;
  const policy = policies.length === 1 ? policies[0] : undefined;
  if (policies.length > 1) {
    for (const p of policies.slice(1)) report(p.parsed, ["retryPolicy"], `a retry policy is already defined in ${policies[0]!.parsed.file}`);
  }
  if (allFilesValid && policies.length === 0 && families.length > 0) {
    report(families[0]!.parsed, [], "the catalog has no retry policy file (a file with a top-level retryPolicy)");
  }
  if (allFilesValid && !statusFamily && families.length > 0) {
    report(families[0]!.parsed, [], `the catalog has no family with role http-status, so HTTP statuses cannot be checked`);
  }

  for (const { parsed, data } of families) {
    checkFamily(parsed, data, report, knownStatuses, statusFamilyName, policy?.data.retryPolicy);
  }
  if (policy) checkPolicy(policy.parsed, policy.data.retryPolicy, familyByName, declaredFamilies, knownStatuses, statusFamilyName, report);
  if (policy?.data.reconnectPolicy) checkReconnectPolicy(policy.parsed, policy.data.reconnectPolicy, familyByName, declaredFamilies, report);
  return out;
}

/** Every code the reconnect policy names is a code of a family the policy applies to, and listed once. */
function checkReconnectPolicy(parsed: ParsedFile, policy: ReconnectPolicy, familyByName: Map<string, { data: FamilyFile }>, declaredFamilies: ReadonlySet<string>, report: Report): void {
  const seen = new Map<string, string>();
  for (const list of ["immediate", "waitForNetwork"] as const) {
    policy[list].codes.forEach((ref, i) => {
      const at: PathSegment[] = ["reconnectPolicy", list, "codes", i];
      const family = familyByName.get(ref.family);
      if (!declaredFamilies.has(ref.family)) report(parsed, [...at, "family"], `${list}: "${ref.family}" is not a family of the catalog`);
      else if (family && !RECONNECT_ROLES.has(family.data.role))
        report(parsed, [...at, "family"], `${list}: ${ref.family} has role ${family.data.role}; the reconnect policy applies to the families with roles ${[...RECONNECT_ROLES].join(" and ")}`);
      else if (family && !family.data.codes.some((c) => c.name === ref.name)) report(parsed, [...at, "name"], `${list}: "${ref.name}" is not a code of ${ref.family}`);
      const key = `${ref.family}.${ref.name}`;
      const other = seen.get(key);
      if (other) report(parsed, at, `${list}: ${key} is already listed under ${other}`);
      else seen.set(key, list);
    });
  }
}

type Report = (parsed: ParsedFile, path: PathSegment[], message: string, key?: boolean) => void;

function checkFamily(parsed: ParsedFile, data: FamilyFile, report: Report, knownStatuses: Set<number | undefined> | undefined, statusFamilyName: string, policy: RetryPolicy | undefined): void {
  let pattern: RegExp | undefined;
  try {
    pattern = new RegExp(data.namePattern.startsWith("^") ? data.namePattern : `^(?:${data.namePattern})$`, "u");
  } catch (error) {
    report(parsed, ["namePattern"], `namePattern is not a valid regular expression: ${(error as Error).message}`);
  }

  const groups = new Map<string, Group>();
  data.groups.forEach((group, i) => {
    if (groups.has(group.id)) report(parsed, ["groups", i, "id"], `duplicate group id "${group.id}"`);
    else groups.set(group.id, group);
  });
  const usedGroups = new Set(data.codes.map((c) => c.group));
  data.groups.forEach((group, i) => {
    if (!usedGroups.has(group.id)) report(parsed, ["groups", i, "id"], `group "${group.id}" has no codes`);
  });

  const names = new Map<string, number>();
  const lowerNames = new Map<string, { name: string; index: number }>();
  const values = new Map<number, number>();
  const codeName = (i: number) => data.codes[i]!.name;
  data.codes.forEach((code, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["codes", i, ...rest];
    const ref = `codes[${i}] (${code.name})`;

    for (const [n, path] of [[code.name, at("name")], ...(code.aliases ?? []).map((a, j) => [a, at("aliases", j)] as const)] as const) {
      if (pattern && !pattern.test(n)) report(parsed, [...path], `${ref}: identifier "${n}" does not match the family's namePattern ${data.namePattern}`);
      const earlier = names.get(n);
      const sameLetters = lowerNames.get(n.toLowerCase());
      if (earlier !== undefined) report(parsed, [...path], `${ref}: name "${n}" is already used by codes[${earlier}] (${codeName(earlier)})`);
      // Case-insensitive lookups could not tell two codes apart; a case-variant alias of the code itself is fine.
      else if (sameLetters && sameLetters.index !== i) {
        report(parsed, [...path], `${ref}: name "${n}" differs only in letter case from "${sameLetters.name}" of codes[${sameLetters.index}] (${codeName(sameLetters.index)})`);
      } else {
        names.set(n, i);
        if (!sameLetters) lowerNames.set(n.toLowerCase(), { name: n, index: i });
      }
    }

    for (const field of ["value", "httpStatus"] as const) {
      const source = parsed.floatLiteral(at(field));
      if (source !== undefined) report(parsed, at(field), `${ref}: ${field} ${source} is a float in YAML; write the integer ${String(code[field])}`);
    }

    if (data.valueKind === "integer" && typeof code.value === "number") {
      const earlier = values.get(code.value);
      if (earlier !== undefined) report(parsed, at("value"), `${ref}: value ${code.value} is already used by codes[${earlier}] (${codeName(earlier)})`);
      else values.set(code.value, i);
    }

    const group = groups.get(code.group);
    if (!group) {
      report(parsed, at("group"), `${ref}: group "${code.group}" is not one of the family's groups (${[...groups.keys()].join(", ")})`);
    }

    // The status a code answers with: its own httpStatus, or for the status family its value.
    const status = data.role === "http-status" ? code.value : code.httpStatus;
    const statusPath = data.role === "http-status" ? at("value") : at("httpStatus");
    if (typeof status === "number") {
      if (knownStatuses && data.role !== "http-status" && !knownStatuses.has(status)) {
        report(parsed, statusPath, `${ref}: HTTP status ${status} is not in the ${statusFamilyName} catalog`);
      }
      const cls = statusClass(status);
      if (group?.httpStatusClasses && (!cls || !group.httpStatusClasses.includes(cls))) {
        report(parsed, statusPath, `${ref}: HTTP status ${status} does not fit group "${group.id}", which allows ${group.httpStatusClasses.join(", ")}`);
      }
      if (policy) checkRetryAgainstPolicy(parsed, code, status, policy, at, ref, report);
    } else if (code.retry.override !== undefined) {
      report(parsed, at("retry", "override"), `${ref}: retry.override is set, but the code has no HTTP status whose policy it could override`);
    }

    if (code.details) {
      const problem = invalidSchema(code.details.schema);
      if (problem) report(parsed, at("details", "schema"), `${ref}: details.schema is not a valid JSON Schema: ${problem}`);
    }

    if (code.deprecated?.replacement !== undefined) {
      const target = code.deprecated.replacement;
      if (target === code.name) report(parsed, at("deprecated", "replacement"), `${ref}: deprecated.replacement names the code itself`);
      else if (!data.codes.some((c) => c.name === target)) {
        report(parsed, at("deprecated", "replacement"), `${ref}: deprecated.replacement "${target}" is not a code of ${data.family}`);
      }
    }
  });
  checkReplacementLoops(parsed, data, report);
}

/** A chain of replacements that comes back to where it started leaves no code to move to; reported once per loop. */
function checkReplacementLoops(parsed: ParsedFile, data: FamilyFile, report: Report): void {
  const index = new Map(data.codes.map((c, i) => [c.name, i] as const));
  const next = (i: number) => {
    const target = data.codes[i]!.deprecated?.replacement;
    const j = target === undefined ? undefined : index.get(target);
    return j === i ? undefined : j; // replacing a code with itself is reported on its own
  };
  const reported = new Set<number>();
  data.codes.forEach((code, start) => {
    if (reported.has(start)) return;
    const chain = [start];
    for (let j = next(start); j !== undefined && chain.length <= data.codes.length; j = next(j)) {
      if (j === start) {
        for (const k of chain) reported.add(k);
        const names = [...chain, start].map((k) => data.codes[k]!.name).join(" → ");
        report(parsed, ["codes", start, "deprecated", "replacement"], `codes[${start}] (${code.name}): deprecated.replacement loops back to it: ${names}`);
        return;
      }
      if (chain.includes(j)) return; // a loop further on, reported from one of its own codes
      chain.push(j);
    }
  });
}

function checkRetryAgainstPolicy(
  parsed: ParsedFile,
  code: FamilyFile["codes"][number],
  status: number,
  policy: RetryPolicy,
  at: (...rest: PathSegment[]) => PathSegment[],
  ref: string,
  report: Report,
): void {
  const retrying = RETRYING_STRATEGIES.has(code.retry.strategy);
  const rule = policy.statuses.retryable.includes(status) ? "retryable" : policy.statuses.nonRetryable.includes(status) ? "non-retryable" : undefined;
  if (!rule) return;
  const departs = (rule === "retryable") !== retrying;
  if (departs && code.retry.override === undefined) {
    report(parsed, at("retry", "strategy"), `${ref}: retry strategy "${code.retry.strategy}" departs from the policy, which calls status ${status} ${rule}; record the reason in retry.override`);
  } else if (!departs && code.retry.override !== undefined) {
    report(parsed, at("retry", "override"), `${ref}: retry.override is set, but strategy "${code.retry.strategy}" agrees with the policy for status ${status} (${rule})`);
  }
}

function checkPolicy(
  parsed: ParsedFile,
  policy: RetryPolicy,
  familyByName: Map<string, { data: FamilyFile }>,
  declaredFamilies: ReadonlySet<string>,
  knownStatuses: Set<number | undefined> | undefined,
  statusFamilyName: string,
  report: Report,
): void {
  const p = (...rest: PathSegment[]): PathSegment[] => ["retryPolicy", ...rest];
  const target = familyByName.get(policy.appliesTo);
  // A family whose file failed the schema is still declared: its own errors say what is wrong.
  if (!declaredFamilies.has(policy.appliesTo)) report(parsed, p("appliesTo"), `appliesTo "${policy.appliesTo}" is not a family of the catalog`);
  else if (target && target.data.role !== "rest-code")
    report(parsed, p("appliesTo"), `appliesTo "${policy.appliesTo}" has role ${target.data.role}; the retry policy applies to the family with role rest-code`);

  const { retryable, nonRetryable } = policy.statuses;
  for (const [list, name] of [
    [retryable, "retryable"],
    [nonRetryable, "nonRetryable"],
  ] as const) {
    list.forEach((status, i) => {
      if (knownStatuses && !knownStatuses.has(status)) report(parsed, p("statuses", name, i), `statuses.${name}: HTTP status ${status} is not in the ${statusFamilyName} catalog`);
      if (name === "nonRetryable" && retryable.includes(status)) report(parsed, p("statuses", name, i), `statuses: ${status} is listed as both retryable and non-retryable`);
    });
  }

  const integers: PathSegment[][] = [
    ...(["retryable", "nonRetryable"] as const).flatMap((name) => policy.statuses[name].map((_, i) => p("statuses", name, i))),
    ...(["initialDelayMs", "jitterMinMs", "jitterMaxMs", "maxRetries", "maxDelayMs"] as const).map((f) => p("backoff", f)),
    p("tokenRefresh", "status"),
  ];
  for (const path of integers) {
    const source = parsed.floatLiteral(path);
    if (source !== undefined) report(parsed, path, `${path.slice(1).join(".")}: ${source} is a float in YAML; write the integer ${Number(source)}`);
  }

  const b = policy.backoff;
  if (b.jitterMinMs > b.jitterMaxMs) report(parsed, p("backoff", "jitterMinMs"), `backoff: jitterMinMs ${b.jitterMinMs} is greater than jitterMaxMs ${b.jitterMaxMs}`);
  if (b.initialDelayMs > b.maxDelayMs) report(parsed, p("backoff", "initialDelayMs"), `backoff: initialDelayMs ${b.initialDelayMs} is greater than maxDelayMs ${b.maxDelayMs}`);

  const t = policy.tokenRefresh;
  if (knownStatuses && !knownStatuses.has(t.status)) report(parsed, p("tokenRefresh", "status"), `tokenRefresh: HTTP status ${t.status} is not in the ${statusFamilyName} catalog`);
  if (target) {
    const code = target.data.codes.find((c) => c.name === t.code);
    if (!code) report(parsed, p("tokenRefresh", "code"), `tokenRefresh: code "${t.code}" is not a code of ${policy.appliesTo}`);
    else {
      if (code.httpStatus !== t.status) report(parsed, p("tokenRefresh", "status"), `tokenRefresh: status ${t.status} differs from ${t.code}'s httpStatus ${String(code.httpStatus)}`);
      if (code.retry.strategy !== "refresh-credentials") report(parsed, p("tokenRefresh", "code"), `tokenRefresh: ${t.code}'s retry strategy is "${code.retry.strategy}", not "refresh-credentials"`);
    }
  }
}

let detailsAjv: InstanceType<typeof Ajv2020.default> | undefined;

/** The details schemas end up inside the generated envelope schema, so they must compile there too. */
function invalidSchema(schema: object): string | undefined {
  const problem = memoSync("details-schema", [schema, packageVersion("ajv"), packageVersion("ajv-formats")], () => {
    if (!detailsAjv) {
      const Ajv = requireLazily("ajv/dist/2020.js") as typeof Ajv2020;
      const addFormats = requireLazily("ajv-formats") as typeof import("ajv-formats");
      detailsAjv = addFormats.default(new Ajv.default({ strict: true, allErrors: true }));
    }
    try {
      detailsAjv.compile(schema);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  });
  return problem ?? undefined;
}
