/**
 * Saved reports against a real database: scopes are validated and must name
 * the workspace's own things; viewers see published reports only; publishing
 * makes an unguessable public token, unpublishing answers 404 on it, and
 * republishing brings the same link back. Every change is audited.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createReport } from "@/lib/reports/create-report";
import { findReports } from "@/lib/reports/find-reports";
import { getReport } from "@/lib/reports/get-report";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { openPublicReport } from "@/lib/reports/open-public-report";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { articleReport, claimWithVerdict, collect } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT, title: "Storm article" });
  return { ws, article };
}

describe("createReport", () => {
  it("validates the scope: a date range must end after it starts; claims need at least one id", () => {
    expect(
      CreateReportInputSchema.safeParse({
        title: "Nov",
        scope: "WORKSPACE",
        fromDate: "2026-11-30",
        toDate: "2026-11-01",
      }).error?.issues[0],
    ).toMatchObject({ path: ["toDate"] });
    expect(
      CreateReportInputSchema.safeParse({
        title: "Nov",
        scope: "WORKSPACE",
        fromDate: "2026-11-01",
        toDate: "2026-11-01",
      }).success,
    ).toBe(false);
    expect(
      CreateReportInputSchema.safeParse({
        title: "Nov",
        scope: "WORKSPACE",
        fromDate: "2026-02-30",
        toDate: "2026-03-01",
      }).success,
    ).toBe(false);
    expect(CreateReportInputSchema.safeParse({ title: "Set", scope: "CLAIMS", claimIds: " , " }).success).toBe(false);
    expect(CreateReportInputSchema.parse({ title: "Set", scope: "CLAIMS", claimIds: "a, b a" })).toMatchObject({
      claimIds: ["a", "b"],
    });
  });

  it("saves every kind of scope and audits it", async () => {
    const { ws, article } = await world();
    const { claim } = await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
    const conflict = await db.conflict.create({
      data: {
        workspaceId: ws.workspace.id,
        kind: "FIGURE_MISMATCH",
        question: "12 or 19?",
        fingerprint: `fp-${claim.id}`,
        members: { create: { workspaceId: ws.workspace.id, claimId: claim.id } },
      },
    });
    const inputs = [
      { title: "Article", scope: "ARTICLE", articleId: article.article.id },
      { title: "Claims", scope: "CLAIMS", claimIds: [claim.id] },
      { title: "Conflict", scope: "CONFLICT", conflictId: conflict.id },
      { title: "November", scope: "WORKSPACE", fromDate: "2026-11-01", toDate: "2026-12-01" },
    ];
    for (const input of inputs) {
      const { id } = await createReport(ws.actors.EDITOR, CreateReportInputSchema.parse(input));
      const report = await getReport(ws.actors.EDITOR, id, { internal: true });
      expect(report.record).toMatchObject({
        title: input.title,
        scope: input.scope,
        publishedAt: null,
        publicToken: null,
      });
      expect(await db.auditEvent.count({ where: { entityId: id, action: "report.created" } })).toBe(1);
    }
    const november = (await findReports(ws.actors.EDITOR)).items.find((r) => r.title === "November")!;
    const record = (await getReport(ws.actors.EDITOR, november.id, { internal: true })).record;
    expect([record.fromDate?.toISOString(), record.toDate?.toISOString()]).toEqual([
      "2026-11-01T00:00:00.000Z",
      "2026-12-01T00:00:00.000Z",
    ]);
    const meta = await buildReportMeta(ws.actors.EDITOR, record, {
      internal: true,
      url: "https://factdesk.example.test/r",
    });
    expect(meta.scopeDescription).toBe("Workspace: verdicts approved 1 Nov 2026 – 30 Nov 2026");
    expect(meta.scope).toEqual({ kind: "WORKSPACE", from: record.fromDate, to: record.toDate });
    // a conflict stored before questions had params: its English question, for every language
    const onConflict = (await findReports(ws.actors.EDITOR)).items.find((r) => r.title === "Conflict")!;
    const conflictMeta = await buildReportMeta(
      ws.actors.EDITOR,
      (await getReport(ws.actors.EDITOR, onConflict.id, { internal: true })).record,
      { internal: true, url: "https://factdesk.example.test/r" },
    );
    expect(conflictMeta.scope).toEqual({
      kind: "CONFLICT",
      question: "12 or 19?",
      questionParams: null,
      ratingsWithheld: false,
    });
    expect(conflictMeta.scopeDescription).toBe("Conflict: 12 or 19?");
    expect(meta.ratingScale).toMatchObject({ worstRating: 1, bestRating: 5 });
    expect(meta.ratingScale.levels.map((l) => l.key)).toEqual([
      "FALSE_CLAIM",
      "MOSTLY_INACCURATE",
      "MIXED",
      "MOSTLY_ACCURATE",
      "ACCURATE",
    ]);
  });
});

describe("reading reports", () => {
  it("viewers list and read published reports only (403 on an unpublished one); editors see all", async () => {
    const { ws, article } = await world();
    const draft = await articleReport(ws, article, "Draft report");
    const published = await articleReport(ws, article, "Published report");
    await publishReport(ws.actors.REVIEWER, published.id);
    expect((await findReports(ws.actors.VIEWER)).items.map((r) => r.title)).toEqual(["Published report"]);
    expect((await findReports(ws.actors.EDITOR)).items.map((r) => r.title).sort()).toEqual([
      "Draft report",
      "Published report",
    ]);
    await expect(getReport(ws.actors.VIEWER, draft.id, { internal: false })).rejects.toThrow(ForbiddenError);
    await expect(getReport(ws.actors.VIEWER, published.id, { internal: true })).rejects.toThrow(ForbiddenError);
    expect((await getReport(ws.actors.VIEWER, published.id, { internal: false })).publicToken).toMatch(
      /^[A-Za-z0-9_-]{43}$/,
    );
    const other = await createWorkspaceWithMembers();
    await expect(getReport(other.actors.ADMIN, published.id, { internal: false })).rejects.toThrow(NotFoundError);
  });
});

describe("publishing", () => {
  it("publish → public token works signed out → unpublish answers 404 → republish restores the same link; audited", async () => {
    const { ws, article } = await world();
    await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
    await claimWithVerdict(ws, article, "40 million euros", "DRAFT");
    const report = await articleReport(ws, article);

    const { publicToken } = await publishReport(ws.actors.REVIEWER, report.id);
    expect(publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits in base64url
    expect(await publishReport(ws.actors.REVIEWER, report.id)).toEqual({ publicToken }); // idempotent
    const open = await openPublicReport(publicToken);
    const entries = await collect(loadReportEntries(open.access, open.record, { internal: false }));
    expect(entries.map((e) => [e.claim.statement, e.verdict?.approved])).toEqual([
      ["Claim: at least 12 people were killed", true],
    ]);
    // the public access reads only the published output of its own report
    await expect(collect(loadReportEntries(open.access, open.record, { internal: true }))).rejects.toThrow(
      NotFoundError,
    );
    const other = await articleReport(ws, article, "Another report");
    const otherRecord = (await getReport(ws.actors.EDITOR, other.id, { internal: true })).record;
    await expect(collect(loadReportEntries(open.access, otherRecord, { internal: false }))).rejects.toThrow(
      NotFoundError,
    );

    await unpublishReport(ws.actors.REVIEWER, report.id);
    await expect(openPublicReport(publicToken)).rejects.toThrow(NotFoundError);
    await expect(
      collect(loadReportEntries(open.access, { ...open.record, publishedAt: null }, { internal: false })),
    ).rejects.toThrow(NotFoundError);
    expect((await getReport(ws.actors.EDITOR, report.id, { internal: true })).publicToken).toBeNull();

    expect(await publishReport(ws.actors.ADMIN, report.id)).toEqual({ publicToken });
    expect((await openPublicReport(publicToken)).record.id).toBe(report.id);
    const actions = await db.auditEvent.findMany({
      where: { entityId: report.id },
      orderBy: { seq: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "report.created",
      "report.published",
      "report.unpublished",
      "report.republished",
    ]);
  });

  it("a malformed or unknown token is 404, like an unpublished one", async () => {
    await expect(openPublicReport("short")).rejects.toThrow(NotFoundError);
    await expect(openPublicReport("A".repeat(43))).rejects.toThrow(NotFoundError);
  });
});
