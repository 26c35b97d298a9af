"use client";

import { useLayoutEffect, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { firstMarkOf } from "@/lib/reader/highlight-dom";
import { notePreview } from "@/lib/reader/note-preview";

/** The note of the hovered or focused highlight, shown just below it (and announced via aria-live). */
export function NoteTooltip({
  annotation,
  index,
  root,
}: {
  annotation: AnnotationDto;
  index: number;
  root: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations("articles.tooltip");
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const container = root.current;
    const mark = container ? firstMarkOf(container, index) : null;
    if (!container || !mark) return setPosition(null);
    const outer = container.getBoundingClientRect();
    const inner = mark.getBoundingClientRect();
    setPosition({ top: inner.bottom - outer.top + 6, left: Math.max(8, inner.left - outer.left) });
  }, [index, root]);
  if (!position) return null;
  return (
    <div className="note-tooltip" role="tooltip" aria-live="polite" style={position} data-testid="note-tooltip">
      <strong>
        {t(`kind.${annotation.kind}`)} · {annotation.authorName}
      </strong>
      <br />
      {notePreview(annotation.noteStart) || t("noNote")}
    </div>
  );
}
