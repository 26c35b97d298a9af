/**
 * The two W3C Web Annotation selectors Factdesk stores on every annotation
 * (https://www.w3.org/TR/annotation-model/#selectors). Offsets are UTF-16
 * code units, end exclusive (see offsets.ts).
 */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** What re-anchoring needs to know about one stored annotation. */
export interface StoredAnchor {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}
