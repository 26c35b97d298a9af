/**
 * The public fact-check page's data: only claims a published report covers
 * with an approved verdict, with sources, corrections, names when the
 * workspace chose so, and a ClaimReview the project's checker passes.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { validateClaimReview } from "@/lib/exports/claim-review";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { ReviewVerdictInputSchema, ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { loadPublicFactCheck } from "@/lib/publishing/load-public-fact-check";
import { findPublicFactChecks } from "@/lib/publishing/find-public-fact-checks";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT =
  "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.\n\nThe river rose by two metres.";

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: TEXT,
    url: "https://news.example.test/depot",
    outlet: "Daily Test",
  });
  const approved = await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
  const second = await claimWithVerdict(ws, article, "two metres", "APPROVED", { ratingKey: "UNVERIFIABLE" });
  const submitted = await claimWithVerdict(ws, article, "40 million euros", "SUBMITTED");
  const report = await articleReport(ws, article);
  return { ws, article, approved, second, submitted, report };
}

describe("public fact-check pages", () => {
  it("exist only while a published report covers the claim with an approved verdict; unknown and unpublished are NotFound alike", async () => {
    const { ws, approved, submitted, report } = await world();
    const slug = ws.workspace.slug;
    await expect(loadPublicFactCheck(slug, approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    await publishReport(ws.actors.REVIEWER, report.id);
    const page = await loadPublicFactCheck(slug, approved.claim.id);
    expect(page.claim).toMatchObject({
      id: approved.claim.id,
      claimant: "Officials",
      statement: "Claim: at least 12 people were killed",
    });
    expect(page.url).toBe(
      `https://factdesk.test/fact-checks/${slug}/claim-at-least-12-people-were-killed-${approved.claim.id}`,
    );
    expect(page.verdict.ratingLabel).toBe("Mostly accurate");
    expect(page.appearances.map((a) => [a.articleUrl, a.outlet])).toEqual([
      ["https://news.example.test/depot", "Daily Test"],
    ]);
    expect(page.ratingScale.levels.map((l) => l.key)).toContain("MOSTLY_ACCURATE");
    expect(page.otherLevels.map((l) => l.key)).toEqual(expect.arrayContaining(["UNVERIFIABLE"]));
    await expect(loadPublicFactCheck(slug, submitted.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadPublicFactCheck(slug, "c000000000000000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadPublicFactCheck("no-such-workspace", approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    const other = await createWorkspaceWithMembers();
    await expect(loadPublicFactCheck(other.workspace.slug, approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    await unpublishReport(ws.actors.REVIEWER, report.id);
    await expect(loadPublicFactCheck(slug, approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("embeds a ClaimReview the checker passes with 0 errors, url = the page, claimReviewed = the short form", async () => {
    const { ws, approved, report } = await world();
    await publishReport(ws.actors.REVIEWER, report.id);
    await db.claim.update({
      where: { id: approved.claim.id },
      data: { shortStatement: "At least 12 killed", firstAppearanceUrl: "https://social.example.test/post/1" },
    });
    const page = await loadPublicFactCheck(ws.workspace.slug, approved.claim.id);
    const doc = page.claimReview!;
    expect(validateClaimReview(doc)).toMatchObject({ valid: true, missingRequired: [] });
    expect(doc).toMatchObject({
      "@type": "ClaimReview",
      url: page.url,
      claimReviewed: "At least 12 killed",
      reviewRating: { alternateName: "Mostly accurate", ratingValue: 4, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { name: "Officials" },
        datePublished: "2026-11-03",
        firstAppearance: { url: "https://social.example.test/post/1" },
        appearance: [{ url: "https://news.example.test/depot" }],
      },
    });
    expect(page.url).toContain("/at-least-12-killed-");
  });

  it("lists every source with its access date and stored copy; names the checkers only when the workspace chose to", async () => {
    const { ws, approved, report } = await world();
    await publishReport(ws.actors.REVIEWER, report.id);
    // adding the evidence queued its preservation (lib/sources): this is the fetch having succeeded
    const fetched = {
      fetchedAt: new Date("2026-11-04T10:00:00Z"),
      httpStatus: 200,
      contentHash: "ab".repeat(32),
      text: "…",
    };
    const snapshot = await db.sourceSnapshot.upsert({
      where: { workspaceId_url: { workspaceId: ws.workspace.id, url: "https://police.example.test/report" } },
      create: { workspaceId: ws.workspace.id, url: "https://police.example.test/report", ...fetched },
      update: fetched,
    });
    await db.sourceSnapshot.create({
      data: { workspaceId: ws.workspace.id, url: "https://unfetched.example.test/", attempts: 2 },
    });
    let page = await loadPublicFactCheck(ws.workspace.slug, approved.claim.id);
    expect(page.sources).toEqual([
      expect.objectContaining({
        url: "https://police.example.test/report",
        title: "Police report",
        copy: expect.objectContaining({ id: snapshot.id, httpStatus: 200 }),
      }),
    ]);
    expect(page.checkers).toBeNull();
    await db.workspace.update({ where: { id: ws.workspace.id }, data: { showCheckerNames: true } });
    page = await loadPublicFactCheck(ws.workspace.slug, approved.claim.id);
    const names = await db.user.findMany({
      where: { id: { in: [ws.actors.EDITOR.userId, ws.actors.REVIEWER.userId] } },
      select: { id: true, name: true },
    });
    const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? "Staff";
    expect(page.checkers).toEqual({
      author: nameOf(ws.actors.EDITOR.userId),
      reviewer: nameOf(ws.actors.REVIEWER.userId),
    });
  });

  it("shows the dated corrections log of the claim from published reports; while the revision waits for review the page is down", async () => {
    const { ws, approved, report } = await world();
    await publishReport(ws.actors.REVIEWER, report.id);
    const { lockVersion } = await reviseVerdict(
      ws.actors.EDITOR,
      ReviseVerdictInputSchema.parse({
        verdictId: approved.verdict!.id,
        lockVersion: approved.verdict!.lockVersion,
        ratingKey: "FALSE_CLAIM",
        summary: "Nine died.",
        evidence: [],
        correctionNote: "The coroner counts nine.",
      }),
    );
    await expect(loadPublicFactCheck(ws.workspace.slug, approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    await submitVerdict(ws.actors.EDITOR, { verdictId: approved.verdict!.id, lockVersion });
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: approved.verdict!.id,
        lockVersion: lockVersion + 1,
        decision: "APPROVE",
        correctionNote: "Approved the corrected toll.",
      }),
    );
    const page = await loadPublicFactCheck(ws.workspace.slug, approved.claim.id);
    expect(page.corrections.map((c) => c.note)).toEqual(["The coroner counts nine.", "Approved the corrected toll."]);
    expect(page.corrections.every((c) => c.date instanceof Date)).toBe(true);
    expect(page.verdict).toMatchObject({ ratingLabel: "False", summary: "Nine died." });
  });

  it("lists the workspace's public fact-checks newest first, a page at a time", async () => {
    const { ws, approved, second, report } = await world();
    await publishReport(ws.actors.REVIEWER, report.id);
    const first = await findPublicFactChecks(ws.workspace.slug, { limit: 1 });
    expect(first.items.map((i) => i.claimId)).toEqual([second.claim.id]);
    expect(first.items[0]).toMatchObject({
      rating: { label: "Unverifiable", value: null, best: 5, worst: 1 },
      claimant: "Officials",
    });
    expect(first.nextCursor).not.toBeNull();
    const next = await findPublicFactChecks(ws.workspace.slug, { limit: 1, cursor: first.nextCursor! });
    expect(next.items.map((i) => i.claimId)).toEqual([approved.claim.id]);
    expect(next.items[0]!.url).toMatch(/^https:\/\/factdesk\.test\/fact-checks\//);
    expect(next.nextCursor).toBeNull();
    await expect(findPublicFactChecks(ws.workspace.slug, { limit: 1, cursor: "bogus" })).rejects.toMatchObject({
      name: "InvalidInputError",
    });
    await expect(findPublicFactChecks("no-such-workspace", { limit: 10 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
