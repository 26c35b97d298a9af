/**
 * Fact-check integrity against a real database: a claim cannot hide a
 * misquote or a changed figure, detection runs by itself, and the published
 * record never changes without a dated correction.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { createClaim } from "@/lib/claims/create-claim";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { unlinkAppearance } from "@/lib/claims/unlink-appearance";
import { updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaim } from "@/lib/claims/get-claim";
import { createClaimRelation } from "@/lib/claims/relations/create-claim-relation";
import { CreateClaimInputSchema, UpdateClaimInputSchema } from "@/lib/claims/schemas";
import { CreateClaimRelationInputSchema } from "@/lib/claims/relations/schemas";
import { recordRelatedClaim, RecordRelatedClaimInputSchema } from "@/lib/claims/record-related-claim";
import { addSuggestedAppearance } from "@/lib/claims/add-suggested-appearance";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { deleteArticle } from "@/lib/articles/delete-article";
import { restoreArticle } from "@/lib/articles/restore-article";
import { findDeletedArticles } from "@/lib/articles/find-deleted-articles";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { findReviewQueue } from "@/lib/verdicts/find-review-queue";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { publishReport } from "@/lib/reports/publish-report";
import { createReport } from "@/lib/reports/create-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { findPendingCorrections } from "@/lib/reports/find-pending-corrections";
import { resolvePendingCorrections } from "@/lib/reports/resolve-pending-corrections";
import { updateRatingScale } from "@/lib/workspaces/update-rating-scale";
import { getRatingScale } from "@/lib/workspaces/get-rating-scale";
import { annotate, approvedVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers, type TestArticle, type TestWorkspace } from "@/prisma/factories";

// Test articles written for these tests: one outlet's quote, a "translation" that changes it, a later toll.
const KYIV_DAILY = [
  "Drone strike on Kharkiv",
  "At least 12 people were killed in a drone strike on Kharkiv, officials said.",
  "“We will not give up a single village to the invaders,” Zelensky said on Monday.",
  "Russia launched about 70 missiles and 150 drones overnight.",
].join("\n\n");
const TRANSLATED = [
  "Zelensky vows to hold the line",
  "“We will surrender no village to the occupiers,” Zelensky said.",
  "The toll from the strike on Kharkiv rose: 19 people were killed, officials said.",
].join("\n\n");
const PUBLISHED = new Date("2026-11-30T08:00:00Z");

async function world() {
  const ws = await createWorkspaceWithMembers();
  const daily = await createArticle(ws.actors.EDITOR, {
    text: KYIV_DAILY,
    publishedAt: PUBLISHED,
    title: "Kyiv Daily",
  });
  const translated = await createArticle(ws.actors.EDITOR, {
    text: TRANSLATED,
    publishedAt: PUBLISHED,
    title: "Translated wire",
  });
  return { ws, daily, translated };
}

/** A claim made from a passage with only a statement typed: the rest comes from the passage. */
async function claimFrom(ws: TestWorkspace, article: TestArticle, phrase: string, statement = phrase) {
  const annotation = await annotate(ws.actors.EDITOR, article, phrase);
  const claim = await createClaim(
    ws.actors.EDITOR,
    CreateClaimInputSchema.parse({ annotationId: annotation.id, statement }),
  );
  return { annotation, claim };
}

/** Approved: the editor's ACCURATE verdict, reviewed by the reviewer. */
const approveToll = (ws: TestWorkspace, claimId: string) =>
  approvedVerdict(ws, claimId, { ratingKey: "ACCURATE", summary: "Officials confirmed the toll.", evidence: [] });

async function publishedClaimsReport(ws: TestWorkspace, claimIds: string[]) {
  const report = await createReport(
    ws.actors.EDITOR,
    CreateReportInputSchema.parse({ title: "Strike fact-check", scope: "CLAIMS", claimIds }),
  );
  await publishReport(ws.actors.REVIEWER, report.id);
  return report;
}

