import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Catalog } from "../../scripts/catalog/model.js";
import { insertReleaseNotes, releaseNotes } from "../../scripts/release/changelog.js";
import { diffCatalogs } from "../../scripts/release/compat.js";
import { ROOT, loadValid } from "./fixtures.js";

const BASE = loadValid(join(ROOT, "test", "fixtures", "catalogs", "base", "catalog"));

/** A release that adds, deprecates, removes and changes codes: every section of the notes. */
function nextRelease(): Catalog {
  const catalog = structuredClone(BASE);
  const family = catalog.families.find((f) => f.name === "OperationalError")!;
  const [none, leak, broken] = family.codes;
  leak!.deprecated = { reason: "renamed", replacement: "TunnelBroken", note: "Reported as a broken tunnel." };
  broken!.retry.strategy = "no-retry";
  broken!.retryable = false;
  broken!.description = "The tunnel is down.";
  none!.note = "Sent on tunnel start.";
  family.codes.push({ ...structuredClone(broken!), name: "DnsFailure", value: 8201 });
  const rest = catalog.families.find((f) => f.name === "RestErrorCode")!;
  rest.codes = rest.codes.filter((c) => c.name !== "AUTH_REQUIRED");
  return catalog;
}

function baseWithDeprecatedAuthRequired(): Catalog {
  const catalog = structuredClone(BASE);
  catalog.families.find((f) => f.name === "RestErrorCode")!.codes.find((c) => c.name === "AUTH_REQUIRED")!.deprecated = { reason: "obsoleted", note: "Gone." };
  return catalog;
}

describe("releaseNotes", () => {
  it("lists the codes added, deprecated, removed and changed, breaking changes first", () => {
    const differences = diffCatalogs(baseWithDeprecatedAuthRequired(), nextRelease(), new Map());
    expect(releaseNotes(differences)).toBe(
      [
        "### Catalog changes",
        "",
        "Compared with the catalog of the previous release, these changes need a major release.",
        "",
        "#### Added",
        "",
        "- `OperationalError.DnsFailure`: value 8201",
        "",
        "#### Deprecated",
        "",
        "- `OperationalError.TrafficLeak`: renamed; use OperationalError.TunnelBroken instead",
        "",
        "#### Removed",
        "",
        "- `RestErrorCode.AUTH_REQUIRED`",
        "",
        "#### Changed",
        "",
        '- `OperationalError.TunnelBroken` (breaking): retry strategy reconnect-tunnel -> no-retry; retryable true -> false; description "Traffic is not going through the tunnel." -> "The tunnel is down."',
        "- `OperationalError.None`: note added",
        "",
      ].join("\n"),
    );
  });

  it("names a new family once, with its size, rather than each of its codes", () => {
    const catalog = structuredClone(BASE);
    catalog.families.push({ ...structuredClone(catalog.families[0]!), name: "TunnelState", title: "Tunnel states" });
    expect(releaseNotes(diffCatalogs(BASE, catalog, new Map()))).toContain("#### Added\n\n- `TunnelState` (family): 4 codes: Tunnel states\n");
  });

  it("says so when the catalog did not change", () => {
    expect(releaseNotes([])).toBe("### Catalog changes\n\nNo change to the catalog.\n");
  });
});

describe("insertReleaseNotes", () => {
  const notes = "### Catalog changes\n\n#### Added\n\n- `OperationalError.DnsFailure`: value 8201\n";
  // What `changeset version` writes with @changesets/cli/changelog.
  const afterChangesets = "# vpn-error-codes\n\n## 0.2.0\n\n### Minor Changes\n\n- abc1234: Add DnsFailure.\n\n## 0.1.0\n\nThe first catalog.\n";

  it("appends the notes to the new version's section, before the previous release", () => {
    expect(insertReleaseNotes(afterChangesets, "0.2.0", notes)).toBe(
      "# vpn-error-codes\n\n## 0.2.0\n\n### Minor Changes\n\n- abc1234: Add DnsFailure.\n\n" +
        "### Catalog changes\n\n#### Added\n\n- `OperationalError.DnsFailure`: value 8201\n\n## 0.1.0\n\nThe first catalog.\n",
    );
  });

  it("replaces the notes of an earlier run instead of adding them twice", () => {
    const once = insertReleaseNotes(afterChangesets, "0.2.0", notes);
    expect(insertReleaseNotes(once, "0.2.0", notes)).toBe(once);
    const updated = insertReleaseNotes(once, "0.2.0", "### Catalog changes\n\nNo change to the catalog.\n");
    expect(updated).not.toContain("DnsFailure`");
    expect(updated).toContain("- abc1234: Add DnsFailure.\n\n### Catalog changes\n\nNo change to the catalog.\n\n## 0.1.0\n");
  });

  it("starts the version's section under the title when there is none", () => {
    expect(insertReleaseNotes("# vpn-error-codes\n\n## 0.1.0\n\nFirst.\n", "0.2.0", notes)).toBe(
      "# vpn-error-codes\n\n## 0.2.0\n\n### Catalog changes\n\n#### Added\n\n- `OperationalError.DnsFailure`: value 8201\n\n## 0.1.0\n\nFirst.\n",
    );
    expect(insertReleaseNotes("", "0.2.0", notes)).toBe("## 0.2.0\n\n### Catalog changes\n\n#### Added\n\n- `OperationalError.DnsFailure`: value 8201\n");
  });
});
