/**
 * The streaming loaders against a real database: pages of any size give the
 * same entries in the same order (nothing lost or repeated at page
 * boundaries); published output shows the latest approved verdict only,
 * internal output the current one marked unapproved; appearances come oldest
 * article first; published output names no email address; annotation
 * offsets come in UTF-16 units and code points.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createReply } from "@/lib/annotations/create-reply";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { countReportEntries, loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { countExportAnnotations, loadExportAnnotations } from "@/lib/reports/content/load-export-annotations";
import { createReport } from "@/lib/reports/create-report";
import { getReport } from "@/lib/reports/get-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { annotate, articleReport, claimWithVerdict, collect } from "@/test/support/report-world";
import { createArticle, createUser, createWorkspaceWithMembers } from "@/prisma/factories";

const PHRASES = ["first figure 1", "second figure 2", "third figure 3", "fourth figure 4", "fifth figure 5"];
const TEXT = `Report 😀 opens.\n\n${PHRASES.map((p) => `Officials gave the ${p} today.`).join("\n\n")}`;
const LINKS = {
  report: "https://factdesk.example.test/r/x",
  article: (id: string) => `https://factdesk.example.test/a/${id}`,
};

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: TEXT,
    title: "Later article",
    publishedAt: new Date("2026-11-05T00:00:00Z"),
  });
  const states = ["APPROVED", "DRAFT", "APPROVED", "NONE", "SUBMITTED"] as const;
  const claims = [];
  for (const [i, phrase] of PHRASES.entries()) claims.push(await claimWithVerdict(ws, article, phrase, states[i]!));
  const report = await articleReport(ws, article);
  const record = (await getReport(ws.actors.EDITOR, report.id, { internal: true })).record;
  return { ws, article, claims, record };
}

describe("loadReportEntries", () => {
  it("pages of 2 give exactly what one page gives, in claim order, across page boundaries", async () => {
    const { ws, claims, record } = await world();
    for (const internal of [true, false]) {
      const whole = await collect(loadReportEntries(ws.actors.EDITOR, record, { internal }));
      for (const pageSize of [1, 2, 3])
        expect(await collect(loadReportEntries(ws.actors.EDITOR, record, { internal, pageSize }))).toEqual(whole);
      expect(await countReportEntries(ws.actors.EDITOR, record, { internal })).toBe(whole.length);
    }
    const internal = await collect(loadReportEntries(ws.actors.EDITOR, record, { internal: true, pageSize: 2 }));
    expect(internal.map((e) => [e.claim.id, e.verdict?.status ?? null, e.verdict?.approved ?? null])).toEqual([
      [claims[0]!.claim.id, "APPROVED", true],
      [claims[1]!.claim.id, "DRAFT", false],
      [claims[2]!.claim.id, "APPROVED", true],
      [claims[3]!.claim.id, null, null],
      [claims[4]!.claim.id, "SUBMITTED", false],
    ]);
    const published = await collect(
      loadReportEntries(ws.actors.VIEWER, { ...record, publishedAt: new Date() }, { internal: false, pageSize: 1 }),
    );
    expect(published.map((e) => e.claim.id)).toEqual([claims[0]!.claim.id, claims[2]!.claim.id]);
    // a cursor continues after a given claim
    expect(
      (await collect(loadReportEntries(ws.actors.EDITOR, record, { internal: true, after: claims[2]!.claim.id }))).map(
        (e) => e.claim.id,
      ),
    ).toEqual([claims[3]!.claim.id, claims[4]!.claim.id]);
  });

  it("shows the latest approved verdict with its dates and approver; appearances oldest article first; no emails in published output", async () => {
    const { ws, claims, record } = await world();
    const nameless = await createUser({ workspaceId: ws.workspace.id, role: "EDITOR", name: undefined });
    await db.user.update({ where: { id: nameless.id }, data: { name: null } });
    const target = claims[0]!;
    // a second, newer approved verdict by a member without a name
    const newer = await createVerdict(
      { ...ws.actors.EDITOR, userId: nameless.id },
      CreateVerdictInputSchema.parse({
        claimId: target.claim.id,
        ratingKey: "FALSE_CLAIM",
        summary: "A newer check says otherwise.",
      }),
    );
    await submitVerdict({ ...ws.actors.EDITOR, userId: nameless.id }, { verdictId: newer.id, lockVersion: 1 });
    await reviewVerdict(
      ws.actors.ADMIN,
      ReviewVerdictInputSchema.parse({
        verdictId: newer.id,
        lockVersion: 2,
        decision: "APPROVE",
        correctionNote: null,
      }),
    );
    // an older article states the same claim
    const earlier = await createArticle(ws.actors.EDITOR, {
      text: `Earlier: ${PHRASES[0]} here.`,
      title: "Earlier article",
      publishedAt: new Date("2026-11-01T00:00:00Z"),
    });
    await linkAppearance(ws.actors.EDITOR, {
      claimId: target.claim.id,
      annotationId: (await annotate(ws.actors.EDITOR, earlier, PHRASES[0]!)).id,
    });

    const [entry] = await collect(
      loadReportEntries(ws.actors.VIEWER, { ...record, publishedAt: new Date() }, { internal: false }),
    );
    expect(entry!.claim).toMatchObject({
      id: target.claim.id,
      anchor: `claim-${target.claim.id}`,
      claimant: "Officials",
      claimDate: new Date("2026-11-03T00:00:00Z"),
    });
    expect(entry!.verdict).toMatchObject({
      id: newer.id,
      approved: true,
      ratingKey: "FALSE_CLAIM",
      ratingLabel: "False",
      ratingOrdinal: 1,
      summary: "A newer check says otherwise.",
      authorName: "Staff",
      approvedByName: ws.users.ADMIN.name,
      evidence: [],
    });
    expect(entry!.verdict!.firstApprovedAt).toBeInstanceOf(Date);
    expect(entry!.appearances.map((a) => [a.articleTitle, a.quote])).toEqual([
      ["Earlier article", PHRASES[0]],
      ["Later article", PHRASES[0]],
    ]);
    expect(JSON.stringify(entry)).not.toContain("@factories.factdesk.test");
    // the internal preview may show the address of a member without a name
    const [internal] = await collect(loadReportEntries(ws.actors.EDITOR, record, { internal: true }));
    expect(internal!.verdict!.authorName).toBe(nameless.email);
  });

  it("a workspace range covers the claims with a verdict approved in it", async () => {
    const { ws, claims } = await world();
    const make = async (fromDate: string, toDate: string) => {
      const { id } = await createReport(
        ws.actors.EDITOR,
        CreateReportInputSchema.parse({ title: "Range", scope: "WORKSPACE", fromDate, toDate }),
      );
      return (await getReport(ws.actors.EDITOR, id, { internal: true })).record;
    };
    const now = await make("2000-01-01", "2100-01-01");
    const past = await make("2000-01-01", "2000-02-01");
    expect(
      (await collect(loadReportEntries(ws.actors.EDITOR, now, { internal: false }))).map((e) => e.claim.id),
    ).toEqual([claims[0]!.claim.id, claims[2]!.claim.id]);
    expect(await collect(loadReportEntries(ws.actors.EDITOR, past, { internal: false }))).toEqual([]);
  });
});

describe("loadExportAnnotations", () => {
  it("pages through the article's annotations in text order with code-point offsets after an emoji; replies and notes only internally", async () => {
    const { ws, article, claims, record } = await world();
    const note = await annotate(ws.actors.EDITOR, article, "opens", { body: "A *note*", tags: ["intro"] });
    await createReply(ws.actors.REVIEWER, { annotationId: note.id, body: "Agreed." });
    const whole = await collect(loadExportAnnotations(ws.actors.EDITOR, record, { internal: true, links: LINKS }));
    expect(
      await collect(loadExportAnnotations(ws.actors.EDITOR, record, { internal: true, links: LINKS, pageSize: 2 })),
    ).toEqual(whole);
    expect(await countExportAnnotations(ws.actors.EDITOR, record, { internal: true })).toBe(7); // 6 annotations and a reply
    expect(whole.map((a) => a.exact)).toEqual(["opens", ...PHRASES]);
    const first = whole[0]!;
    const utf16 = TEXT.indexOf("opens");
    expect([first.start, first.end, first.startCodePoint, first.endCodePoint]).toEqual([
      utf16,
      utf16 + 5,
      utf16 - 1,
      utf16 + 4,
    ]);
    expect(first).toMatchObject({
      kind: "NOTE",
      body: "A *note*",
      tags: ["intro"],
      creatorName: ws.users.EDITOR.name,
      articleUrl: expect.stringMatching(/^https:/),
      appUrl: `https://factdesk.example.test/a/${article.article.id}`,
    });
    expect(first.replies).toMatchObject([{ body: "Agreed.", creatorName: ws.users.REVIEWER.name }]);

    const published = await collect(
      loadExportAnnotations(
        ws.actors.VIEWER,
        { ...record, publishedAt: new Date() },
        { internal: false, links: LINKS, pageSize: 1 },
      ),
    );
    expect(published.map((a) => a.exact)).toEqual([PHRASES[0], PHRASES[2]]);
    expect(published[0]).toMatchObject({
      kind: "CLAIM",
      tags: [],
      replies: [],
      body: expect.stringContaining(`[Read the fact-check](${LINKS.report}#claim-${claims[0]!.claim.id})`),
    });
    expect(published[0]!.body).toMatch(/^\*\*Mostly accurate\*\*: Claim: first figure 1/);
  });
});
