/**
 * A model of the parts of the HTML tree builder (WHATWG "in body" rules) that
 * decide how deep and how big the tree gets, for check-html-complexity. It
 * closes an element only where the parser surely does (implied end tags, end
 * tags in scope, list items, table cells, simple adoption); where unsure it
 * keeps elements open, so it errs towards counting too much.
 */

const VOID = new Set(["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const IGNORED = new Set(["html", "head", "body", "frameset", "colgroup"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
  "figure", "footer", "form", "header", "hgroup", "hr", "listing", "main", "menu", "nav", "ol", "p", "pre", "search",
  "section", "summary", "ul", "xmp", "plaintext", "li", "dd", "dt", ...HEADINGS,
]);
const SPECIAL = new Set([
  ...CLOSES_P, "applet", "area", "base", "basefont", "bgsound", "body", "br", "button", "caption", "col", "colgroup", "embed",
  "frame", "frameset", "head", "html", "iframe", "img", "input", "keygen", "link", "marquee", "meta", "noembed", "noframes",
  "noscript", "object", "param", "script", "select", "source", "style", "table", "tbody", "td", "template", "textarea",
  "tfoot", "th", "thead", "title", "tr", "track", "wbr",
]);
const FOREIGN_SPECIAL = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
const SCOPE = new Set(["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"]);
const LIST_SCOPE = new Set([...SCOPE, "ol", "ul"]);
const BUTTON_SCOPE = new Set([...SCOPE, "button"]);
const TABLE_SCOPE = new Set(["html", "table", "template"]);
const MARKER_ELEMENTS = new Set(["applet", "caption", "marquee", "object", "td", "th", "template"]);
export const FORMATTING = new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);
export const RAW_TEXT = new Set(["iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp"]);
const FOREIGN_ROOTS = new Set(["svg", "math"]);
const BREAKOUT = new Set([
  "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
  "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
  "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var",
]);
const RUBY_TEXT = new Set(["rb", "rp", "rt", "rtc"]);
const IMPLIED_END = new Set(["dd", "dt", "li", "optgroup", "option", "p", ...RUBY_TEXT]);
// Start tags before which the parser does not re-create active formatting elements.
const NO_RECONSTRUCT = new Set([
  ...CLOSES_P, "table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th", "template", "html", "head",
  "body", "frameset", "frame", "title", "style", "script", "noscript", "noframes", "noembed", "iframe", "textarea", "base",
  "basefont", "bgsound", "link", "meta",
]);

interface Open {
  name: string;
  foreign: boolean;
}

/** An entry of the list of active formatting elements: its element, possibly no longer open. */
interface Formatting {
  key: string;
  name: string;
  element: Open;
}
type ActiveEntry = Formatting | "marker";

export class HtmlParserModel {
  depth = 0;
  activeMax = 0;
  elements = 0;
  private readonly open: Open[] = [];
  private readonly isOpen = new Set<Open>();
  private readonly active: ActiveEntry[] = [];

  /** Returns "raw" when the element's content is text up to its end tag, "plaintext" when the rest is. */
  startTag(name: string, attributes: string, selfClosing: boolean): "raw" | "plaintext" | undefined {
    this.elements += 1;
    const breaksOut = BREAKOUT.has(name) || (name === "font" && /(^|\s)(color|face|size)(\s|=|$)/i.test(attributes));
    if (this.inForeign() && breaksOut) while (this.inForeign()) this.pop();
    if (FOREIGN_ROOTS.has(name) || this.inForeign()) {
      if (!selfClosing) this.push(name, true);
      return undefined;
    }
    if (IGNORED.has(name)) return undefined;
    if (!this.closeForStart(name)) return undefined;
    if (!NO_RECONSTRUCT.has(name)) this.reconstruct();
    if (VOID.has(name)) return undefined;
    if (name === "plaintext") return "plaintext";
    const element = this.push(name, false);
    if (FORMATTING.has(name)) this.addFormatting({ key: `${name} ${attributes.trim()}`, name, element });
    return RAW_TEXT.has(name) ? "raw" : undefined;
  }

  /** Character data in HTML content re-creates active formatting elements that were closed. */
  text(): void {
    if (!this.inForeign()) this.reconstruct();
  }