const QUOTE = "“We will not give up a single village to the invaders,” Zelensky said on Monday.";
const ALTERED = "“We will surrender no village to the occupiers,” Zelensky said.";

describe("creating a claim fills what the passage states", () => {
  it("a figure: metric, value, qualifier and the article's date as the event date", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(ws, daily, "At least 12 people were killed in a drone strike on Kharkiv");
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ metric: "killed", qualifier: "AT_LEAST" });
    expect(row.valueLow?.toNumber()).toBe(12);
    expect(row.eventDate?.toISOString().slice(0, 10)).toBe("2026-11-30");
    const appearance = await db.claimAppearance.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(appearance.extraction).toMatchObject({
      figures: [expect.objectContaining({ valueLow: 12, qualifier: "AT_LEAST", metric: "killed" })],
    });
  });

  it("a quote: the speaker becomes the claimant; typed fields win", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(ws, daily, QUOTE);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimant).toMatch(/Zelensky/);
    const annotation = await annotate(ws.actors.EDITOR, daily, "about 70 missiles");
    const typed = await createClaim(
      ws.actors.EDITOR,
      CreateClaimInputSchema.parse({
        annotationId: annotation.id,
        statement: "Russia launched 70 missiles",
        metric: "missiles",
        valueLow: "70",
        qualifier: "EXACT",
      }),
    );
    expect(await db.claim.findUniqueOrThrow({ where: { id: typed.id } })).toMatchObject({
      qualifier: "EXACT",
      metric: "missiles",
    });
  });
});

describe("linking a passage that differs from the claim", () => {
  it("an altered quote is refused without a note and writes nothing; with a note it is linked and flagged", async () => {
    const { ws, daily, translated } = await world();
    const { claim } = await claimFrom(ws, daily, QUOTE);
    const altered = await annotate(ws.actors.EDITOR, translated, ALTERED);

    const refusal = await linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: altered.id }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as InvalidInputError).fieldErrors.differenceNote?.[0]).toMatch(/altered quote/i);
    expect(await db.claimAppearance.count({ where: { claimId: claim.id } })).toBe(1);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: altered.id } })).kind).toBe("NOTE");

    await linkAppearance(ws.actors.EDITOR, {
      claimId: claim.id,
      annotationId: altered.id,
      differenceNote: "Same speech, translated by the wire.",
    });
    const dto = await getClaim(ws.actors.EDITOR, claim.id);
    const linked = dto.appearances.find((a) => a.annotationId === altered.id)!;
    expect(linked.differences.map((d) => d.kind)).toEqual(["ALTERED_QUOTE"]);
    expect(linked.warning).toMatchObject({ kind: "differs" });
    expect(linked.differenceNote).toBe("Same speech, translated by the wire.");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: {
        entityId: claim.id,
        action: "claim.appearance_linked",
        after: { path: ["annotationId"], equals: altered.id },
      },
    });
    expect(audit.after).toMatchObject({ differenceNote: "Same speech, translated by the wire." });
  });

  it("the reviewer sees the warning in the queue and must acknowledge it to approve", async () => {
    const { ws, daily, translated } = await world();
    const { claim } = await claimFrom(ws, daily, QUOTE);
    const altered = await annotate(ws.actors.EDITOR, translated, ALTERED);
    await linkAppearance(ws.actors.EDITOR, {
      claimId: claim.id,
      annotationId: altered.id,
      differenceNote: "Translated.",
    });
    const verdict = await createVerdict(
      ws.actors.EDITOR,
      CreateVerdictInputSchema.parse({
        claimId: claim.id,
        ratingKey: "ACCURATE",
        summary: "The speech was recorded.",
        evidence: [],
      }),
    );
    await submitVerdict(ws.actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });

    const item = (await findReviewQueue(ws.actors.REVIEWER)).items.find((i) => i.claim.id === claim.id)!;
    expect(item.warnings.map((w) => w.kind)).toEqual(["differs"]);

    const approve = (acknowledgeWarnings: boolean) =>
      reviewVerdict(
        ws.actors.REVIEWER,
        ReviewVerdictInputSchema.parse({
          verdictId: verdict.id,
          lockVersion: 2,
          decision: "APPROVE",
          acknowledgeWarnings,
        }),
      );
    const refusal = await approve(false).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as InvalidInputError).fieldErrors.acknowledgeWarnings).toHaveLength(1);
    expect((await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status).toBe("SUBMITTED");

    await approve(true);
    expect((await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status).toBe("APPROVED");
    const review = await db.review.findFirstOrThrow({ where: { verdictId: verdict.id } });
    expect(review.acknowledged).toEqual([expect.objectContaining({ kind: "differs" })]);
    expect((await getClaim(ws.actors.EDITOR, claim.id)).appearances.every((a) => a.warning === null)).toBe(true);
  });

  it("a passage that states the same thing links silently", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(ws, daily, QUOTE);
    const other = await createArticle(ws.actors.EDITOR, {
      text: `Zelensky spoke. ${QUOTE.replace("Monday", "Tuesday")}`,
    });
    const same = await annotate(ws.actors.EDITOR, other, "“We will not give up a single village to the invaders,”");
    const { differences } = await linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: same.id });
    expect(differences).toEqual([]);
  });

  it("another figure for the same metric needs a note", async () => {
    const { ws, daily, translated } = await world();
    const { claim } = await claimFrom(
      ws,
      daily,
      "Russia launched about 70 missiles",
      "Russia launched about 70 missiles overnight",
    );
    const other = await createArticle(ws.actors.EDITOR, {
      text: "Russia launched 11 missiles overnight, the air force said.",
    });
    const passage = await annotate(ws.actors.EDITOR, other, "Russia launched 11 missiles overnight");
    await expect(linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: passage.id })).rejects.toThrow(
      /other figure/i,
    );
    void translated;
  });
});

