import { useTranslations } from "next-intl";
import type { AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import { WordDiff } from "../word-diff";

/** English names of the differences, for callers without a translator (prefer `common.claims.differenceKind` in the catalogue). */
/** How a passage differs from its claim, in words: the quote as a word diff (claim → passage), figures side by side. */
/** `passage` names where the passage is, as the message needs it (Ukrainian: in the locative, “цьому реченні”); default: this passage. */
export function Differences({ differences, passage }: { differences: AppearanceDifference[]; passage?: string }) {
  const t = useTranslations("common.claims");
  if (differences.length === 0) return null;
  const where = passage ?? t("thisPassage");
  return (
    <ul className="differences">
      {differences.map((d, i) => (
        <li key={i}>
          {d.kind === "ALTERED_QUOTE" ? (
            <>
              <strong>{t("quotedWords")}</strong>{" "}
              <span className="muted">{t("quotedWordsHint", { passage: where })}</span>
              <span className="diff-line">
                “<WordDiff parts={d.diff} />”
              </span>
            </>
          ) : (
            t.rich("figureDiffers", {
              label: t(`differenceKind.${d.kind}`),
              passage: where,
              passageFigure: d.passageFigure,
              claimFigure: d.claimFigure,
              strong: (chunks) => <strong>{chunks}</strong>,
            })
          )}
        </li>
      ))}
    </ul>
  );
}
