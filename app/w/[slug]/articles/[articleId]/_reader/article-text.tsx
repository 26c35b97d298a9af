"use client";

import { memo, useMemo } from "react";
import { buildParagraphs } from "@/lib/annotations/highlight-segments";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";

/** A placed annotation is drawn in the text; orphaned and ambiguous ones are listed instead. */
export function isPlaced(a: AnnotationDto): boolean {
  return a.anchorState !== "ORPHANED" && a.anchorState !== "AMBIGUOUS";
}

/**
 * The article text with its highlights. Every run of text is an element with
 * data-start (see lib/anchoring/dom.ts); runs covered by annotations are
 * <mark>s whose shading deepens with the number of overlapping annotations.
 * Memoized: it re-renders only when the text or the annotations change, not on
 * every selection or hover.
 */
export const ArticleText = memo(function ArticleText({ text, annotations }: { text: string; annotations: AnnotationDto[] }) {
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  // marks name annotations by their index in `annotations`: short attributes keep big pages light
  const indexOf = useMemo(() => new Map(annotations.map((a, i) => [a.id, i])), [annotations]);
  const paragraphs = useMemo(() => buildParagraphs(text, annotations.filter(isPlaced)), [text, annotations]);
  const firstSegmentOf = useMemo(() => {
    const seen = new Set<string>();
    const first = new Map<number, string[]>();
    for (const p of paragraphs)
      for (const s of p.segments)
        for (const id of s.ids)
          if (!seen.has(id)) {
            seen.add(id);
            first.set(s.start, [...(first.get(s.start) ?? []), id]);
          }
    return first;
  }, [paragraphs]);

  return (
    <>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.segments.map((s) => {
            const slice = text.slice(s.start, s.end);
            if (s.ids.length === 0)
              return (
                <span key={s.start} data-start={s.start}>
                  {slice}
                </span>
              );
            const innermost = byId.get(s.ids.at(-1)!)!;
            const starts = firstSegmentOf.get(s.start) ?? [];
            return (
              <mark
                key={s.start}
                data-start={s.start}
                data-ids={s.ids.map((id) => indexOf.get(id)).join(" ")}
                data-kind={innermost.kind}
                data-state={innermost.anchorState}
                data-depth={Math.min(s.ids.length, 4)}
                data-first-of={starts.length ? starts.map((id) => indexOf.get(id)).join(" ") : undefined}
                tabIndex={starts.length ? -1 : undefined}
                className="hl"
              >
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </>
  );
});
