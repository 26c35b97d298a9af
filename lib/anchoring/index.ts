/**
 * Text anchoring for annotations (W3C Web Annotation selectors): pure
 * functions, no DOM and no I/O, shared by the server and the browser.
 * Offsets are UTF-16 code units, end exclusive (see offsets.ts).
 */
export { utf16ToCodePoints, codePointsToUtf16, splitsSurrogatePair } from "./offsets";
export { validateSpan, MAX_SPAN_LENGTH } from "./validate-span";
export { describeSpan, MIN_CONTEXT, MAX_CONTEXT } from "./describe-span";
export { reanchorAll, type ReanchorResult, type ReanchorState, type ReanchorMethod } from "./reanchor";
export { wordDiff, diffSimilarity, type WordDiffPart } from "./word-diff";
export { hardTokens, isHardToken, changedHardTokens } from "./hard-tokens";
export { findQuote, newSearchRun, type QuoteQuery, type QuoteSearch, type SearchRun } from "./fuzzy-match";
export type { TextPositionSelector, TextQuoteSelector, StoredAnchor, Span } from "./selectors";
