import { readDb } from "@/lib/db/replica";
import { authorizeReportRead, type ReportReader } from "@/lib/reports/content/report-access";
import { describeScopeSummary, summarizeScope, type ScopeNames } from "@/lib/reports/content/describe-scope";
import { parseQuestionParams } from "@/lib/conflicts/conflict-question";
import type { ReportRecord } from "@/lib/reports/scope";
import type { ReportMeta, ReportRatingScale } from "@/lib/exports/report-model";

/**
 * What every export of a report starts with: title, URL, scope, the
 * organisation, the rating scale, corrections. Same authorization as the
 * entries (authorizeReportRead). `url` is the report page: the public URL
 * for published output of a published report, the app's page otherwise.
 */
export async function buildReportMeta(
  reader: ReportReader,
  report: ReportRecord,
  options: { internal: boolean; url: string },
): Promise<ReportMeta> {
  authorizeReportRead(reader, report, options);
  const [workspace, levels, corrections, names] = await Promise.all([
    readDb.workspace.findUniqueOrThrow({
      where: { id: report.workspaceId },
      select: { organisationName: true, organisationUrl: true, slug: true },
    }),
    readDb.ratingLevel.findMany({
      where: { workspaceId: report.workspaceId, ordinal: { not: null } },
      orderBy: [{ ordinal: "asc" }, { position: "asc" }],
      select: { key: true, label: true, ordinal: true },
    }),
    readDb.reportCorrection.findMany({
      where: { workspaceId: report.workspaceId, reportId: report.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true, note: true, claimId: true },
    }),
    scopeNames(report, options.internal),
  ]);
  const scope = summarizeScope(report, names);
  return {
    title: report.title,
    url: options.url,
    internal: options.internal,
    scopeDescription: describeScopeSummary(scope),
    scope,
    organisation: { name: workspace.organisationName, url: workspace.organisationUrl },
    ratingScale: ratingScaleOf(levels),
    generatedAt: new Date(),
    publishedAt: report.publishedAt,
    corrections: corrections.map((c) => ({ date: c.createdAt, note: c.note, claimId: c.claimId })),
    // published output of a published report: each entry's claim has its public fact-check page (lib/publishing/public-claims-sql.ts)
    factCheckSlug: !options.internal && report.publishedAt ? workspace.slug : null,
  };
}

/** Pure: ClaimReview bounds from the ordinal levels (worst = 1, best = the highest ordinal). */
export function ratingScaleOf(levels: { key: string; label: string; ordinal: number | null }[]): ReportRatingScale {
  const ordinal = levels
    .filter((l): l is { key: string; label: string; ordinal: number } => l.ordinal !== null)
    .sort((a, b) => a.ordinal - b.ordinal);
  return { levels: ordinal, worstRating: 1, bestRating: ordinal.reduce((best, l) => Math.max(best, l.ordinal), 1) };
}

async function scopeNames(report: ReportRecord, internal: boolean): Promise<ScopeNames> {
  if (report.scope === "ARTICLE" && report.articleId) {
    const article = await readDb.article.findFirst({
      where: { id: report.articleId, workspaceId: report.workspaceId, deletedAt: null },
      select: { title: true },
    });
    return { articleTitle: article?.title ?? null };
  }
  if (report.scope === "CONFLICT" && report.conflictId) {
    const conflict = await readDb.conflict.findFirst({
      where: { id: report.conflictId, workspaceId: report.workspaceId },
      select: { question: true, questionParams: true, kind: true },
    });
    // A disagreement's question names unapproved ratings: published output says it neutrally (as questionFor does for viewers).
    if (conflict?.kind === "VERDICT_DISAGREEMENT" && !internal) return { ratingsWithheld: true };
    return {
      conflictQuestion: conflict?.question ?? null,
      conflictQuestionParams: parseQuestionParams(conflict?.questionParams),
    };
  }
  return {};
}
