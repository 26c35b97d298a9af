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
  // The line as parts, joined at its end: appending to one growing string and
  // asking it endsWith() flattens it every time, which is quadratic.
  private line: string[] = [];
  private lineEndsWithSpace = true;

  addText(data: string): void {
    if (this.preformatted > 0) {
      const parts = data.replace(/\r\n?/g, "\n").split("\n");
      parts.forEach((part, i) => {
        if (i > 0) this.lineBreak();
        this.append(part);
      });
      return;
    }
    // HTML collapses ASCII whitespace only; a no-break space is content.
    let collapsed = data.replace(/[ \t\n\f\r]+/g, " ");
    if (this.lineEndsWithSpace) collapsed = collapsed.replace(/^ /, "");
    this.append(collapsed);
  }

  lineBreak(): void {
    // The lookbehind lets only the start of a run of spaces match: linear, where / +$/ is quadratic on long runs.
    this.lines.push(this.line.join("").replace(/(?<! ) +$/, ""));
    this.line = [];
    this.lineEndsWithSpace = true;
  }

  paragraphBreak(): void {
    this.lineBreak();
    const paragraph = this.lines.join("\n").replace(/^\n+|(?<!\n)\n+$/g, "");
    if (paragraph.trim() !== "") this.paragraphs.push(paragraph);
    this.lines = [];
  }

  private append(text: string): void {
    if (text === "") return;
    this.line.push(text);
    this.lineEndsWithSpace = text.endsWith(" ");
  }

  finish(): string {
    this.paragraphBreak();
    return this.paragraphs.join("\n\n");
  }
}
