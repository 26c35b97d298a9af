/**
 * Verdict lifecycle against a real database: drafts, reviews with the
 * four-eyes rule, revisions that are never lost, optimistic locking, and two
 * reviewers deciding at the same moment.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError, InvalidTransitionError } from "@/lib/errors";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { submitVerdict, withdrawVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema, ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { claimPhrase } from "@/test/support/claim-phrase";
import type { Actor } from "@/lib/policy/actor";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";
const PHRASE = "at least 12 people were killed";

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const { claim } = await claimPhrase(ws.actors.EDITOR, article, PHRASE, {
    statement: "At least 12 people were killed",
  });
  return { ws, claim };
}

const evidence = (label: string, isPrimary = false) => ({
  url: `https://source.example.test/${label}-${uniqueSuffix()}`,
  title: `Source ${label}`,
  isPrimary,
});
const content = (ratingKey: string, summary: string, items = [evidence("police")]) => ({
  ratingKey,
  summary,
  evidence: items,
});

const draft = (
  author: Actor,
  claimId: string,
  c = content("MOSTLY_ACCURATE", "The police report confirms twelve deaths."),
) => createVerdict(author, CreateVerdictInputSchema.parse({ claimId, ...c }));
const revise = (author: Actor, verdictId: string, lockVersion: number, c: ReturnType<typeof content>) =>
  reviseVerdict(author, ReviseVerdictInputSchema.parse({ verdictId, lockVersion, ...c }));
const review = (
  reviewer: Actor,
  verdictId: string,
  lockVersion: number,
  decision: "APPROVE" | "REJECT" | "REQUEST_CHANGES",
  reason?: string,
) => reviewVerdict(reviewer, ReviewVerdictInputSchema.parse({ verdictId, lockVersion, decision, reason }));

/** A verdict drafted and submitted by `author`: SUBMITTED at lockVersion 2. */
async function submitted(author: Actor, claimId: string) {
  const { id } = await draft(author, claimId);
  expect(await submitVerdict(author, { verdictId: id, lockVersion: 1 })).toEqual({ lockVersion: 2 });
  return id;
}

const stateOf = (id: string) =>
  db.verdict.findUniqueOrThrow({ where: { id }, select: { status: true, lockVersion: true } });
const auditActions = async (id: string) =>
  (await db.auditEvent.findMany({ where: { entityId: id }, select: { action: true } })).map((a) => a.action).sort();
// ordered by decision, not createdAt: two reviews can share a millisecond
const reviewsOf = (verdictId: string) => db.review.findMany({ where: { verdictId }, orderBy: { decision: "asc" } });

