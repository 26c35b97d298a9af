"use client";

import { memo, useMemo } from "react";
import { highlightedHtml } from "@/lib/annotations/highlighted-html";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";

/** A placed annotation is drawn in the text; orphaned and ambiguous ones are listed instead. */
export function isPlaced(a: AnnotationDto): boolean {
  return a.anchorState !== "ORPHANED" && a.anchorState !== "AMBIGUOUS";
}

/**
 * The article text with its highlights, as prebuilt, fully escaped HTML (see
 * lib/annotations/highlighted-html.ts): React neither builds nor hydrates an
 * element per highlight run, so a thousand overlapping annotations stay cheap.
 * Marks are named by their annotation's index in `annotations`; unplaced
 * annotations get no mark but keep their index, so the numbering stays shared
 * with the reader. Re-renders only when the text or the annotations change.
 */
export const ArticleText = memo(function ArticleText({ text, annotations }: { text: string; annotations: AnnotationDto[] }) {
  const html = useMemo(
    () => highlightedHtml(text, annotations.map((a) => (isPlaced(a) ? a : { ...a, start: 0, end: 0 }))),
    [text, annotations],
  );
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
});
