import { useTranslations } from "next-intl";
import type { WordDiffPart } from "@/lib/anchoring/word-diff";

/**
 * A word diff that reads the same with and without colour or sight: removed
 * words are struck through in <del>, added words underlined in <ins>, and each
 * change starts with visually hidden "removed:" / "added:" for screen readers
 * (which do not announce <del>/<ins> by themselves).
 */
export function WordDiff({ parts }: { parts: readonly WordDiffPart[] }) {
  const t = useTranslations("common.wordDiff");
  return (
    <span className="diff">
      {parts.map((part, i) =>
        part.type === "delete" ? (
          <del key={i}>
            <span className="visually-hidden">{t("removed")}</span>
            {part.text}
          </del>
        ) : part.type === "insert" ? (
          <ins key={i}>
            <span className="visually-hidden">{t("added")}</span>
            {part.text}
          </ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