describe("lifecycle", () => {
  it("draft → submit → changes requested (reason required) → revise → submit → approve", async () => {
    const { ws, claim } = await setup();
    const { EDITOR: author, REVIEWER: reviewer } = ws.actors;
    const { id } = await draft(author, claim.id);
    expect(await stateOf(id)).toEqual({ status: "DRAFT", lockVersion: 1 });

    await submitVerdict(author, { verdictId: id, lockVersion: 1 });
    await expect(review(reviewer, id, 2, "REQUEST_CHANGES")).rejects.toThrow(InvalidTransitionError);
    await expect(review(reviewer, id, 2, "REQUEST_CHANGES", "   ")).rejects.toThrow(InvalidTransitionError);
    expect(await stateOf(id)).toEqual({ status: "SUBMITTED", lockVersion: 2 });
    expect(await reviewsOf(id)).toHaveLength(0);

    expect(await review(reviewer, id, 2, "REQUEST_CHANGES", "Cite the coroner, not only the police.")).toEqual({
      lockVersion: 3,
    });
    expect(await stateOf(id)).toEqual({ status: "CHANGES_REQUESTED", lockVersion: 3 });
    expect(
      await revise(
        author,
        id,
        3,
        content("ACCURATE", "Police and coroner both confirm twelve deaths.", [evidence("coroner", true)]),
      ),
    ).toEqual({ revision: 2, lockVersion: 4 });
    expect(await stateOf(id)).toEqual({ status: "DRAFT", lockVersion: 4 });
    await submitVerdict(author, { verdictId: id, lockVersion: 4 });
    expect(await review(reviewer, id, 5, "APPROVE")).toEqual({ lockVersion: 6 });
    expect(await stateOf(id)).toEqual({ status: "APPROVED", lockVersion: 6 });

    const revisions = await db.verdictRevision.findMany({
      where: { verdictId: id },
      orderBy: { number: "asc" },
      select: { id: true, number: true },
    });
    const reviews = await reviewsOf(id);
    expect(reviews.map((r) => [r.decision, r.reason, r.revisionId, r.reviewerId])).toEqual([
      ["APPROVE", null, revisions[1]!.id, reviewer.userId],
      ["REQUEST_CHANGES", "Cite the coroner, not only the police.", revisions[0]!.id, reviewer.userId],
    ]);
    expect(await auditActions(id)).toEqual([
      "verdict.created",
      "verdict.reviewed",
      "verdict.reviewed",
      "verdict.revised",
      "verdict.submitted",
      "verdict.submitted",
    ]);
  });

  it("reject needs a reason; a rejected verdict can be resubmitted and approved", async () => {
    const { ws, claim } = await setup();
    const id = await submitted(ws.actors.EDITOR, claim.id);
    await expect(review(ws.actors.ADMIN, id, 2, "REJECT")).rejects.toThrow(InvalidTransitionError);
    expect(await stateOf(id)).toEqual({ status: "SUBMITTED", lockVersion: 2 });

    await review(ws.actors.ADMIN, id, 2, "REJECT", "The toll was revised to nine.");
    expect(await stateOf(id)).toEqual({ status: "REJECTED", lockVersion: 3 });
    await submitVerdict(ws.actors.EDITOR, { verdictId: id, lockVersion: 3 });
    await review(ws.actors.REVIEWER, id, 4, "APPROVE");
    expect(await stateOf(id)).toEqual({ status: "APPROVED", lockVersion: 5 });
    expect((await reviewsOf(id)).map((r) => [r.decision, r.reason, r.reviewerId])).toEqual([
      ["APPROVE", null, ws.actors.REVIEWER.userId],
      ["REJECT", "The toll was revised to nine.", ws.actors.ADMIN.userId],
    ]);
  });

  it("the author withdraws a submitted verdict; a submitted verdict cannot be revised (withdraw first)", async () => {
    const { ws, claim } = await setup();
    const id = await submitted(ws.actors.EDITOR, claim.id);
    await expect(revise(ws.actors.EDITOR, id, 2, content("FALSE_CLAIM", "Changed my mind entirely."))).rejects.toThrow(
      InvalidTransitionError,
    );
    expect(await withdrawVerdict(ws.actors.EDITOR, { verdictId: id, lockVersion: 2 })).toEqual({ lockVersion: 3 });
    expect(await stateOf(id)).toEqual({ status: "DRAFT", lockVersion: 3 });
    expect(await db.verdictRevision.count({ where: { verdictId: id } })).toBe(1);
  });

  it("editing an APPROVED verdict adds revision N+1 in DRAFT and keeps every revision with its evidence", async () => {
    const { ws, claim } = await setup();
    const first = [evidence("police", true), evidence("hospital")];
    const { id } = await draft(
      ws.actors.EDITOR,
      claim.id,
      content("MOSTLY_ACCURATE", "The police report confirms twelve deaths.", first),
    );
    await submitVerdict(ws.actors.EDITOR, { verdictId: id, lockVersion: 1 });
    await review(ws.actors.REVIEWER, id, 2, "APPROVE");
    const second = [evidence("coroner", true)];

    expect(
      await revise(
        ws.actors.EDITOR,
        id,
        3,
        content("MISLEADING", "The coroner counts nine; three deaths were unrelated.", second),
      ),
    ).toEqual({ revision: 2, lockVersion: 4 });
    expect(await stateOf(id)).toEqual({ status: "DRAFT", lockVersion: 4 });

    const revisions = await db.verdictRevision.findMany({
      where: { verdictId: id },
      orderBy: { number: "asc" },
      select: {
        number: true,
        summary: true,
        authorId: true,
        workspaceId: true,
        ratingLevelId: true,
        evidence: { select: { url: true, isPrimary: true, workspaceId: true } },
      },
    });
    const keyOf = async (ratingLevelId: string) =>
      (await db.ratingLevel.findUniqueOrThrow({ where: { id: ratingLevelId } })).key;
    expect(revisions.map((r) => [r.number, r.summary])).toEqual([
      [1, "The police report confirms twelve deaths."],
      [2, "The coroner counts nine; three deaths were unrelated."],
    ]);
    expect([await keyOf(revisions[0]!.ratingLevelId), await keyOf(revisions[1]!.ratingLevelId)]).toEqual([
      "MOSTLY_ACCURATE",
      "MISLEADING",
    ]);
    const urls = (items: { url: string; isPrimary: boolean }[]) => items.map((e) => [e.url, e.isPrimary]).sort();
    expect(urls(revisions[0]!.evidence)).toEqual(urls(first));
    expect(urls(revisions[1]!.evidence)).toEqual(urls(second));
    expect(
      revisions
        .flatMap((r) => [r.workspaceId, ...r.evidence.map((e) => e.workspaceId)])
        .every((w) => w === ws.workspace.id),
    ).toBe(true);
    // the approval stays attached to the revision it approved
    expect((await reviewsOf(id)).map((r) => r.decision)).toEqual(["APPROVE"]);
  });
});

