import { wordDiff } from "@/lib/anchoring/word-diff";
import type { ExtractionChange } from "@/lib/claims/agreement/compare-extractions";
import { WordDiff } from "../word-diff";

/**
 * What a new article version changed in what a passage states: each figure
 * as "~~150~~ 190 drones" (struck and underlined, with hidden "removed:" /
 * "added:"), each quote as a word diff, a re-attribution in words.
 */
export function ChangeSummary({ change }: { change: ExtractionChange & { versionNumber?: number } }) {
  const items = [
    ...change.figures.map((f, i) => (
      <li key={`f${i}`}>
        Figure: <WordDiff parts={wordDiff(f.before ?? "", f.after ?? "")} />
        {f.before === null && <span className="muted"> (new)</span>}
        {f.after === null && <span className="muted"> (no longer stated)</span>}
      </li>
    )),
    ...change.quotes.map((q, i) => (
      <li key={`q${i}`}>
        {q.speakerAfter !== undefined ? (
          <>
            Quote “{q.after}”: speaker <WordDiff parts={[{ type: "delete", text: q.speakerBefore ?? "not named" }, { type: "equal", text: " " }, { type: "insert", text: q.speakerAfter ?? "not named" }]} />
          </>
        ) : (
          <>Quote: “<WordDiff parts={q.diff} />”</>
        )}
      </li>
    )),
  ];
  return (
    <div className="change-summary">
      <p className="change-heading">
        <strong>Changed{change.versionNumber ? ` in version ${change.versionNumber} of the article` : " in a new version of the article"}:</strong>
        {items.length === 0 && <> {change.summary}</>}
      </p>
      {items.length > 0 && <ul>{items}</ul>}
    </div>
  );
}
