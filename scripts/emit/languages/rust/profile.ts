// Rust's profile: the few names a variant may not take, // and /// comments, the @generated marker, and
// the literals the policy modules are written in.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";

/** The crate's name on crates.io, from package.json's languagePackages (model.package). */
export const crateName = (model: Model): string => model.package.languages.rust.crate;

export const rust: Profile = {
  language: "Rust",
  // `Self` is the only capitalised keyword; variants are UpperCamelCase, so none can be the constant ALL.
  reserved: new Set(["Self"]),
  // @generated marks the file for reviewers' tools; rustfmt formats it regardless (format_generated_files is
  // on by default), so lib.rs puts #[rustfmt::skip] on each rendered module. Copies carry no marker.
  header: (emitter) => commentLines("// ", ["@generated", generatedBy(emitter)]),
};

/**
 * Comment text with what rustc refuses or hides spelled out: bidirectional controls (U+202E, U+2066...)
 * are deny-by-default in comments (text_direction_codepoint_in_comment), and other controls and invisible
 * formatting would mislead a reader. They appear as Rust writes them in a literal: \u{202e}. A run of
 * backticks is escaped too.
 */
export const commentText = (text: string): string =>
  text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    // A fence would open a code block that cargo test runs as a doc test.
    .replace(/`{3,}/g, (fence) => "\\`".repeat(fence.length));

export const doc = (lines: readonly string[], indent = "") => commentLines(`${indent}/// `, lines.map(commentText));
export const moduleDoc = (lines: readonly string[]) => commentLines("//! ", lines.map(commentText));

/**
 * The variant for a catalog identifier, as rustc's non_camel_case_types wants it: TOKEN_EXPIRED is
 * TokenExpired, TrafficLeak stays as it is. The identifier itself is each member's wire data.
 */
export function rustVariant(name: string): string {
  const words = name.split("_").filter((w) => w !== "");
  const upper = words.every((w) => w === w.toUpperCase());
  return words.map((w) => (upper ? w.charAt(0) + w.slice(1).toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join("");
}

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
