/**
 * Text that XML 1.0 can hold at all: the writers escape markup characters,
 * but control characters (a pasted NUL, a form feed) have no escape in XML
 * 1.0 and would make the whole document unreadable, so they are dropped.
 */
const NOT_XML_CHARACTER = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTER, "");
}
