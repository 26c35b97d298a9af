/**
 * Assembles readable text the way a browser lays it out: runs of text join
 * into lines with HTML whitespace collapsing (except when preformatted), line
 * breaks split lines, and paragraph breaks separate non-empty paragraphs by a
 * blank line. Shared by the HTML and Markdown reducers so both give the same shape.
 */
export class ParagraphBuilder {
  /** > 0 inside <pre>: whitespace and line breaks are kept as written. */
  preformatted = 0;
  private readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private line = "";

  addText(data: string): void {
    if (this.preformatted > 0) {
      const parts = data.replace(/\r\n?/g, "\n").split("\n");
      parts.forEach((part, i) => {
        if (i > 0) this.lineBreak();
        this.line += part;
      });
      return;
    }
    // HTML collapses ASCII whitespace only; a no-break space is content.
    let collapsed = data.replace(/[ \t\n\f\r]+/g, " ");
    if (this.line === "" || this.line.endsWith(" ")) collapsed = collapsed.replace(/^ /, "");
    this.line += collapsed;
  }

  lineBreak(): void {
    this.lines.push(this.line.replace(/ +$/, ""));
    this.line = "";
  }

  paragraphBreak(): void {
    this.lineBreak();
    const paragraph = this.lines.join("\n").replace(/^\n+|\n+$/g, "");
    if (paragraph.trim() !== "") this.paragraphs.push(paragraph);
    this.lines = [];
  }

  finish(): string {
    this.paragraphBreak();
    return this.paragraphs.join("\n\n");
  }
}