describe("typed relations", () => {
  it("records a misquote, shows it on both claims, and refuses a claim of another workspace", async () => {
    const { ws, daily, translated } = await world();
    const { claim: original } = await claimFrom(ws, daily, QUOTE);
    const { claim: misquote } = await claimFrom(ws, translated, ALTERED);
    await createClaimRelation(
      ws.actors.EDITOR,
      CreateClaimRelationInputSchema.parse({
        fromClaimId: misquote.id,
        toClaimId: original.id,
        kind: "MISQUOTES",
        note: "The wire changed the words.",
      }),
    );
    expect((await getClaim(ws.actors.VIEWER, original.id)).relations).toEqual([
      expect.objectContaining({
        kind: "MISQUOTES",
        direction: "incoming",
        other: expect.objectContaining({ id: misquote.id }),
      }),
    ]);
    expect((await getClaim(ws.actors.VIEWER, misquote.id)).relations).toEqual([
      expect.objectContaining({ kind: "MISQUOTES", direction: "outgoing" }),
    ]);

    const other = await createWorkspaceWithMembers();
    const foreign = await claimFrom(other, await createArticle(other.actors.EDITOR, { text: KYIV_DAILY }), QUOTE);
    const before = await db.claimRelation.count();
    await expect(
      createClaimRelation(
        ws.actors.EDITOR,
        CreateClaimRelationInputSchema.parse({
          fromClaimId: misquote.id,
          toClaimId: foreign.claim.id,
          kind: "CONTRADICTS",
        }),
      ),
    ).rejects.toThrow(NotFoundError);
    await expect(
      createClaimRelation(
        other.actors.EDITOR,
        CreateClaimRelationInputSchema.parse({
          fromClaimId: foreign.claim.id,
          toClaimId: original.id,
          kind: "CONTRADICTS",
        }),
      ),
    ).rejects.toThrow(NotFoundError);
    expect(await db.claimRelation.count()).toBe(before);
  });

  it("a claim made from a differing passage can be recorded as a relation in one step", async () => {
    const { ws, daily, translated } = await world();
    const { claim: original } = await claimFrom(ws, daily, QUOTE);
    const altered = await annotate(ws.actors.EDITOR, translated, ALTERED);
    const misquote = await createClaim(
      ws.actors.EDITOR,
      CreateClaimInputSchema.parse({
        annotationId: altered.id,
        statement: ALTERED,
        relation: { kind: "MISQUOTES", toClaimId: original.id },
      }),
    );
    expect(
      await db.claimRelation.findFirst({
        where: { fromClaimId: misquote.id, toClaimId: original.id, kind: "MISQUOTES" },
      }),
    ).not.toBeNull();
  });
});

