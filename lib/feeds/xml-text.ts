/**
 * Every text and attribute value handed to xmlbuilder2, through this:
 *
 * - xmlbuilder2 leaves anything that looks like an entity (`&nbsp;`, `&#38;`,
 *   `&amp;`) unescaped, so a claim quoting "&nbsp;" would make the document
 *   malformed and one quoting "&amp;" would read back as "&". Escaping every
 *   `&` first makes each one `&amp;`, which it then leaves as it is; it still
 *   escapes `<`, `>` and quotes itself.
 * - Control characters (a pasted NUL, a form feed) have no escape in XML 1.0
 *   and would make the whole document unreadable: they are dropped.
 */
const NOT_XML_CHARACTER = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTER, "").replace(/&/g, "&amp;");
}
