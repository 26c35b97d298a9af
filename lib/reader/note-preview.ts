/**
 * A one-line plain-text preview of a note, for tooltips and lists. Its own
 * module, without the Markdown renderer, so the reader can build previews in
 * the browser for the rows and tooltips it shows, instead of the server
 * building a thousand of them for every page.
 *
 * Only Markdown's own marks go: the text's punctuation stays ("VA_Kyiv",
 * "(2024)", "well-known", "Stop!"). Emphasis marks count only where they wrap
 * words, as Markdown reads them, never inside a word.
 */
const LINE_MARKS = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+/gm;
const IMAGE_OR_LINK = /!?\[([^\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g;
const CODE = /`+([^`\n]+)`+/g;
const STRONG_OR_EM = /(^|[^\p{L}\p{N}\\])(\*{1,3}|_{1,3}|~~)(?=\S)([^\n]*?\S)\2(?![\p{L}\p{N}])/gu;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

export function notePreview(body: string, maxLength = 160): string {
  // the preview shows the start of the note: never scan more than a bounded head of it
  let plain = body
    .slice(0, maxLength * 8)
    .replace(LINE_MARKS, "")
    .replace(IMAGE_OR_LINK, (_m, text: string, url: string) => (text.trim() ? `${text} ${url}` : url))
    .replace(CODE, "$1");
  // nested emphasis (***x***, **_x_**): unwrap until nothing changes
  for (let previous = ""; previous !== plain;) {
    previous = plain;
    plain = plain.replace(STRONG_OR_EM, "$1$3");
  }
  plain = plain.replace(ESCAPE, "$1").replace(/\s+/g, " ").trim();
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 1)}…` : plain;
}
