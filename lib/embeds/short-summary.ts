/** A summary longer than this is cut at a word for the card: the full text is one click away. */
export const CARD_SUMMARY_LENGTH = 280;

/** Pure: the summary cut at the last word boundary before `max` characters, with an ellipsis; short ones unchanged. */
export function shortSummary(summary: string, max = CARD_SUMMARY_LENGTH): string {
  const text = summary.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}
