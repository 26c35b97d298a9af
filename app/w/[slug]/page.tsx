import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/app/_lib/page-actor";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { labelKey } from "@/lib/i18n/labels";

export default async function WorkspaceHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const [workspace, t, labels] = await Promise.all([
    getWorkspace(actor),
    getTranslations("workspace.home"),
    getTranslations("labels"),
  ]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{workspace.name}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {t.rich("youAre", {
              organisation: workspace.organisationName,
              role: () => (
                <span className={`badge ${actor.role}`}>{labels(labelKey.role(actor.role)).toLowerCase()}</span>
              ),
            })}
          </p>
        </div>
      </div>
      <div className="grid" role="list" aria-label={t("atAGlance")}>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.articles}</span>
          <Link href={`/w/${slug}/articles`}>{t("articles")}</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.claims}</span>
          <Link href={`/w/${slug}/claims`}>{t("claims")}</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.awaitingReview}</span>
          <Link href={`/w/${slug}/review`}>{t("awaitingReview")}</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.openConflicts}</span>
          <Link href={`/w/${slug}/conflicts`}>{t("openConflicts")}</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.members}</span>
          <span>{t("members")}</span>
        </div>
      </div>
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">{t("howHeading")}</h2>
        <ol>
          {(["howArticles", "howClaims", "howReview", "howConflicts", "howReports"] as const).map((step) => (
            <li key={step}>{t.rich(step, { strong: (chunks) => <strong>{chunks}</strong> })}</li>
          ))}
        </ol>
      </section>
    </>
  );
}
