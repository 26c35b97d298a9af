import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageActor } from "@/app/_lib/page-actor";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { packAnnotationsJson } from "@/lib/reader/packed-annotations";
import { getArticle } from "@/lib/articles/get-article";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy/policy";
import { Reader } from "./_reader/reader";
import { VersionSwitcher } from "./version-switcher";
import { ImportAnnotationsForm } from "../../reports/import-annotations-form";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import { ImportFindings } from "./import-findings";
import { articleTabTitle } from "@/lib/navigation/page-titles";
import { formatCalendarDay } from "@/lib/time/format-time";
import { getLocale, getTranslations } from "next-intl/server";
import { highlightProps } from "@/lib/reader/highlight-dom";

/** The tab names the article (a small query; the page itself loads much more). */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; articleId: string }>;
}): Promise<Metadata> {
  const { slug, articleId } = await params;
  const t = await getTranslations("articles.article");
  return { title: (await articleTabTitle(await pageActor(slug), articleId)) ?? t("fallbackTitle") };
}

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; articleId: string }>;
  searchParams: Promise<{ v?: string; annotation?: string }>;
}) {
  const { slug, articleId } = await params;
  const { v, annotation } = await searchParams;
  const actor = await pageActor(slug);
  const versionNumber = v && /^\d+$/.test(v) ? Number(v) : undefined;
  const notFoundAsNull = (error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  };
  // read alongside the article: what it says about claims already checked (editors, latest version)
  const [found, latestFindings] = await Promise.all([
    getArticle(actor, articleId, versionNumber).catch(notFoundAsNull),
    versionNumber === undefined && can(actor, "annotation.create")
      ? findImportFindings(actor, articleId).catch(notFoundAsNull)
      : null,
  ]);
  if (!found) notFound();
  const article = found;
  const base = `/w/${slug}/articles/${article.id}`;
  const canEdit = can(actor, "article.update");
  const findings = article.version.isLatest ? latestFindings : null;
  const t = await getTranslations("articles.article");
  const locale = await getLocale();
  return (
    <>
      <div className="page-head">
        <div>
          <p style={{ margin: 0 }}>
            <Link href={`/w/${slug}/articles`}>{t("back")}</Link>
          </p>
          <h1>{article.title}</h1>
          <p className="article-meta">
            {[
              article.outlet,
              article.author,
              article.publishedAt && formatCalendarDay(article.publishedAt, "day", locale),
            ]
              .filter(Boolean)
              .join(" · ")}
            {article.url && (
              <>
                {" · "}
                <a href={article.url} rel="noopener nofollow noreferrer" target="_blank">
                  {t("original")}
                </a>
              </>
            )}
          </p>
        </div>
        <div className="row-actions">
          <VersionSwitcher
            base={base}
            versions={article.versions.map((x) => ({ number: x.number, createdAt: x.createdAt.toISOString() }))}
            current={article.version.number}
          />
          {canEdit && (
            <>
              <Link className="button secondary" href={`${base}/versions/new`}>
                {t("importVersion")}
              </Link>
              <Link className="button secondary" href={`${base}/edit`}>
                {t("editDetails")}
              </Link>
            </>
          )}
          {can(actor, "report.exportInternal") && (
            <Link className="button secondary" href={`/w/${slug}/reports/new?scope=ARTICLE&articleId=${article.id}`}>
              {t("createReport")}
            </Link>
          )}
        </div>
      </div>
      <LiveUpdates slug={slug} topics={[`article:${article.id}`]} presence />
      {!article.version.isLatest && (
        <p className="alert info" role="status">
          {t.rich("olderVersion", {
            number: article.version.number,
            count: article.versions.length,
            link: (chunks) => <Link href={base}>{chunks}</Link>,
          })}
        </p>
      )}
      <Reader
        slug={slug}
        articleId={article.id}
        versionId={article.version.id}
        isLatest={article.version.isLatest}
        text={article.version.text}
        annotations={packAnnotationsJson(article.annotations, article.version.text)}
        canWrite={can(actor, "annotation.create")}
        canSuggest={article.version.isLatest && can(actor, "annotation.create")}
        openAnnotationId={annotation}
        language={article.language}
        header={
          <>
            {findings && <ImportFindings slug={slug} findings={findings} />}
            <p className="legend" aria-label={t("legend.label")}>
              <span>
                {t.rich("legend.note", {
                  mark: (chunks) => <mark {...highlightProps("NOTE")}>{chunks}</mark>,
                })}
              </span>
              <span>
                {t.rich("legend.claim", {
                  mark: (chunks) => <mark {...highlightProps("CLAIM")}>{chunks}</mark>,
                })}
              </span>
              <span>
                {t.rich("legend.changed", {
                  mark: (chunks) => <mark {...highlightProps("NOTE", "TEXT_CHANGED")}>{chunks}</mark>,
                })}
              </span>
              <span>{t("legend.overlap")}</span>
            </p>
          </>
        }
      />
      {article.version.isLatest && can(actor, "annotation.create") && (
        <details className="card" style={{ marginTop: "1.5rem" }}>
          <summary>{t("importAnnotations")}</summary>
          <ImportAnnotationsForm slug={slug} article={{ id: article.id, title: article.title }} />
        </details>
      )}
    </>
  );
}