describe("recording a differing sentence as a related claim", () => {
  const spanOf = (article: TestArticle, phrase: string) => {
    const start = article.version.text.indexOf(phrase);
    return {
      articleId: article.article.id,
      versionId: article.version.id,
      start,
      end: start + phrase.length,
      exact: phrase,
    };
  };

  it("annotates, makes the claim and relates it in one step", async () => {
    const { ws, daily, translated } = await world();
    const { claim: original } = await claimFrom(ws, daily, QUOTE);
    const { id } = await recordRelatedClaim(
      ws.actors.EDITOR,
      RecordRelatedClaimInputSchema.parse({
        claimId: original.id,
        span: spanOf(translated, ALTERED),
        relation: { kind: "MISQUOTES" },
      }),
    );
    const made = await db.claim.findUniqueOrThrow({
      where: { id },
      select: { claimant: true, relationsFrom: { select: { kind: true, toClaimId: true } } },
    });
    expect(made.claimant).toMatch(/Zelensky/);
    expect(made.relationsFrom).toEqual([{ kind: "MISQUOTES", toClaimId: original.id }]);
  });

  it("adding a differing suggested sentence without a note writes nothing; with one it is linked and flagged", async () => {
    const { ws, daily, translated } = await world();
    const { claim } = await claimFrom(ws, daily, QUOTE);
    const audits = await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } });
    const input = { claimId: claim.id, ...spanOf(translated, ALTERED) };
    await expect(addSuggestedAppearance(ws.actors.EDITOR, input)).rejects.toThrow(InvalidInputError);
    expect(
      await db.annotation.count({ where: { workspaceId: ws.workspace.id, articleId: translated.article.id } }),
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } })).toBe(audits);
    await addSuggestedAppearance(ws.actors.EDITOR, { ...input, differenceNote: "Same speech, translated." });
    expect((await getClaim(ws.actors.EDITOR, claim.id)).appearances.map((a) => a.warning?.kind ?? null)).toEqual([
      null,
      "differs",
    ]);
  });

  it("a relation to another workspace's claim writes nothing at all", async () => {
    const { ws, translated } = await world();
    const other = await createWorkspaceWithMembers();
    const foreign = await claimFrom(other, await createArticle(other.actors.EDITOR, { text: KYIV_DAILY }), QUOTE);
    const audits = await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } });
    await expect(
      recordRelatedClaim(
        ws.actors.EDITOR,
        RecordRelatedClaimInputSchema.parse({
          claimId: foreign.claim.id,
          span: spanOf(translated, ALTERED),
          relation: { kind: "MISQUOTES" },
        }),
      ),
    ).rejects.toThrow(NotFoundError);
    expect(await db.annotation.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } })).toBe(audits);
  });
});

