import Link from "next/link";
import type { ImportFindings as Findings } from "@/lib/articles/find-import-findings";
import { ShowSentenceButton } from "./show-sentence-button";

/**
 * Editors, on the latest version: what the article says about claims the
 * workspace has already checked — sentences that repeat them, and figures that
 * disagree with them — each with a link to the claim and a button that
 * selects the sentence. Nothing when there is neither.
 */
export function ImportFindings({ slug, findings }: { slug: string; findings: Findings }) {
  const { repeats, disagreements } = findings;
  if (repeats.length === 0 && disagreements.length === 0) return null;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <section className="import-findings" aria-label="Claims already checked">
      {disagreements.length > 0 && (
        <div className="alert warning">
          <h2>{plural(disagreements.length, "figure disagrees", "figures disagree")} with claims already checked</h2>
          <ul>
            {disagreements.map((d) => (
              <li key={`${d.claimId}-${d.start}`}>
                <q>{d.sentence}</q> says <strong>{d.passageFigure}</strong>; the checked claim <Link href={`/w/${slug}/claims/${d.claimId}`}>{d.statement}</Link> says <strong>{d.claimFigure}</strong>.{" "}
                <ShowSentenceButton start={d.start} end={d.end} label={`Show the sentence that says ${d.passageFigure}`} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {repeats.length > 0 && (
        <div className="alert info">
          <h2>This article repeats {plural(repeats.length, "claim", "claims")} already checked</h2>
          <ul>
            {repeats.map((r) => (
              <li key={`${r.claimId}-${r.start}`}>
                <Link href={`/w/${slug}/claims/${r.claimId}`}>{r.statement}</Link> — <q>{r.sentence}</q>{" "}
                <ShowSentenceButton start={r.start} end={r.end} label={`Show the sentence that repeats “${r.statement}”`} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
