// Java's profile (shared with the Kotlin README, which shows the Java package's members), Javadoc blocks,
// the package and where its sources go.
import type { Model } from "../../../catalog/model.js";
import { docBlock, javaProfile } from "../shared/jvm.js";

export const java = javaProfile;

/** The Java package, from package.json's languagePackages. */
export const javaPackage = (model: Model) => model.package.languages.java.package;

/** The package's folder in Maven's layout, under generated/java and runtime/java alike. */
export const javaDir = (model: Model) => `src/main/java/${javaPackage(model).replace(/\./g, "/")}`;

/** A Javadoc block: <p> between paragraphs. */
export const javadoc = (texts: readonly string[], indent: string) => docBlock(texts, indent, 100, true);

export { javaIdent, javaMembers } from "../shared/jvm.js";