describe("detection runs by itself", () => {
  it("two tolls for the same strike conflict as soon as the second claim exists; an update supersedes instead", async () => {
    const { ws, daily, translated } = await world();
    const { claim: morning } = await claimFrom(
      ws,
      daily,
      "At least 12 people were killed in a drone strike on Kharkiv",
    );
    const { claim: evening } = await claimFrom(ws, translated, "19 people were killed");
    const conflicts = () =>
      db.conflict.findMany({
        where: { workspaceId: ws.workspace.id, kind: "FIGURE_MISMATCH", status: "OPEN" },
        select: { members: { select: { claimId: true } } },
      });
    // "at least 12" and "19" can both hold, so make the morning claim exact to get a real disagreement
    await updateClaim(
      ws.actors.EDITOR,
      UpdateClaimInputSchema.parse({
        claimId: morning.id,
        statement: "12 people were killed in a drone strike on Kharkiv",
        metric: "killed",
        valueLow: "12",
        qualifier: "EXACT",
        eventDate: "2026-11-30",
        eventPlace: "Kharkiv",
      }),
    );
    const open = await conflicts();
    expect(open.map((c) => c.members.map((m) => m.claimId).sort())).toEqual([[morning.id, evening.id].sort()]);

    await createClaimRelation(
      ws.actors.EDITOR,
      CreateClaimRelationInputSchema.parse({ fromClaimId: evening.id, toClaimId: morning.id, kind: "UPDATES" }),
    );
    expect(await conflicts()).toEqual([]);
  });

  it("quotes of one speaker with changed words conflict without pressing a button", async () => {
    const { ws, daily, translated } = await world();
    const { claim: a } = await claimFrom(ws, daily, QUOTE);
    const { claim: b } = await claimFrom(ws, translated, ALTERED);
    const conflict = await db.conflict.findFirst({
      where: { workspaceId: ws.workspace.id, kind: "QUOTE_MISMATCH" },
      select: { members: { select: { claimId: true } } },
    });
    expect(conflict?.members.map((m) => m.claimId).sort()).toEqual([a.id, b.id].sort());
  });
});

describe("a new article version changes a figure", () => {
  it("flags the appearance, the review queue and the published report, which then needs a correction", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(
      ws,
      daily,
      "Russia launched about 70 missiles and 150 drones overnight",
      "Russia launched about 70 missiles and 150 drones",
    );
    await approveToll(ws, claim.id);
    const report = await publishedClaimsReport(ws, [claim.id]);
    const verdict = await createVerdict(
      ws.actors.EDITOR,
      CreateVerdictInputSchema.parse({
        claimId: claim.id,
        ratingKey: "ACCURATE",
        summary: "Second look at the figures.",
        evidence: [],
      }),
    );
    await submitVerdict(ws.actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });

    const result = await importArticleVersion(
      ws.actors.EDITOR,
      daily.article.id,
      KYIV_DAILY.replace("150 drones", "190 drones"),
    );
    expect(result.claims).toEqual({ changed: 1, reportsFlagged: 1 });

    const appearance = (await getClaim(ws.actors.EDITOR, claim.id)).appearances[0]!;
    expect(appearance.warning).toMatchObject({ kind: "changed" });
    expect(appearance.change?.summary).toMatch(/150.*190/);
    expect(
      (await findReviewQueue(ws.actors.REVIEWER)).items
        .find((i) => i.claim.id === claim.id)
        ?.warnings.map((w) => w.kind),
    ).toEqual(["changed"]);
    const pending = await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id });
    expect(pending.items).toEqual([
      expect.objectContaining({ claimId: claim.id, reason: expect.stringMatching(/190/) }),
    ]);

    await expect(
      resolvePendingCorrections(ws.actors.EDITOR, { reportId: report.id, note: "The drone count was revised to 190." }),
    ).rejects.toThrow(/not allowed|role/i);
    await resolvePendingCorrections(ws.actors.REVIEWER, {
      reportId: report.id,
      note: "The drone count was revised to 190.",
    });
    expect((await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id })).total).toBe(0);
    expect(
      await db.reportCorrection.findMany({ where: { reportId: report.id }, select: { note: true, claimId: true } }),
    ).toContainEqual({ note: "The drone count was revised to 190.", claimId: claim.id });
  });

  it("a version that only rewords around the figures changes nothing", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(ws, daily, "At least 12 people were killed in a drone strike on Kharkiv");
    const result = await importArticleVersion(
      ws.actors.EDITOR,
      daily.article.id,
      KYIV_DAILY.replace("officials said", "city officials said"),
    );
    expect(result.claims.changed).toBe(0);
    expect((await getClaim(ws.actors.EDITOR, claim.id)).appearances[0]!.warning).toBeNull();
  });
});

