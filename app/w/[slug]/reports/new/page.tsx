import { questionWording } from "../../conflicts/question-text";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findArticles } from "@/lib/articles/find-articles";
import { findClaims } from "@/lib/claims/find-claims";
import { findConflicts } from "@/lib/conflicts/find-conflicts";
import { NewReportForm, type ScopeChoice } from "./new-report-form";
import { formatTime } from "@/lib/time/format-time";
import { UTC } from "@/lib/time/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.new"))("title") };
}

const SCOPES = ["ARTICLE", "CLAIMS", "CONFLICT", "WORKSPACE"] as const;

/** The scope chooser; article, claim and conflict pages link here with the scope filled in (?scope=…&articleId=…). */
export default async function NewReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "report.exportInternal");
  // the pickers offer the newest rows, as many as before the lists paged (a picker that searches would lift this)
  const [t, locale, articles, claims, open, resolved] = await Promise.all([
    getTranslations("reports"),
    getLocale(),
    findArticles(actor, { pageSize: 200 }).then((page) => page.items),
    findClaims(actor, { pageSize: 500 }).then((page) => page.items),
    findConflicts(actor, { status: "OPEN", pageSize: 200 }),
    findConflicts(actor, { status: "RESOLVED", pageSize: 200 }),
  ]);
  // each conflict's question in the viewer's language (the stored English for conflicts detected before questions had params)
  const wordQuestion = await questionWording();
  const conflicts = [...open.items, ...resolved.items].map((c) => ({ ...c, question: wordQuestion(c) }));
  const scope = SCOPES.find((s) => s === query.scope) ?? "ARTICLE";
  const initial: ScopeChoice = {
    scope,
    articleId: query.articleId ?? "",
    conflictId: query.conflictId ?? "",
    claimIds: (query.claimIds ?? "").split(",").filter(Boolean),
    fromDate: query.fromDate ?? firstOfMonth(),
    toDate: query.toDate ?? firstOfNextMonth(),
    title: defaultTitle(t, locale, scope, query, articles, conflicts),
  };
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/reports`}>{t("backToReports")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <NewReportForm
        slug={slug}
        initial={initial}
        articles={articles.map((a) => ({ id: a.id, label: a.title }))}
        claims={claims.map((c) => ({ id: c.id, label: c.statement }))}
        conflicts={conflicts.map((c) => ({ id: c.id, label: c.question }))}
      />
    </>
  );
}

/** A suggested title, in the language of the person creating the report (they may edit it before it is saved). */
function defaultTitle(
  t: Awaited<ReturnType<typeof getTranslations<"reports">>>,
  locale: string,
  scope: string,
  query: Record<string, string | undefined>,
  articles: { id: string; title: string }[],
  conflicts: { id: string; question: string }[],
): string {
  if (scope === "ARTICLE") {
    const article = articles.find((a) => a.id === query.articleId);
    return article ? t("new.defaultTitleArticle", { title: article.title }) : "";
  }
  if (scope === "CONFLICT") {
    const conflict = conflicts.find((c) => c.id === query.conflictId);
    return conflict ? t("new.defaultTitleConflict", { question: conflict.question }).slice(0, 200) : "";
  }
  // the default range is whole UTC months (firstOfMonth): the title names the same month
  if (scope === "WORKSPACE")
    return t("new.defaultTitleWorkspace", { month: formatTime(new Date(), UTC, "monthYear", locale) });
  return "";
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
function firstOfMonth(): string {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)));
}
function firstOfNextMonth(): string {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
}
