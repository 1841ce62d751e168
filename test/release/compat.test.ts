// The pure rules, on in-memory catalogs: the cases the YAML fixtures do not reach.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Catalog, Code } from "../../scripts/catalog/model.js";
import { declaredBump, readChangesets, type Changeset } from "../../scripts/release/changesets.js";
import { diffCatalogs, formatDifference, judge, requiredBump, type Difference } from "../../scripts/release/compat.js";
import { ROOT, loadValid } from "./fixtures.js";

const BASE = loadValid(join(ROOT, "test", "fixtures", "catalogs", "base", "catalog"));

function changed(edit: (catalog: Catalog) => void): Catalog {
  const copy = structuredClone(BASE);
  edit(copy);
  return copy;
}

function code(catalog: Catalog, family: string, name: string): Code {
  const found = catalog.families.find((f) => f.name === family)?.codes.find((c) => c.name === name);
  if (!found) throw new Error(`no ${family}.${name}`);
  return found;
}

/** "bump subject: message" for each difference, without positions. */
function diff(current: Catalog, base: Catalog = BASE): string[] {
  return diffCatalogs(base, current, new Map()).map((d) => `${d.bump} ${d.subject}: ${d.message}${d.refused ? " [refused]" : ""}`);
}

describe("diffCatalogs", () => {
  it("finds nothing between a catalog and its copy", () => {
    expect(diffCatalogs(BASE, structuredClone(BASE), new Map())).toEqual([]);
  });

  it("treats a group change as breaking, as clients filter on groups", () => {
    expect(diff(changed((c) => (code(c, "OperationalError", "TrafficLeak").group = "success")))).toEqual(["major OperationalError.TrafficLeak: group common -> success"]);
  });

  it("treats a retry strategy change as breaking even when retryability stays the same", () => {
    expect(diff(changed((c) => (code(c, "OperationalError", "TrafficLeak").retry.strategy = "backoff")))).toEqual(["major OperationalError.TrafficLeak: retry strategy reconnect-tunnel -> backoff"]);
  });

  it("counts retry provenance and notes as prose", () => {
    const current = changed((c) => {
      const retry = code(c, "OperationalError", "TrafficLeak").retry;
      retry.basis = "documented";
      retry.override = "A reason.";
    });
    expect(diff(current)).toEqual(['patch OperationalError.TrafficLeak: retry.basis "inferred" -> "documented"', "patch OperationalError.TrafficLeak: retry.override added"]);
  });

  it("calls a promotion to stable minor and a demotion to experimental major", () => {
    const experimental = changed((c) => (code(c, "OperationalError", "TrafficLeak").stability = "experimental"));
    expect(diff(experimental)).toEqual(["major OperationalError.TrafficLeak: stability stable -> experimental (clients relied on it not changing)"]);
    expect(diff(BASE, experimental)).toEqual(["minor OperationalError.TrafficLeak: stability experimental -> stable"]);
  });

  it("lets a lookup gain an alias (minor) but never lose one (major)", () => {
    const withAlias = changed((c) => (code(c, "OperationalError", "TrafficLeak").aliases = ["LeakedTraffic"]));
    expect(diff(withAlias)).toEqual(["minor OperationalError.TrafficLeak: alias LeakedTraffic added"]);
    expect(diff(BASE, withAlias)).toEqual(["major OperationalError.TrafficLeak: alias LeakedTraffic removed"]);
  });

  it("calls a new optional field minor, its removal major, and a change to an unknown field major", () => {
    const withAction = changed((c) => (code(c, "OperationalError", "TrafficLeak").action = { text: "Reconnect.", basis: "inferred" }));
    expect(diff(withAction)).toEqual(["minor OperationalError.TrafficLeak: new field action"]);
    expect(diff(BASE, withAction)).toEqual(["major OperationalError.TrafficLeak: field action removed"]);
    const rewordedAction = changed((c) => (code(c, "OperationalError", "TrafficLeak").action = { text: "Reconnect the tunnel.", basis: "inferred" }));
    expect(diff(rewordedAction, withAction)).toEqual(['patch OperationalError.TrafficLeak: action.text "Reconnect." -> "Reconnect the tunnel."']);

    const tagged = (value: string) => changed((c) => Object.assign(code(c, "OperationalError", "TrafficLeak"), { severity: value }));
    expect(diff(tagged("high"))).toEqual(["minor OperationalError.TrafficLeak: new field severity"]);
    expect(diff(tagged("low"), tagged("high"))).toEqual(["major OperationalError.TrafficLeak: severity changed (no rule knows this field, so the change counts as breaking)"]);
  });

  it("calls a changed details schema breaking and a new one minor", () => {
    const details = (required: string[]) => changed((c) => (code(c, "RestErrorCode", "TOKEN_EXPIRED").details = { basis: "documented", schema: { type: "object", required } }));
    expect(diff(details(["expiredAt"]))).toEqual(["minor RestErrorCode.TOKEN_EXPIRED: new field details"]);
    expect(diff(details(["expiredAt", "tokenId"]), details(["expiredAt"]))).toEqual(["major RestErrorCode.TOKEN_EXPIRED: details schema changed"]);
  });

  it("in a name family, reports a new name as a removal plus an addition, never a rename", () => {
    const current = changed((c) => (code(c, "RestErrorCode", "INTERNAL_ERROR").name = "SERVER_ERROR"));
    expect(diff(current)).toEqual([
      "major RestErrorCode.INTERNAL_ERROR: removed without being deprecated in the last release (refused: deprecate first, remove only in a major) [refused]",
      "minor RestErrorCode.SERVER_ERROR: added",
    ]);
  });

  it("refuses a deprecation whose replacement does not resolve, though the loader catches it first", () => {
    const current = changed((c) => (code(c, "OperationalError", "TrafficLeak").deprecated = { reason: "renamed", replacement: "Nowhere", note: "Gone." }));
    const [only, ...rest] = diffCatalogs(BASE, current, new Map());
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ bump: "minor", kind: "deprecated", refused: true });
    expect(only!.message).toContain("replacement Nowhere is not a code of OperationalError");
  });

  it("reports undeprecation and changed deprecations as minor, their notes as patch", () => {
    const deprecated = changed((c) => (code(c, "OperationalError", "TrafficLeak").deprecated = { reason: "renamed", replacement: "TunnelBroken", note: "One." }));
    const retargeted = changed((c) => (code(c, "OperationalError", "TrafficLeak").deprecated = { reason: "renamed", replacement: "None", note: "Two." }));
    expect(diff(BASE, deprecated)).toEqual(["minor OperationalError.TrafficLeak: no longer deprecated"]);
    expect(diff(retargeted, deprecated)).toEqual([
      'minor OperationalError.TrafficLeak: deprecation replacement "TunnelBroken" -> "None"',
      'patch OperationalError.TrafficLeak: deprecated.note "One." -> "Two."',
    ]);
  });

  it("allows removing a family only when every code of it was deprecated", () => {
    const allDeprecated = changed((c) => {
      for (const x of c.families.find((f) => f.name === "OperationalError")!.codes) x.deprecated = { reason: "obsoleted", note: "Gone." };
    });
    const without = changed((c) => (c.families = c.families.filter((f) => f.name !== "OperationalError")));
    expect(diff(without, allDeprecated)).toEqual(["major OperationalError: family removed (all its codes were deprecated in the last release)"]);
    expect(diff(without)).toEqual(["major OperationalError: family removed, but 3 of its codes were not deprecated in the last release (refused: deprecate first, remove only in a major) [refused]"]);
  });

  it("treats family prose as patch and a change of valueKind as major", () => {
    const current = changed((c) => {
      const family = c.families.find((f) => f.name === "OperationalError")!;
      family.title = "Operational error codes";
      family.source.section = "Errors";
    });
    expect(diff(current)).toEqual(['patch OperationalError: title "Operational errors" -> "Operational error codes"', "patch OperationalError: source.section added"]);
  });

  it("treats every retry policy value as behaviour and only its notes and provenance as prose", () => {
    const current = changed((c) => {
      c.retryPolicy.statuses.retryable = [429, 500, 503];
      c.retryPolicy.rateLimit.retryAfterHeader = "X-Retry-After";
      c.retryPolicy.backoff.basis = "inferred";
    });
    expect(diff(current)).toEqual([
      'patch retryPolicy.backoff.basis: "documented" -> "inferred"',
      'major retryPolicy.rateLimit.retryAfterHeader: "Retry-After" -> "X-Retry-After"',
      "major retryPolicy.statuses.retryable: [429,500] -> [429,500,503]",
    ]);
  });

  it("orders differences by their place in the YAML and prints file:line:col", () => {
    const positions = new Map([
      ["OperationalError", { file: "catalog/operational-error.yaml", line: 2, col: 9 }],
      ["OperationalError.TrafficLeak", { file: "catalog/operational-error.yaml", line: 153, col: 5 }],
      ["HttpStatus.Ok", { file: "catalog/http-status.yaml", line: 21, col: 5 }],
    ]);
    const current = changed((c) => {
      code(c, "OperationalError", "TrafficLeak").value = 8299;
      code(c, "HttpStatus", "Ok").label = "Okay";
      c.families.find((f) => f.name === "OperationalError")!.codes = c.families.find((f) => f.name === "OperationalError")!.codes.filter((x) => x.name !== "TunnelBroken");
    });
    expect(diffCatalogs(BASE, current, positions).map((d) => formatDifference(d))).toEqual([
      'patch  catalog/http-status.yaml:21:5  HttpStatus.Ok: label "OK" -> "Okay"',
      "major  catalog/operational-error.yaml:2:9  OperationalError.TunnelBroken: removed without being deprecated in the last release (refused: deprecate first, remove only in a major)",
      "major  catalog/operational-error.yaml:153:5  OperationalError.TrafficLeak: value 8199 -> 8299 (renumbered)",
    ]);
  });
});