describe("the published record never changes silently", () => {
  async function publishedWorld() {
    const { ws, daily, translated } = await world();
    const { claim, annotation } = await claimFrom(
      ws,
      daily,
      "At least 12 people were killed in a drone strike on Kharkiv",
    );
    await approveToll(ws, claim.id);
    const report = await publishedClaimsReport(ws, [claim.id]);
    return { ws, daily, translated, claim, annotation, report };
  }
  const corrections = (reportId: string) => db.reportCorrection.count({ where: { reportId } });

  it.each([
    [
      "deleting the passage",
      (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) =>
        deleteAnnotation(w.ws.actors.ADMIN, { annotationId: w.annotation.id, correctionNote: note }),
    ],
    [
      "deleting the claim",
      (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) =>
        deleteClaim(w.ws.actors.EDITOR, { claimId: w.claim.id, correctionNote: note }),
    ],
    [
      "deleting the article",
      (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) =>
        deleteArticle(w.ws.actors.ADMIN, w.daily.article.id, note),
    ],
    [
      "unlinking the appearance",
      (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) =>
        unlinkAppearance(w.ws.actors.EDITOR, {
          claimId: w.claim.id,
          annotationId: w.annotation.id,
          correctionNote: note,
        }),
    ],
    [
      "editing the statement",
      (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) =>
        updateClaim(
          w.ws.actors.EDITOR,
          UpdateClaimInputSchema.parse({
            claimId: w.claim.id,
            statement: "At least 12 people died in Kharkiv",
            metric: "killed",
            valueLow: "12",
            qualifier: "AT_LEAST",
            correctionNote: note,
          }),
        ),
    ],
    [
      "naming the claimant",
      (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) =>
        updateClaim(
          w.ws.actors.EDITOR,
          UpdateClaimInputSchema.parse({
            claimId: w.claim.id,
            statement: "At least 12 people were killed in a drone strike on Kharkiv",
            claimant: "Kharkiv regional administration",
            correctionNote: note,
          }),
        ),
    ],
    [
      "relabelling the rating",
      async (w: Awaited<ReturnType<typeof publishedWorld>>, note?: string) => {
        const scale = await getRatingScale(w.ws.actors.ADMIN);
        const levels = scale.map((l) => ({
          key: l.key,
          label: l.key === "ACCURATE" ? "Correct" : l.label,
          ordinal: l.ordinal,
          archived: l.archived,
        }));
        await updateRatingScale(w.ws.actors.ADMIN, { levels, correctionNote: note });
      },
    ],
  ])("%s is refused without a note (nothing changes) and becomes a dated correction with one", async (_, change) => {
    const w = await publishedWorld();
    const audits = await db.auditEvent.count({ where: { workspaceId: w.ws.workspace.id } });
    const refusal = await change(w).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as InvalidInputError).fieldErrors.correctionNote).toBeDefined();
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.workspace.id } })).toBe(audits);
    expect(await corrections(w.report.id)).toBe(0);
    expect((await getClaim(w.ws.actors.EDITOR, w.claim.id)).appearances).toHaveLength(1);

    await change(w, "Corrected on review of the source.");
    const [correction] = await db.reportCorrection.findMany({ where: { reportId: w.report.id } });
    expect(correction).toMatchObject({ note: "Corrected on review of the source.", claimId: w.claim.id });
  });

  it("unlinking without a published report needs no note, and the passage turns back into a note", async () => {
    const { ws, daily } = await world();
    const { claim, annotation } = await claimFrom(
      ws,
      daily,
      "At least 12 people were killed in a drone strike on Kharkiv",
    );
    await unlinkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: annotation.id });
    expect(await db.claimAppearance.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).kind).toBe("NOTE");
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: "claim.appearance_unlinked" } })).toBe(1);
    await expect(
      unlinkAppearance(ws.actors.VIEWER, { claimId: claim.id, annotationId: annotation.id }),
    ).rejects.toThrow(/role|allowed/i);
  });

  it("an admin sees and restores a deleted article", async () => {
    const { ws, translated } = await world();
    await deleteArticle(ws.actors.ADMIN, translated.article.id);
    expect((await findDeletedArticles(ws.actors.ADMIN)).map((a) => a.id)).toEqual([translated.article.id]);
    await expect(findDeletedArticles(ws.actors.EDITOR)).rejects.toThrow();
    await restoreArticle(ws.actors.ADMIN, translated.article.id);
    expect(await findDeletedArticles(ws.actors.ADMIN)).toEqual([]);
    expect((await db.article.findUniqueOrThrow({ where: { id: translated.article.id } })).deletedAt).toBeNull();
  });
});

