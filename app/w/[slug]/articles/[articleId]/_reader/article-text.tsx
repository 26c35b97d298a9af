"use client";

import { memo, useRef, useSyncExternalStore } from "react";
import { highlightedHtml } from "@/lib/reader/highlighted-html";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { isPlaced } from "@/lib/reader/annotation-filters";

/**
 * The article text with its highlights, as prebuilt, fully escaped HTML (see
 * lib/reader/highlighted-html.ts): React neither builds nor hydrates an
 * element per highlight run, so a thousand overlapping annotations stay cheap.
 * Marks are named by their annotation's index in `annotations`; unplaced
 * annotations get no mark but keep their index, so the numbering stays shared
 * with the reader. Re-renders only when the text or the annotations change.
 *
 * Hydration keeps the server's HTML: the client does not build the same
 * string again (React leaves innerHTML alone while hydrating), and rebuilds it
 * only once the annotations change.
 */
export const ArticleText = memo(function ArticleText({
  text,
  annotations,
}: {
  text: string;
  annotations: AnnotationDto[];
}) {
  const onClient = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const built = useRef<{ text: string; annotations: AnnotationDto[]; html: string } | null>(null);
  if (built.current?.text !== text || built.current.annotations !== annotations) {
    const hydrating = !onClient && typeof window !== "undefined";
    built.current = { text, annotations, html: hydrating ? SERVER_HTML : buildHtml(text, annotations) };
  }
  return <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: built.current.html }} />;
});

/** Stands for "what the server rendered" until the annotations change. */
const SERVER_HTML = "";

const noSubscription = () => () => {};

function buildHtml(text: string, annotations: AnnotationDto[]): string {
  return highlightedHtml(
    text,
    annotations.map((a) => (isPlaced(a) ? a : { ...a, start: 0, end: 0 })),
  );
}
