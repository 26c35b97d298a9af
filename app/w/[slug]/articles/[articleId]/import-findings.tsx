import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ImportFindings as Findings } from "@/lib/articles/find-import-findings";
import { ShowSentenceButton } from "./show-sentence-button";

/**
 * Editors, on the latest version: what the article says about claims the
 * workspace has already checked — sentences that repeat them, and figures that
 * disagree with them — each with a link to the claim and a button that
 * selects the sentence; and when more checked claims share the article's
 * names and figures than were compared, a sentence that says so. Nothing when
 * there is none of these.
 */
export function ImportFindings({ slug, findings }: { slug: string; findings: Findings }) {
  const t = useTranslations("articles.findings");
  const { repeats, disagreements, compared, capped } = findings;
  if (repeats.length === 0 && disagreements.length === 0 && !capped) return null;
  return (
    <section className="import-findings" aria-label={t("label")}>
      {disagreements.length > 0 && (
        <div className="alert warning">
          <h2>{t("disagreementsHeading", { count: disagreements.length })}</h2>
          <ul>
            {disagreements.map((d) => (
              <li key={`${d.claimId}-${d.start}`}>
                {t.rich("disagreement", {
                  sentence: d.sentence,
                  passageFigure: d.passageFigure,
                  statement: d.statement,
                  claimFigure: d.claimFigure,
                  q: (chunks) => <q>{chunks}</q>,
                  strong: (chunks) => <strong>{chunks}</strong>,
                  link: (chunks) => <Link href={`/w/${slug}/claims/${d.claimId}`}>{chunks}</Link>,
                })}{" "}
                <ShowSentenceButton
                  start={d.start}
                  end={d.end}
                  label={t("showDisagreement", { figure: d.passageFigure })}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      {repeats.length > 0 && (
        <div className="alert info">
          <h2>{t("repeatsHeading", { count: repeats.length })}</h2>
          <ul>
            {repeats.map((r) => (
              <li key={`${r.claimId}-${r.start}`}>
                <Link href={`/w/${slug}/claims/${r.claimId}`}>{r.statement}</Link> — <q>{r.sentence}</q>{" "}
                <ShowSentenceButton start={r.start} end={r.end} label={t("showRepeat", { statement: r.statement })} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {capped && <p className="muted">{t("capped", { compared })}</p>}
    </section>
  );
}