describe("an import is checked against claims already checked", () => {
  it("counts repeats and figures that disagree", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(ws, daily, "At least 12 people were killed in a drone strike on Kharkiv");
    await updateClaim(
      ws.actors.EDITOR,
      UpdateClaimInputSchema.parse({
        claimId: claim.id,
        statement: "12 people were killed in a drone strike on Kharkiv",
        metric: "killed",
        valueLow: "12",
        qualifier: "EXACT",
        eventDate: "2026-11-30",
        eventPlace: "Kharkiv",
      }),
    );
    await approveToll(ws, claim.id);
    const repeat = await createArticle(ws.actors.EDITOR, {
      text: "Officials said 12 people were killed in the drone strike on Kharkiv.",
    });
    const disagree = await createArticle(ws.actors.EDITOR, {
      text: "Officials said 31 people were killed in the drone strike on Kharkiv.",
    });
    expect((await findImportFindings(ws.actors.EDITOR, repeat.article.id)).repeats.map((r) => r.claimId)).toEqual([
      claim.id,
    ]);
    const findings = await findImportFindings(ws.actors.EDITOR, disagree.article.id);
    expect(findings.repeats).toEqual([]);
    expect(findings.disagreements).toEqual([
      expect.objectContaining({ claimId: claim.id, passageFigure: expect.stringContaining("31") }),
    ]);
  });

  it("counts a claim only once its verdict is approved", async () => {
    const { ws, daily } = await world();
    const { claim } = await claimFrom(ws, daily, "At least 12 people were killed in a drone strike on Kharkiv");
    const verdict = await createVerdict(
      ws.actors.EDITOR,
      CreateVerdictInputSchema.parse({ claimId: claim.id, ratingKey: "ACCURATE", summary: "Confirmed.", evidence: [] }),
    );
    await submitVerdict(ws.actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });
    const repeat = await createArticle(ws.actors.EDITOR, {
      text: "Officials said at least 12 people were killed in the drone strike on Kharkiv.",
    });
    // the submitted claim is not checked yet: nothing is compared
    expect(await findImportFindings(ws.actors.EDITOR, repeat.article.id)).toEqual({
      repeats: [],
      disagreements: [],
      compared: 0,
      capped: false,
    });
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({ verdictId: verdict.id, lockVersion: 2, decision: "APPROVE" }),
    );
    expect((await findImportFindings(ws.actors.EDITOR, repeat.article.id)).repeats.map((r) => r.claimId)).toEqual([
      claim.id,
    ]);
  });
});
