import { readDb } from "@/lib/db/replica";
import type { Prisma } from "@/lib/generated/prisma/client";
import { utf16ToCodePoints } from "@/lib/anchoring/offsets";
import { authorizeReportRead, isPublicAccess, type ReportReader } from "@/lib/reports/content/report-access";
import { annotationsInScope } from "@/lib/reports/content/annotations-in-scope";
import { claimsInScope } from "@/lib/reports/content/claims-in-scope";
import { claimAnchor, describeAppearanceDifference, REPORT_PAGE_SIZE } from "@/lib/reports/content/load-report-entries";
import type { ReportRecord } from "@/lib/reports/scope";
import type { ExportAnnotation } from "@/lib/exports/report-model";
import { agentIri } from "@/lib/exports/web-annotation-vocab";
import { publicOrigin } from "@/lib/public-urls/public-address";

export interface ExportAnnotationOptions {
  internal: boolean;
  /** the report page (claim anchors are appended) and the app page of an article (the target source when the article has no URL of its own) */
  links: { report: string; article: (articleId: string) => string };
  pageSize?: number;
}

/**
 * The annotations of a report for the W3C Web Annotation export, version by
 * version in text order, read page by page. Offsets are given in UTF-16 code
 * units (what Factdesk stores) and in code points of the annotation's version
 * text (what most consumers expect). Same authorization as every report read.
 *
 * Internal output carries the real notes, tags, creators and replies.
 * Published output carries, for each passage of a claim with an approved
 * verdict, the verdict as its body, the organisation as its creator, and no
 * tags or replies: notes and discussion stay in the newsroom.
 */
export async function* loadExportAnnotations(
  reader: ReportReader,
  report: ReportRecord,
  options: ExportAnnotationOptions,
): AsyncGenerator<ExportAnnotation> {
  authorizeReportRead(reader, report, options);
  const where = annotationsInScope(report, options);
  const pageSize = options.pageSize ?? REPORT_PAGE_SIZE;
  const published = publishedBodies(report, options);
  const hideEmails = isPublicAccess(reader) || !options.internal;
  const text = new VersionTexts();
  // creators' IRIs on the public address: the same person has one IRI in every export
  const origin = publicOrigin();
  let after: string | undefined;
  for (;;) {
    const rows = await readDb.annotation.findMany({
      where,
      orderBy: [{ versionId: "asc" }, { start: "asc" }, { id: "asc" }],
      take: pageSize,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      select: ANNOTATION_SELECT,
    });
    if (rows.length === 0) return;
    const names = options.internal ? await personNames(rows, hideEmails) : new Map<string, string>();
    const bodies = options.internal ? null : await published.forPage(rows.map((r) => r.id));
    for (const row of rows) {
      const versionText = await text.of(row.versionId);
      if (versionText.slice(row.start, row.end) !== row.exact) continue; // not placed on its text: no position to export
      const base = toExportAnnotation(row, versionText, options.links);
      if (options.internal) {
        yield {
          ...base,
          creatorName: names.get(row.authorId) ?? "Unknown",
          creatorIri: agentIri(origin, { userId: row.authorId }),
          replies: row.replies.map((r) => ({
            id: r.id,
            body: r.body,
            creatorName: names.get(r.authorId) ?? "Unknown",
            creatorIri: agentIri(origin, { userId: r.authorId }),
            created: r.createdAt,
            modified: r.updatedAt,
          })),
        };
      } else {
        const body = bodies!.get(row.id);
        const organisation = {
          creatorName: body?.organisation ?? "",
          creatorIri: agentIri(origin, { workspaceId: report.workspaceId }),
          creatorType: "Organization" as const,
        };
        if (body)
          yield {
            ...base,
            kind: "CLAIM",
            body: body.text,
            tags: [],
            ...organisation,
            created: body.created,
            modified: body.modified,
            replies: [],
          };
      }
    }
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * How many items the export's AnnotationPage will hold at most (for progress
 * bars): the annotations, plus their replies in internal output.
 */
export async function countExportAnnotations(
  reader: ReportReader,
  report: ReportRecord,
  options: { internal: boolean },
): Promise<number> {
  authorizeReportRead(reader, report, options);
  const where = annotationsInScope(report, options);
  const [annotations, replies] = await Promise.all([
    readDb.annotation.count({ where }),
    options.internal
      ? readDb.reply.count({ where: { workspaceId: report.workspaceId, deletedAt: null, annotation: where } })
      : 0,
  ]);
  return annotations + replies;
}

const ANNOTATION_SELECT = {
  id: true,
  articleId: true,
  versionId: true,
  kind: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  body: true,
  tags: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  version: { select: { article: { select: { title: true, url: true } } } },
  replies: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, authorId: true, createdAt: true, updatedAt: true },
  },
} as const satisfies Prisma.AnnotationSelect;