  endTag(name: string): void {
    // "</br>" is read as "<br>"; a "</p>" with no open <p> inserts an empty one.
    if (name === "br") return void this.startTag("br", "", false);
    if (name === "p" && this.find(new Set(["p"]), BUTTON_SCOPE) < 0) this.elements += 1;
    if (FORMATTING.has(name)) return void this.adoptionEnd(name);
    if (name === "form") return this.removeFromScope("form");
    if (HEADINGS.has(name)) return this.popToFirst(HEADINGS, SCOPE);
    const scope = name === "li" ? LIST_SCOPE : name === "p" ? BUTTON_SCOPE : ["table", "tbody", "thead", "tfoot", "tr", "td", "th"].includes(name) ? TABLE_SCOPE : SPECIAL.has(name) ? SCOPE : undefined;
    if (scope) return this.popToFirst(new Set([name]), scope);
    this.endTagAnyOther(name);
  }

  /** Implied closes before a start tag; false when the parser ignores the tag. */
  private closeForStart(name: string): boolean {
    const inTable = this.find(new Set(["table"]), TABLE_SCOPE) >= 0;
    if (["td", "th", "tr", "tbody", "thead", "tfoot", "caption"].includes(name)) {
      if (!inTable) return false;
      if (name === "td" || name === "th" || name === "tr") this.popToFirst(new Set(["td", "th"]), TABLE_SCOPE);
      if (name === "tr") this.popToFirst(new Set(["tr"]), TABLE_SCOPE);
      if (name !== "td" && name !== "th" && name !== "tr") this.popTo(this.find(new Set(["table"]), TABLE_SCOPE) + 1);
      return true;
    }
    if (name === "li") this.closeListItem(new Set(["li"]));
    if (name === "dd" || name === "dt") this.closeListItem(new Set(["dd", "dt"]));
    if (CLOSES_P.has(name)) this.popToFirst(new Set(["p"]), BUTTON_SCOPE);
    const top = this.open.at(-1);
    if (HEADINGS.has(name) && top && !top.foreign && HEADINGS.has(top.name)) this.pop();
    if ((name === "option" || name === "optgroup") && top?.name === "option") this.pop();
    if (name === "button") this.popToFirst(new Set(["button"]), SCOPE);
    if (RUBY_TEXT.has(name) && this.find(new Set(["ruby"]), SCOPE) >= 0) {
      this.generateImpliedEndTags(name === "rt" || name === "rp" ? "rtc" : undefined);
    }
    if ((name === "a" && this.lastActive("a") >= 0) || (name === "nobr" && this.find(new Set(["nobr"]), SCOPE) >= 0)) {
      this.closePreviousOf(name);
    }
    return true;
  }

  /**
   * The adoption agency, reduced to its effect on the stack: with nothing
   * special above the formatting element, pop to it; otherwise (a "furthest
   * block") the parser swaps in a clone at the same depth and keeps the entry.
   */
  private adoptionEnd(name: string): "furthest block" | "done" {
    const index = this.lastActive(name);
    if (index < 0) {
      this.endTagAnyOther(name);
      return "done";
    }
    const entry = this.active[index] as Formatting;
    const k = this.open.lastIndexOf(entry.element);
    if (k < 0) this.active.splice(index, 1);
    if (k < 0 || !this.inScope(entry.element)) return "done";
    if (this.open.slice(k + 1).some((e) => this.isSpecial(e))) {
      this.elements += 1 + this.activeSinceMarker();
      return "furthest block";
    }
    this.popTo(k);
    this.active.splice(index, 1);
    return "done";
  }

  private inScope(element: Open): boolean {
    for (let k = this.open.length - 1; k >= 0; k -= 1) {
      const entry = this.open[k]!;
      if (entry === element) return true;
      if (entry.foreign ? FOREIGN_SPECIAL.has(entry.name) : SCOPE.has(entry.name)) return false;
    }
    return false;
  }

  /** A new <a> (or <nobr>) first ends the previous one, and takes it off the stack wherever it is. */
  private closePreviousOf(name: string): void {
    const index = this.lastActive(name);
    const previous = index >= 0 ? (this.active[index] as Formatting).element : undefined;
    if (this.adoptionEnd(name) === "furthest block") return;
    this.removeActive(name);
    const k = previous ? this.open.lastIndexOf(previous) : -1;
    if (k >= 0) {
      this.open.splice(k, 1);
      this.isOpen.delete(previous!);
    }
  }

