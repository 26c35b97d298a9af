import { canonicalText } from "@/lib/text-import/canonical-text";
import { assertWithinImportLimit, MAX_TITLE_LENGTH } from "./import-limits";

export interface TextExtraction {
  /** Canonical article text (see canonicalText). */
  text: string;
  suggestedTitle?: string;
}

/** Pasted or uploaded plain text: the text itself, titled by its first non-empty line. */
export function extractFromText(raw: string): TextExtraction {
  assertWithinImportLimit(raw);
  const text = canonicalText(raw);
  const firstLine = text.split("\n").find((line) => line.trim() !== "");
  return withTitle(text, firstLine);
}

/**
 * A title suggestion from any candidate string: whitespace collapsed, trimmed,
 * cut to MAX_TITLE_LENGTH code points (never inside a surrogate pair).
 */
export function suggestTitle(candidate: string | null | undefined): string | undefined {
  const collapsed = (candidate ?? "").replace(/\s+/g, " ").trim();
  if (collapsed === "") return undefined;
  const codePoints = Array.from(collapsed);
  return codePoints.length <= MAX_TITLE_LENGTH ? collapsed : codePoints.slice(0, MAX_TITLE_LENGTH).join("").trimEnd();
}

function withTitle(text: string, candidate: string | undefined): TextExtraction {
  const suggestedTitle = suggestTitle(candidate);
  return suggestedTitle === undefined ? { text } : { text, suggestedTitle };
}
