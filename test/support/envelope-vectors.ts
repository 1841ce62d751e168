// Which files are the envelope vectors, decided once: the valid ones are the *.json files of
// test/vectors/envelopes/, the invalid ones every file of its invalid/ folder (JSON or not). Tests, the
// TypeScript reference harness and the bench rows all read them through here.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const envelopesDir = (root: string): string => join(root, "test", "vectors", "envelopes");

/** The valid envelopes' file names, sorted. */
export function validEnvelopeFiles(root: string): string[] {
  return readdirSync(envelopesDir(root))
    .filter((f) => f.endsWith(".json"))
    .sort();
}

/** The valid envelopes as text, as they come off the wire, in file-name order. */
export function validEnvelopeTexts(root: string): string[] {
  return validEnvelopeFiles(root).map((f) => readFileSync(join(envelopesDir(root), f), "utf8"));
}

/** The files of test/vectors/envelopes/invalid/, sorted by name. */
export function invalidEnvelopeFiles(root: string): string[] {
  return readdirSync(join(envelopesDir(root), "invalid")).sort();
}