  private endTagAnyOther(name: string): void {
    for (let k = this.open.length - 1; k >= 0; k -= 1) {
      const entry = this.open[k]!;
      if (entry.name === name) return this.popTo(k);
      if (this.isSpecial(entry)) return;
    }
  }

  private closeListItem(names: Set<string>): void {
    for (let k = this.open.length - 1; k >= 0; k -= 1) {
      const entry = this.open[k]!;
      if (!entry.foreign && names.has(entry.name)) return this.popTo(k);
      if (this.isSpecial(entry) && !["address", "div", "p"].includes(entry.name)) return;
    }
  }

  /** </form> closes implied elements, then takes the form off the stack but leaves what is open inside it. */
  private removeFromScope(name: string): void {
    if (this.find(new Set([name]), SCOPE) < 0) return;
    this.generateImpliedEndTags();
    const k = this.find(new Set([name]), SCOPE);
    if (k < 0) return;
    this.isOpen.delete(this.open[k]!);
    this.open.splice(k, 1);
  }

  /** Pops elements whose end tag the parser implies (p, li, dd, option, ruby text…), except `except`. */
  private generateImpliedEndTags(except?: string): void {
    for (let top = this.open.at(-1); top && !top.foreign && IMPLIED_END.has(top.name) && top.name !== except; top = this.open.at(-1)) {
      this.pop();
    }
  }

  private popToFirst(names: Set<string>, scope: Set<string>): void {
    const k = this.find(names, scope);
    if (k >= 0) this.popTo(k);
  }

  /** Index of the nearest open HTML element named in `names`, or -1 if a scope boundary comes first. */
  private find(names: Set<string>, scope: Set<string>): number {
    for (let k = this.open.length - 1; k >= 0; k -= 1) {
      const entry = this.open[k]!;
      if (!entry.foreign && names.has(entry.name)) return k;
      if (entry.foreign ? FOREIGN_SPECIAL.has(entry.name) : scope.has(entry.name)) return -1;
    }
    return -1;
  }

  private isSpecial(entry: Open): boolean {
    return entry.foreign ? FOREIGN_SPECIAL.has(entry.name) : SPECIAL.has(entry.name);
  }

  private inForeign(): boolean {
    const top = this.open.at(-1);
    return top !== undefined && top.foreign && !FOREIGN_SPECIAL.has(top.name);
  }

  private push(name: string, foreign: boolean): Open {
    const element = { name, foreign };
    this.open.push(element);
    this.isOpen.add(element);
    if (!foreign && MARKER_ELEMENTS.has(name)) this.active.push("marker");
    this.depth = Math.max(this.depth, this.open.length);
    return element;
  }

  private popTo(k: number): void {
    while (this.open.length > k) this.pop();
  }

  private pop(): void {
    const popped = this.open.pop();
    if (!popped) return;
    this.isOpen.delete(popped);
    if (!popped.foreign && MARKER_ELEMENTS.has(popped.name)) {
      while (this.active.length > 0 && this.active.pop() !== "marker");
    }
  }

  /** "Reconstruct the active formatting elements": re-open, in order, those closed since the last marker. */
  private reconstruct(): void {
    const first = this.active.lastIndexOf("marker") + 1;
    let k = this.active.length;
    while (k > first && !this.isOpen.has((this.active[k - 1] as Formatting).element)) k -= 1;
    for (; k < this.active.length; k += 1) {
      const entry = this.active[k] as Formatting;
      entry.element = this.push(entry.name, false);
      this.elements += 1;
    }
  }

  private addFormatting(entry: Formatting): void {
    const first = this.active.lastIndexOf("marker") + 1;
    // At most three identical entries since the last marker ("Noah's Ark"); the element stays open.
    const same = this.active.slice(first).filter((e) => e !== "marker" && e.key === entry.key);
    if (same.length >= 3) this.active.splice(this.active.indexOf(same[0]!), 1);
    this.active.push(entry);
    this.activeMax = Math.max(this.activeMax, this.activeSinceMarker());
  }

  private lastActive(name: string): number {
    const first = this.active.lastIndexOf("marker") + 1;
    for (let k = this.active.length - 1; k >= first; k -= 1) {
      if ((this.active[k] as Formatting).name === name) return k;
    }
    return -1;
  }

  private removeActive(name: string): void {
    const k = this.lastActive(name);
    if (k >= 0) this.active.splice(k, 1);
  }

  private activeSinceMarker(): number {
    return this.active.length - (this.active.lastIndexOf("marker") + 1);
  }
}
