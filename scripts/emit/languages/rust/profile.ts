// Rust's profile: the few names a variant may not take, // and /// comments, the @generated marker, and
// the literals the policy modules are written in.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";

/** The crate's name on crates.io, from package.json's languagePackages (model.package). */
export const crateName = (model: Model): string => model.package.languages.rust.crate;

export const rust: Profile = {
  language: "Rust",
  // `Self` is the only capitalised keyword; ALL is the associated constant every enum declares.
  reserved: new Set(["Self", "ALL"]),
  // @generated marks the file for reviewers' tools; rustfmt formats it regardless (format_generated_files is
  // on by default), so lib.rs puts #[rustfmt::skip] on each rendered module. Copies carry no marker.
  header: (emitter) => commentLines("// ", ["@generated", generatedBy(emitter)]),
};

export const doc = (lines: readonly string[], indent = "") => commentLines(`${indent}/// `, lines);
export const moduleDoc = (lines: readonly string[]) => commentLines("//! ", lines);

/** A character a Rust literal spells as an escape: controls, invisible formatting and every space but SP. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/u;

/** A Rust string literal: raw when that reads better (a pattern's backslashes), else with Rust's escapes. */
export function rustString(text: string): string {
  const plain = [...text].every((c) => c === " " || !INVISIBLE.test(c));
  if (plain && text.includes("\\") && !text.includes('"')) return `r"${text}"`;
  const escaped = [...text].map((c) => {
    if (c === "\\" || c === '"') return `\\${c}`;
    return c !== " " && INVISIBLE.test(c) ? `\\u{${c.codePointAt(0)!.toString(16)}}` : c;
  });
  return `"${escaped.join("")}"`;
}

/** An f64 literal: Rust wants a point or an exponent. */
export function rustF64(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${n} has no f64 literal`);
  const text = String(n);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** Some(literal) or None. */
export const rustOption = <T>(value: T | undefined, literal: (v: T) => string): string => (value === undefined ? "None" : `Some(${literal(value)})`);
