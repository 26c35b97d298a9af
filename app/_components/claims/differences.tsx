import type { AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import { WordDiff } from "../word-diff";

export const DIFFERENCE_LABELS: Record<AppearanceDifference["kind"], string> = {
  ALTERED_QUOTE: "Altered quote",
  OTHER_FIGURE: "Other figure",
  INCOMPATIBLE_QUALIFIER: "Incompatible qualifier",
};

/** How a passage differs from its claim, in words: the quote as a word diff (claim → passage), figures side by side. */
export function Differences({ differences, passage = "this passage" }: { differences: AppearanceDifference[]; passage?: string }) {
  if (differences.length === 0) return null;
  return (
    <ul className="differences">
      {differences.map((d, i) => (
        <li key={i}>
          {d.kind === "ALTERED_QUOTE" ? (
            <>
              <strong>Quoted words</strong> <span className="muted">(struck: only in the claim’s quote; underlined: only in {passage})</span>
              <span className="diff-line">“<WordDiff parts={d.diff} />”</span>
            </>
          ) : (
            <>
              <strong>{DIFFERENCE_LABELS[d.kind]}</strong>: {passage} says <strong>{d.passageFigure}</strong>; the claim says <strong>{d.claimFigure}</strong>.
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
