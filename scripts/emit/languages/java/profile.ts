// Java's profile (shared with the Kotlin README, which shows the Java package's members), Javadoc blocks,
// the package and where its sources go.
import type { Model, ResolvedCode, ResolvedFamily } from "../../../catalog/model.js";
import { snake } from "../shared/common.js";
import { docBlock, javaProfile } from "../shared/jvm.js";

export const java = javaProfile;

/** The Java package, from package.json's languagePackages. */
export const javaPackage = (model: Model) => model.package.languages.java.package;

/** The package's folder in Maven's layout, under generated/java and runtime/java alike. */
export const javaDir = (model: Model) => `src/main/java/${javaPackage(model).replace(/\./g, "/")}`;

/** A Javadoc block: <p> between paragraphs. */
export const javadoc = (texts: readonly string[], indent: string) => docBlock(texts, indent, 100, true);

/** A Java member: the catalog's code and its constant name. */
export interface JavaMember {
  code: ResolvedCode;
  ident: string;
}

/**
 * Java's constant names, UPPER_SNAKE as `Status.Code.UNAVAILABLE` and Checkstyle's ConstantName rule spell
 * them ("TrafficLeak" -> "TRAFFIC_LEAK"); fails the build when two codes of a family take one name.
 */
export function javaMembers(family: ResolvedFamily): JavaMember[] {
  const seen = new Map<string, string>();
  return family.codes.map((code) => {
    const ident = snake(code.name).toUpperCase();
    const clash = seen.get(ident);
    if (clash !== undefined) throw new Error(`${family.name}: ${code.name} and ${clash} are both ${ident} in Java`);
    seen.set(ident, code.name);
    return { code, ident };
  });
}

/** How Java names one code's member, as a README example does. */
export const javaIdent = (family: ResolvedFamily, code: ResolvedCode): string => javaMembers(family).find((m) => m.code === code)!.ident;