type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof ANNOTATION_SELECT }>;

function toExportAnnotation(
  row: AnnotationRow,
  text: string,
  links: ExportAnnotationOptions["links"],
): Omit<ExportAnnotation, "creatorName" | "creatorIri" | "replies"> {
  const startCodePoint = utf16ToCodePoints(text, row.start);
  return {
    id: row.id,
    articleId: row.articleId,
    articleTitle: row.version.article.title,
    articleUrl: row.version.article.url,
    appUrl: links.article(row.articleId),
    kind: row.kind,
    start: row.start,
    end: row.end,
    startCodePoint,
    // counted over the quote only: linear in the text once per annotation, not per offset
    endCodePoint: startCodePoint + utf16ToCodePoints(row.exact, row.exact.length),
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    body: row.body,
    tags: row.tags,
    created: row.createdAt,
    modified: row.updatedAt,
  };
}

/** One version's text at a time: rows come ordered by version, so each text is read once and only one is held. */
class VersionTexts {
  private id: string | null = null;
  private text = "";
  async of(versionId: string): Promise<string> {
    if (versionId !== this.id) {
      this.text = (
        await readDb.articleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { text: true } })
      ).text;
      this.id = versionId;
    }
    return this.text;
  }
}

async function personNames(rows: AnnotationRow[], hideEmails: boolean): Promise<Map<string, string>> {
  const ids = new Set(rows.flatMap((r) => [r.authorId, ...r.replies.map((x) => x.authorId)]));
  const users = await readDb.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name ?? (hideEmails ? "Staff" : u.email)]));
}

interface PublishedBody {
  text: string;
  organisation: string;
  created: Date;
  modified: Date;
}

/** For published output: each passage's body, made of the approved verdicts of the claims it states, with links to the report. */
function publishedBodies(report: ReportRecord, options: ExportAnnotationOptions) {
  let organisation: string | undefined;
  return {
    async forPage(annotationIds: string[]): Promise<Map<string, PublishedBody>> {
      organisation ??= (
        await readDb.workspace.findUniqueOrThrow({
          where: { id: report.workspaceId },
          select: { organisationName: true },
        })
      ).organisationName;
      const appearances = await readDb.claimAppearance.findMany({
        where: {
          workspaceId: report.workspaceId,
          annotationId: { in: annotationIds },
          claim: claimsInScope(report, { internal: false }),
        },
        orderBy: [{ claim: { createdAt: "asc" } }, { claimId: "asc" }],
        select: {
          annotationId: true,
          differences: true,
          differenceNote: true,
          change: true,
          claim: {
            select: {
              id: true,
              statement: true,
              verdicts: {
                where: { status: "APPROVED" },
                orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
                take: 1,
                select: {
                  updatedAt: true,
                  revisions: { orderBy: { number: "desc" }, take: 1, select: { summary: true, ratingLevelId: true } },
                  reviews: {
                    where: { decision: "APPROVE" },
                    orderBy: { createdAt: "asc" },
                    take: 1,
                    select: { createdAt: true },
                  },
                },
              },
            },
          },
        },
      });
      const levelIds = appearances.flatMap((a) => a.claim.verdicts.map((v) => v.revisions[0]!.ratingLevelId));
      const levels = new Map(
        (
          await readDb.ratingLevel.findMany({
            where: { workspaceId: report.workspaceId, id: { in: levelIds } },
            select: { id: true, label: true },
          })
        ).map((l) => [l.id, l.label]),
      );
      const bodies = new Map<string, PublishedBody>();
      for (const { annotationId, claim, ...stored } of appearances) {
        const verdict = claim.verdicts[0];
        if (!verdict) continue;
        const revision = verdict.revisions[0]!;
        // a passage linked although it differs from the claim says so, as in every other format
        const difference = describeAppearanceDifference(stored);
        const differs = difference ? `\n\n**This passage differs from the claim:** ${difference}` : "";
        const text = `**${levels.get(revision.ratingLevelId) ?? "Rated"}**: ${claim.statement}${differs}\n\n${revision.summary}\n\n[Read the fact-check](${options.links.report}#${claimAnchor(claim.id)})`;
        const created = verdict.reviews[0]?.createdAt ?? verdict.updatedAt;
        const previous = bodies.get(annotationId);
        bodies.set(
          annotationId,
          previous
            ? {
                text: `${previous.text}\n\n---\n\n${text}`,
                organisation: organisation!,
                created: previous.created < created ? previous.created : created,
                modified: previous.modified > verdict.updatedAt ? previous.modified : verdict.updatedAt,
              }
            : { text, organisation: organisation!, created, modified: verdict.updatedAt },
        );
      }
      return bodies;
    },
  };
}
