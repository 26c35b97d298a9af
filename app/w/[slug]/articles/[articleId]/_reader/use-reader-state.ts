"use client";

import { useReducer, useRef, useState } from "react";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { unpackAnnotationsJson } from "@/lib/reader/packed-annotations";
import { initialReaderState, readerReducer } from "@/lib/reader/reader-state";

/**
 * The reader's state (lib/reader/reader-state.ts) over the page's packed
 * annotations: saves merge into it; the page's annotations after a refresh
 * (someone else's change) replace it.
 */
export function useReaderState(packed: string, text: string, openAnnotationId: string | undefined) {
  const loaded = useUnchangedAnnotations(packed, text);
  const [state, dispatch] = useReducer(readerReducer, loaded, (a) => initialReaderState(a, openAnnotationId ?? null));
  // React's pattern for state that follows a prop: compared while rendering, not in an effect
  const [seen, setSeen] = useState(loaded);
  if (seen !== loaded) {
    setSeen(loaded);
    dispatch({ type: "loaded", annotations: loaded });
  }
  return [state, dispatch] as const;
}

/**
 * The page's annotations, as the same array for as long as their content is
 * the same: a refresh (after someone else's change elsewhere on the page) that
 * changes no annotation then neither replaces the reader's nor redraws a highlight.
 */
function useUnchangedAnnotations(packed: string, text: string): AnnotationDto[] {
  const last = useRef<{ text: string; packed: string; annotations: AnnotationDto[] } | null>(null);
  if (last.current?.text !== text || last.current.packed !== packed)
    last.current = { text, packed, annotations: unpackAnnotationsJson(packed, text) };
  return last.current.annotations;
}
