import type { Tx } from "@/lib/db/client";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { factCheckUrl, publicOrigin } from "@/lib/public-urls/public-address";
import type { WebhookEventSubjects, WebhookEventType } from "@/lib/webhooks/events";

type Loader<T extends WebhookEventType> = (
  tx: Tx,
  workspace: { id: string; slug: string },
  subject: WebhookEventSubjects[T],
) => Promise<Record<string, unknown>>;

const appLink = (slug: string, path: string) => absoluteAppUrl(`/w/${encodeURIComponent(slug)}${path}`);
const reportLink = (token: string | null) => (token ? `${publicOrigin()}/r/${token}` : null);

/**
 * The `data` of each event type (documented in events.ts), read in the
 * transaction of the change, so it says what that change committed. Only the
 * essentials: a receiver that wants more asks the API with the ids.
 */
export const EVENT_DATA: { [T in WebhookEventType]: Loader<T> } = {
  "claim.created": async (tx, ws, { claimId }) => {
    const claim = await tx.claim.findFirstOrThrow({
      where: { id: claimId, workspaceId: ws.id },
      select: { id: true, statement: true, claimant: true, claimDate: true, createdAt: true },
    });
    return { claim, links: { app: appLink(ws.slug, `/claims/${claim.id}`) } };
  },
  "verdict.approved": async (tx, ws, { verdictId }) => {
    const verdict = await tx.verdict.findFirstOrThrow({
      where: { id: verdictId, workspaceId: ws.id },
      select: {
        id: true,
        claim: { select: { id: true, statement: true, shortStatement: true } },
        revisions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { number: true, summary: true, ratingLevelId: true },
        },
      },
    });
    const revision = verdict.revisions[0];
    const level = revision
      ? await tx.ratingLevel.findFirst({
          where: { id: revision.ratingLevelId, workspaceId: ws.id },
          select: { key: true, label: true },
        })
      : null;
    const { shortStatement: _short, ...claim } = verdict.claim;
    return {
      verdict: {
        id: verdict.id,
        rating: level,
        summary: revision?.summary ?? null,
        revision: revision?.number ?? null,
      },
      claim,
      links: { app: appLink(ws.slug, `/claims/${claim.id}`), factCheck: factCheckUrl(ws.slug, verdict.claim) },
    };
  },
  "report.published": async (tx, ws, { reportId }) => {
    const report = await tx.report.findFirstOrThrow({
      where: { id: reportId, workspaceId: ws.id },
      select: { id: true, title: true, scope: true, publishedAt: true, publicToken: true },
    });
    const { publicToken, ...fields } = report;
    return {
      report: fields,
      links: { app: appLink(ws.slug, `/reports/${report.id}`), public: reportLink(publicToken) },
    };
  },
  "correction.issued": async (tx, ws, { correctionId }) => {
    const correction = await tx.reportCorrection.findFirstOrThrow({
      where: { id: correctionId, workspaceId: ws.id },
      select: {
        id: true,
        note: true,
        createdAt: true,
        claimId: true,
        verdictId: true,
        report: { select: { id: true, title: true, publicToken: true } },
      },
    });
    const { report, ...fields } = correction;
    return {
      correction: fields,
      report: { id: report.id, title: report.title },
      links: { app: appLink(ws.slug, `/reports/${report.id}`), public: reportLink(report.publicToken) },
    };
  },
  "conflict.detected": async (tx, ws, { conflictId }) => {
    const conflict = await tx.conflict.findFirstOrThrow({
      where: { id: conflictId, workspaceId: ws.id },
      select: { id: true, kind: true, question: true, members: { select: { claimId: true } } },
    });
    const { members, ...fields } = conflict;
    return {
      conflict: { ...fields, claimIds: members.map((m) => m.claimId) },
      links: { app: appLink(ws.slug, `/conflicts/${conflict.id}`) },
    };
  },
  "article.imported": async (tx, ws, { articleId }) => {
    const article = await tx.article.findFirstOrThrow({
      where: { id: articleId, workspaceId: ws.id },
      select: { id: true, title: true, outlet: true, url: true, language: true },
    });
    return { article, links: { app: appLink(ws.slug, `/articles/${article.id}`) } };
  },
};
