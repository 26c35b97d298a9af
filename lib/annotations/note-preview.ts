/**
 * A one-line plain-text preview of a note, for tooltips and lists. Its own
 * module, without the Markdown renderer, so the reader can build previews in
 * the browser for the rows and tooltips it shows, instead of the server
 * building a thousand of them for every page.
 */
export function notePreview(body: string, maxLength = 160): string {
  const plain = body.replace(/[#>*_`~[\]()!-]+/g, " ").replace(/\s+/g, " ").trim();
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 1)}…` : plain;
}
