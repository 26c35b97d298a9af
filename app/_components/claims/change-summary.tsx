import { useTranslations } from "next-intl";
import { wordDiff } from "@/lib/anchoring/word-diff";
import type { ExtractionChange } from "@/lib/claims/agreement/compare-extractions";
import { WordDiff } from "../word-diff";

/**
 * What a new article version changed in what a passage states: each figure
 * as "~~150~~ 190 drones" (struck and underlined, with hidden "removed:" /
 * "added:"), each quote as a word diff, a re-attribution in words.
 */
export function ChangeSummary({ change }: { change: ExtractionChange & { versionNumber?: number } }) {
  const t = useTranslations("common.claims");
  const items = [
    ...change.figures.map((f, i) => (
      <li key={`f${i}`}>
        {t("figure")}
        <WordDiff parts={wordDiff(f.before ?? "", f.after ?? "")} />
        {f.before === null && <span className="muted">{t("new")}</span>}
        {f.after === null && <span className="muted">{t("noLongerStated")}</span>}
      </li>
    )),
    ...change.quotes.map((q, i) => (
      <li key={`q${i}`}>
        {q.speakerAfter !== undefined ? (
          <>
            {t("quoteSpeaker", { quote: q.after ?? "" })}
            <WordDiff
              parts={[
                { type: "delete", text: q.speakerBefore ?? t("notNamed") },
                { type: "equal", text: " " },
                { type: "insert", text: q.speakerAfter ?? t("notNamed") },
              ]}
            />
          </>
        ) : (
          <>
            {t("quoteOpen")}
            <WordDiff parts={q.diff} />
            {t("quoteClose")}
          </>
        )}
      </li>
    )),
  ];
  return (
    <div className="change-summary">
      <p className="change-heading">
        <strong>
          {change.versionNumber ? t("changedInVersion", { version: change.versionNumber }) : t("changedInNewVersion")}
        </strong>
        {items.length === 0 && <> {change.summary}</>}
      </p>
      {items.length > 0 && <ul>{items}</ul>}
    </div>
  );
}