describe("requiredBump and judge", () => {
  const d = (bump: Difference["bump"], refused = false): Difference => ({ bump, kind: "prose", subject: "X", message: "m", ...(refused ? { refused } : {}) });

  it("needs the largest bump among the differences, and none for no difference", () => {
    expect(requiredBump([])).toBe("none");
    expect(requiredBump([d("patch"), d("major"), d("minor")])).toBe("major");
    expect(requiredBump([d("patch"), d("minor")])).toBe("minor");
  });

  it("passes when the declared bump is at least the required one", () => {
    expect(judge([d("minor")], "minor").ok).toBe(true);
    expect(judge([d("minor")], "major").ok).toBe(true);
    expect(judge([d("minor")], "patch").ok).toBe(false);
    expect(judge([d("patch")], "none").ok).toBe(false);
    expect(judge([], "none").ok).toBe(true);
  });

  it("fails on a refused difference whatever the changesets declare", () => {
    expect(judge([d("major", true)], "major")).toMatchObject({ ok: false, required: "major", declared: "major" });
  });
});

describe("changesets", () => {
  const cs = (...releases: Array<[string, Changeset["releases"][number]["type"]]>): Changeset => ({
    file: "x.md",
    summary: "s",
    releases: releases.map(([name, type]) => ({ name, type })),
  });

  it("declare the largest bump for this package and ignore other packages", () => {
    expect(declaredBump([], "vpn-error-codes")).toBe("none");
    expect(declaredBump([cs(["vpn-error-codes", "patch"]), cs(["vpn-error-codes", "minor"], ["other", "major"])], "vpn-error-codes")).toBe("minor");
    expect(declaredBump([cs(["other", "major"])], "vpn-error-codes")).toBe("none");
    expect(declaredBump([cs(["vpn-error-codes", "none"])], "vpn-error-codes")).toBe("none");
  });

  it("are read from every .md but README.md, and a broken one is a problem, not a crash", () => {
    const dir = mkdtempSync(join(tmpdir(), "vec-changesets-"));
    writeFileSync(join(dir, "README.md"), "# Changesets\n\nNot a changeset.\n");
    writeFileSync(join(dir, "config.json"), "{}\n");
    writeFileSync(join(dir, "good.md"), '---\n"vpn-error-codes": minor\n---\n\nAdd a code.\n');
    writeFileSync(join(dir, "no-front-matter.md"), "Just text.\n");
    const { changesets, problems } = readChangesets(dir);
    expect(changesets).toEqual([{ file: join(dir, "good.md"), summary: "Add a code.", releases: [{ name: "vpn-error-codes", type: "minor" }] }]);
    expect(problems).toEqual([`${join(dir, "no-front-matter.md")}: could not parse changeset - missing or invalid frontmatter.`]);
  });

  it("are none when the folder does not exist", () => {
    expect(readChangesets(join(tmpdir(), "vec-no-such-folder"))).toEqual({ changesets: [], problems: [] });
  });
});
