// Rust's profile: the few names a variant may not take, // and /// comments, the @generated marker.
import type { Model } from "../../../catalog/model.js";
import { commentLines, generatedBy, type Profile } from "../shared/common.js";

/** The crate's name on crates.io, from package.json's languagePackages (model.package). */
export const crateName = (model: Model): string => model.package.languages.rust.crate;

export const rust: Profile = {
  language: "Rust",
  // `Self` is the only capitalised keyword; ALL is the associated constant every enum declares.
  reserved: new Set(["Self", "ALL"]),
  // @generated tells rustfmt and reviewers' tools to leave the file alone.
  header: (emitter) => commentLines("// ", ["@generated", generatedBy(emitter)]),
};

export const doc = (lines: readonly string[], indent = "") => commentLines(`${indent}/// `, lines);
export const moduleDoc = (lines: readonly string[]) => commentLines("//! ", lines);
