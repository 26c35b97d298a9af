import { getTranslations } from "next-intl/server";
import { preflightReport } from "@/lib/publishing/claim-review-preflight";
import type { PreflightProblem } from "@/lib/publishing/claim-review-preflight-rules";
import type { Actor } from "@/lib/policy/actor";
import { ClaimReviewFieldsForm } from "./claim-review-fields-form";

/**
 * Before publishing (editors and up): what each fact-check's ClaimReview
 * lacks, errors first and prominent, each with a form to fix it in place.
 * Warnings do not block publishing.
 */
export async function PreflightPanel({ slug, reportId, actor }: { slug: string; reportId: string; actor: Actor }) {
  const [preflight, t] = await Promise.all([preflightReport(actor, reportId), getTranslations("factCheck.preflight")]);
  const problemText = (p: PreflightProblem) => t(`problem.${p.code}`, { path: p.path });
  return (
    <section className="card preflight no-print" aria-labelledby="preflight-heading">
      <h2 id="preflight-heading">{t("heading")}</h2>
      {preflight.items.length === 0 ? (
        <p role="status" className="alert success">
          {t("allGood", { count: preflight.checked })}
        </p>
      ) : (
        <>
          {preflight.errorCount > 0 && (
            <p role="alert" className="alert error">
              {t("errorsSummary", { count: preflight.errorCount })}
            </p>
          )}
          <p className="muted">{t("summary", { checked: preflight.checked, warnings: preflight.warningCount })}</p>
          <ul className="preflight-items">
            {preflight.items.map((item) => (
              <li key={item.claimId} className="preflight-item">
                <details open={item.errors.length > 0 || preflight.items.length <= 5}>
                  <summary>
                    <strong>{item.claimReviewed}</strong>{" "}
                    <span className="muted">
                      {t("counts", { errors: item.errors.length, warnings: item.warnings.length })}
                    </span>
                  </summary>
                  {item.errors.length > 0 && (
                    <ul className="alert error" aria-label={t("errors")}>
                      {item.errors.map((p) => (
                        <li key={`${p.code}-${p.path}`}>{problemText(p)}</li>
                      ))}
                    </ul>
                  )}
                  {item.warnings.length > 0 && (
                    <ul aria-label={t("warnings")}>
                      {item.warnings.map((p) => (
                        <li key={`${p.code}-${p.path}`}>{problemText(p)}</li>
                      ))}
                    </ul>
                  )}
                  <ClaimReviewFieldsForm slug={slug} reportId={reportId} item={item} />
                </details>
              </li>
            ))}
          </ul>
          {preflight.truncated && <p className="muted">{t("truncated")}</p>}
        </>
      )}
    </section>
  );
}
