"use client";

import { useTranslations } from "next-intl";
import { selectOffsets } from "@/lib/anchoring/dom";

/**
 * Selects a sentence of the article text (offsets of the latest version) and
 * scrolls to it; the reader's selection toolbar then offers to annotate it.
 */
export function ShowSentenceButton({ start, end, label }: { start: number; end: number; label: string }) {
  const t = useTranslations("articles.findings");
  return (
    <button
      type="button"
      className="button small secondary"
      aria-label={label}
      onClick={() => {
        const root = document.querySelector<HTMLElement>(".article-text");
        if (!root || !selectOffsets(root, start, end)) return;
        window.getSelection()?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: "center" });
      }}
    >
      {t("showSentence")}
    </button>
  );
}
