import { readDb, withReplica } from "@/lib/db/replica";
import { NotFoundError } from "@/lib/errors";
import { toClaimReview, type ClaimReviewJsonLd } from "@/lib/exports/claim-review";
import { findMissingRequired } from "@/lib/exports/claim-review-validation";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { loadReportEntries } from "@/lib/reports/content/load-report-entries";
import type { PublicReportAccess } from "@/lib/reports/content/report-access";
import type { ReportRecord } from "@/lib/reports/scope";
import type { ReportAppearance, ReportMeta, ReportVerdict } from "@/lib/exports/report-model";
import { factCheckPath, factCheckUrl } from "@/lib/public-urls/public-address";
import { findPublicWorkspace, type PublicWorkspace } from "@/lib/publishing/find-public-fact-checks";
import { isClaimPublic } from "@/lib/publishing/public-claims-sql";
import { findSourceCopies, type SourceCopy } from "@/lib/publishing/source-copies";

export interface PublicFactCheckSource {
  url: string;
  title: string;
  quote: string | null;
  /** when the checker read it; null when not recorded */
  accessedAt: Date | null;
  /** the preserved copy, when one was fetched */
  copy: SourceCopy | null;
}

export interface PublicFactCheck {
  workspace: PublicWorkspace;
  /** the canonical path and absolute address (publicOrigin) */
  path: string;
  url: string;
  claim: {
    id: string;
    statement: string;
    shortStatement: string | null;
    claimant: string | null;
    claimDate: Date | null;
    firstAppearanceUrl: string | null;
    /** the language of the article the claim was first seen in, for the quote's `lang`/`dir` */
    language: string | null;
  };
  /** the articles it appeared in, oldest first */
  appearances: ReportAppearance[];
  verdict: Pick<
    ReportVerdict,
    "ratingKey" | "ratingLabel" | "ratingOrdinal" | "summary" | "firstApprovedAt" | "modifiedAt"
  >;
  /** the workspace's truth scale, worst first (the legend); levels outside it are listed in `otherLevels` */
  ratingScale: ReportMeta["ratingScale"];
  otherLevels: { key: string; label: string }[];
  sources: PublicFactCheckSource[];
  /** dated notes from the published reports that carried a change to this fact-check, oldest first */
  corrections: { date: Date; note: string }[];
  /** only when the workspace chose to name them (Workspace.showCheckerNames) */
  checkers: { author: string; reviewer: string | null } | null;
  /** exactly what the page embeds; null only if the checker finds it invalid (never for an approved verdict) */
  claimReview: ClaimReviewJsonLd | null;
}

/**
 * Signed out: a claim's public fact-check (lib/publishing/public-claims-sql.ts
 * says which claims have one), read on the replica when it may answer the
 * public. Unknown workspace, unknown claim and a claim that is not public are
 * NotFound alike, so the page says nothing about what exists unpublished.
 */
export async function loadPublicFactCheck(workspaceSlug: string, claimId: string): Promise<PublicFactCheck> {
  return withReplica({ kind: "public" }, async () => {
    // an unknown workspace answers like an unknown claim
    const workspace = await findPublicWorkspace(workspaceSlug).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("Claim") : error;
    });
    if (!(await isClaimPublic(workspace.id, claimId, readDb))) throw new NotFoundError("Claim");
    // The page is the published output of a one-claim report: the same loaders, the same
    // approved-only choice of verdict, sources and appearances as every published report.
    const record: ReportRecord = {
      id: `fact-check-${claimId}`,
      workspaceId: workspace.id,
      title: "",
      scope: "CLAIMS",
      articleId: null,
      claimIds: [claimId],
      conflictId: null,
      fromDate: null,
      toDate: null,
      publicToken: null,
      publishedAt: new Date(),
      createdAt: new Date(),
      createdById: "",
    };
    // SECURITY: granted only after isClaimPublic said yes, for this one claim
    const access: PublicReportAccess = { kind: "public", workspaceId: workspace.id, reportId: record.id };
    const [entries, meta, levels, corrections] = await Promise.all([
      collect(loadReportEntries(access, record, { internal: false, pageSize: 1 })),
      buildReportMeta(access, record, { internal: false, url: "" }),
      readDb.ratingLevel.findMany({
        where: { workspaceId: workspace.id, archived: false },
        orderBy: [{ position: "asc" }],
        select: { key: true, label: true, ordinal: true },
      }),
      correctionsOf(workspace.id, claimId),
    ]);
    const entry = entries[0];
    if (!entry?.verdict) throw new NotFoundError("Claim");
    const url = factCheckUrl(workspace.slug, entry.claim);
    const sources = await sourcesOf(workspace.id, entry.verdict.id);
    const doc = toClaimReview({ ...meta, url, factCheckSlug: workspace.slug, corrections: [] }, entry);
    const { verdict, claim } = entry;
    return {
      workspace,
      path: factCheckPath(workspace.slug, claim),
      url,
      claim: {
        id: claim.id,
        statement: claim.statement,
        shortStatement: claim.shortStatement ?? null,
        claimant: claim.claimant,
        claimDate: claim.claimDate,
        firstAppearanceUrl: claim.firstAppearanceUrl ?? null,
        language: entry.appearances.find((a) => a.articleLanguage)?.articleLanguage ?? null,
      },
      appearances: entry.appearances,
      verdict: {
        ratingKey: verdict.ratingKey,
        ratingLabel: verdict.ratingLabel,
        ratingOrdinal: verdict.ratingOrdinal,
        summary: verdict.summary,
        firstApprovedAt: verdict.firstApprovedAt,
        modifiedAt: verdict.modifiedAt,
      },
      ratingScale: meta.ratingScale,
      otherLevels: levels.filter((l) => l.ordinal === null).map(({ key, label }) => ({ key, label })),
      sources,
      corrections,
      checkers: workspace.showCheckerNames ? { author: verdict.authorName, reviewer: verdict.approvedByName } : null,
      claimReview: doc && findMissingRequired(doc).length === 0 ? doc : null,
    };
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The evidence of the verdict's current revision, primary first, each with its preserved copy. */
async function sourcesOf(workspaceId: string, verdictId: string): Promise<PublicFactCheckSource[]> {
  const revision = await readDb.verdictRevision.findFirst({
    where: { workspaceId, verdictId },
    orderBy: { number: "desc" },
    select: {
      evidence: {
        orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { url: true, title: true, quote: true, accessedAt: true },
      },
    },
  });
  const evidence = revision?.evidence ?? [];
  const copies = await findSourceCopies(
    workspaceId,
    evidence.map((e) => e.url),
  );
  return evidence.map((e) => ({ ...e, copy: copies.get(e.url) ?? null }));
}

/**
 * Corrections to this claim from published reports. A change recorded in
 * several reports (one row each) is one entry here: same note, same minute.
 */
async function correctionsOf(workspaceId: string, claimId: string): Promise<{ date: Date; note: string }[]> {
  const rows = await readDb.reportCorrection.findMany({
    where: { workspaceId, claimId, report: { publishedAt: { not: null } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { createdAt: true, note: true },
  });
  const seen = new Set<string>();
  return rows
    .filter((row) => {
      const key = `${row.createdAt.toISOString().slice(0, 16)} ${row.note}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((row) => ({ date: row.createdAt, note: row.note }));
}