describe("four-eyes and roles", () => {
  it("nobody reviews their own verdict, not even an admin; another reviewer can", async () => {
    const { ws, claim } = await setup();
    for (const author of [ws.actors.REVIEWER, ws.actors.ADMIN]) {
      const id = await submitted(author, claim.id);
      await expect(review(author, id, 2, "APPROVE")).rejects.toThrow(ForbiddenError);
      await expect(review(author, id, 2, "REJECT", "Second thoughts.")).rejects.toThrow(ForbiddenError);
      expect(await stateOf(id)).toEqual({ status: "SUBMITTED", lockVersion: 2 });
      expect(await reviewsOf(id)).toHaveLength(0);
      const other = author === ws.actors.ADMIN ? ws.actors.REVIEWER : ws.actors.ADMIN;
      await review(other, id, 2, "APPROVE");
      expect((await stateOf(id)).status).toBe("APPROVED");
    }
  });

  it("an editor cannot review", async () => {
    const { ws, claim } = await setup();
    const id = await submitted(ws.actors.REVIEWER, claim.id);
    await expect(review(ws.actors.EDITOR, id, 2, "APPROVE")).rejects.toThrow(ForbiddenError);
    expect(await stateOf(id)).toEqual({ status: "SUBMITTED", lockVersion: 2 });
    expect(await reviewsOf(id)).toHaveLength(0);
  });
});

