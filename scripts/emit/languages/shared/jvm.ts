// What the Java and Kotlin emitters share: both run on the JVM with Jackson and document in /** */ blocks.
import { escapeMarkup, file, paragraphs } from "./common.js";
import { dropLeadingComments } from "./quicktype.js";

export const JACKSON_VERSION = "2.17.2";

/** Text safe inside a Javadoc or KDoc block: no HTML or comment terminators from the catalog's prose. */
export function docText(text: string): string {
  return escapeMarkup(text).replace(/\*\//g, "*&#47;");
}

/**
 * A /** ... *\/ block; Javadoc wants <p> before every paragraph but the first, KDoc does not. A paragraph
 * that starts with a block tag ("@deprecated") is not prefixed, since a tag ends the description.
 */
export function docBlock(texts: readonly string[], indent: string, width: number, htmlParagraphs: boolean): string[] {
  const lines = paragraphs(texts.map(docText), width - indent.length - 3);
  if (htmlParagraphs) {
    for (let i = 1; i < lines.length; i++) if (lines[i - 1] === "" && lines[i] !== "" && !lines[i]!.startsWith("@")) lines[i] = `<p>${lines[i]}`;
  }
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

/** A quicktype file under our header: quicktype's own names its CLI and an old Jackson; ours says where the file comes from. */
export function quicktypeFile(header: string, source: string, note: string): string {
  return file([header, `// ${note}`, dropLeadingComments(source)]);
}