describe("optimistic locking", () => {
  it("a stale lockVersion is a ConflictError and writes nothing", async () => {
    const { ws, claim } = await setup();
    const id = await submitted(ws.actors.EDITOR, claim.id);
    const before = await workspaceFingerprint(ws.workspace.id);
    const stale = [
      () => review(ws.actors.REVIEWER, id, 1, "APPROVE"),
      () => review(ws.actors.REVIEWER, id, 3, "REJECT", "Too late."),
      () => withdrawVerdict(ws.actors.EDITOR, { verdictId: id, lockVersion: 1 }),
    ];
    for (const attempt of stale) await expect(attempt()).rejects.toThrow(ConflictError);
    expect(await workspaceFingerprint(ws.workspace.id)).toEqual(before);

    await withdrawVerdict(ws.actors.EDITOR, { verdictId: id, lockVersion: 2 });
    const afterWithdraw = await workspaceFingerprint(ws.workspace.id);
    await expect(
      revise(ws.actors.EDITOR, id, 2, content("FALSE_CLAIM", "Written against an old copy.")),
    ).rejects.toThrow(ConflictError);
    await expect(submitVerdict(ws.actors.EDITOR, { verdictId: id, lockVersion: 2 })).rejects.toThrow(ConflictError);
    expect(await workspaceFingerprint(ws.workspace.id)).toEqual(afterWithdraw);
  });

  it("two reviewers deciding at the same moment: exactly one wins, the other gets ConflictError (10 rounds)", async () => {
    const { ws, claim } = await setup();
    for (let round = 0; round < 10; round++) {
      const id = await submitted(ws.actors.EDITOR, claim.id);
      const contenders = [
        { decision: "APPROVE", status: "APPROVED", run: () => review(ws.actors.REVIEWER, id, 2, "APPROVE") },
        {
          decision: "REJECT",
          status: "REJECTED",
          run: () => review(ws.actors.ADMIN, id, 2, "REJECT", "The toll was revised."),
        },
      ];
      // alternate who fires first, so both sides get to win and to lose
      if (round % 2 === 1) contenders.reverse();
      const results = await Promise.allSettled(contenders.map((c) => c.run()));

      const won = results.findIndex((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(
        results.filter((r) => r.status === "fulfilled"),
        `round ${round}`,
      ).toHaveLength(1);
      expect(lost[0]?.reason, `round ${round}`).toBeInstanceOf(ConflictError);
      const reviews = await reviewsOf(id);
      expect(
        reviews.map((r) => r.decision),
        `round ${round}`,
      ).toEqual([contenders[won]!.decision]);
      expect(await db.auditEvent.count({ where: { entityId: id, action: "verdict.reviewed" } }), `round ${round}`).toBe(
        1,
      );
      expect(await stateOf(id), `round ${round}`).toEqual({ status: contenders[won]!.status, lockVersion: 3 });
    }
  });
});

describe("rating scale", () => {
  it("a rating key outside the workspace's scale is InvalidInputError and writes nothing", async () => {
    const { ws, claim } = await setup();
    const other = await createWorkspaceWithMembers();
    const otherScale = await db.ratingScale.findUniqueOrThrow({ where: { workspaceId: other.workspace.id } });
    const foreignKey = `ONLY_ELSEWHERE_${uniqueSuffix().toUpperCase()}`;
    await db.ratingLevel.create({
      data: {
        workspaceId: other.workspace.id,
        scaleId: otherScale.id,
        key: foreignKey,
        label: "Elsewhere",
        position: 99,
      },
    });
    await db.ratingLevel.updateMany({
      where: { workspaceId: ws.workspace.id, key: "MIXED" },
      data: { archived: true },
    });
    const { id } = await draft(ws.actors.EDITOR, claim.id);
    const before = await workspaceFingerprint(ws.workspace.id);

    for (const key of ["PANTS_ON_FIRE", "accurate", foreignKey, "MIXED"]) {
      const created = await draft(ws.actors.EDITOR, claim.id, content(key, "A summary long enough.")).catch(
        (e: unknown) => e,
      );
      expect(created, key).toBeInstanceOf(InvalidInputError);
      expect((created as InvalidInputError).fieldErrors, key).toHaveProperty("ratingKey");
      // revise moves the status before it writes the revision: the refusal must roll that back too
      await expect(revise(ws.actors.EDITOR, id, 1, content(key, "A summary long enough.")), key).rejects.toThrow(
        InvalidInputError,
      );
    }
    expect(await workspaceFingerprint(ws.workspace.id)).toEqual(before);
    expect(await stateOf(id)).toEqual({ status: "DRAFT", lockVersion: 1 });
  });
});
