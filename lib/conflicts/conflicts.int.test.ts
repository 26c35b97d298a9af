/**
 * Conflicts against a real database: detection of disagreeing figures, altered
 * quotes and editors who disagree; idempotent re-runs; stale conflicts closed;
 * resolution through the normal verdict rules (four-eyes); reopening.
 */
import { describe, expect, it } from "vitest";
import { englishQuestion, parseQuestionParams } from "./conflict-question";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { updateClaim } from "@/lib/claims/update-claim";
import { UpdateClaimInputSchema } from "@/lib/claims/schemas";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createArticle, createUser, createWorkspaceWithMembers } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";
import { claimPhrase, type ClaimFields } from "@/test/support/claim-phrase";
import { detectConflicts } from "./detect-conflicts";
import { findConflicts } from "./find-conflicts";
import { getConflict } from "./get-conflict";
import { resolveConflict } from "./resolve-conflict";
import { reopenConflict } from "./reopen-conflict";
import { computeAgreement } from "./compute-agreement";
import { ReopenConflictInputSchema, ResolveConflictInputSchema } from "./schemas";

const STRIKE = { eventLabel: "Strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };

/** An article saying `text`, with a claim on `phrase` (structured fields as given). */
async function claimIn(actor: Actor, text: string, phrase: string, fields: ClaimFields) {
  const { article, version } = await createArticle(actor, { text });
  const { claim } = await claimPhrase(actor, { article, version }, phrase, fields);
  return { ...claim, articleId: article.id, articleTitle: article.title };
}

const toll = (actor: Actor, qualifier: "AT_LEAST" | "EXACT", n: number, event: Record<string, string> = STRIKE) =>
  claimIn(
    actor,
    `Officials said ${qualifier === "AT_LEAST" ? "at least" : "exactly"} ${n} people were killed in the night.\n\nMore later.`,
    `${n} people were killed`,
    { metric: "killed", valueLow: n, qualifier, ...event },
  );

async function verdict(author: Actor, claimId: string, ratingKey: string, submit = true) {
  const { id } = await createVerdict(
    author,
    CreateVerdictInputSchema.parse({ claimId, ratingKey, summary: `Rated ${ratingKey} after checking.`, evidence: [] }),
  );
  if (submit) await submitVerdict(author, { verdictId: id, lockVersion: 1 });
  return id;
}

async function figureConflict() {
  const ws = await createWorkspaceWithMembers();
  const a = await toll(ws.actors.EDITOR, "AT_LEAST", 12);
  const b = await toll(ws.actors.EDITOR, "EXACT", 9);
  const result = await detectConflicts(ws.actors.EDITOR);
  const conflict = await db.conflict.findFirstOrThrow({
    where: { workspaceId: ws.workspace.id },
    include: { members: true },
  });
  return { ws, a, b, result, conflict };
}

const resolveInput = (conflictId: string, holds: Record<string, boolean>, extra: Record<string, unknown> = {}) =>
  ResolveConflictInputSchema.parse({
    conflictId,
    holds: Object.entries(holds).map(([claimId, h]) => ({ claimId, holds: h })),
    resolution: "The police statement gives at least 12 dead; the lower figure was an early count.",
    evidence: [
      { url: "https://police.example.test/statement", title: "Police statement", quote: "At least 12 people died." },
    ],
    ...extra,
  });

describe("detectConflicts", () => {
  it("finds disagreeing figures of the same event by itself (the manual run finds it stored), with both claims as members, and audits it", async () => {
    const { a, b, result, conflict } = await figureConflict();
    // detection ran after the second claim was created; the button is a re-run
    expect(result).toMatchObject({ created: 0, unchanged: 1, closed: 0 });
    expect(conflict).toMatchObject({ kind: "FIGURE_MISMATCH", status: "OPEN" });
    expect(conflict.question).toContain('"killed": one claim says');
    // what the question is made of is stored beside it, and words it back the same
    const params = parseQuestionParams(conflict.questionParams);
    expect(params).toMatchObject({
      kind: "FIGURE_MISMATCH",
      metric: "killed",
      values: [
        { valueLow: 12, qualifier: "AT_LEAST" },
        { valueLow: 9, qualifier: "EXACT" },
      ],
    });
    expect(englishQuestion(params!)).toBe(conflict.question);
    expect(conflict.members.map((m) => m.claimId).sort()).toEqual([a.id, b.id].sort());
    expect(await db.auditEvent.count({ where: { entityId: conflict.id, action: "conflict.detected" } })).toBe(1);
  });

  it("finds nothing for the same figure, or for different events", async () => {
    const ws = await createWorkspaceWithMembers();
    await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await toll(ws.actors.EDITOR, "EXACT", 9, { ...STRIKE, eventDate: "2025-07-04" });
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 0, closed: 0 });
    expect(await db.conflict.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const { ws, conflict } = await figureConflict();
    const audits = await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } });
    expect(await detectConflicts(ws.actors.REVIEWER)).toMatchObject({ created: 0, unchanged: 1, closed: 0 });
    expect(await db.conflict.findMany({ where: { workspaceId: ws.workspace.id } })).toEqual([
      expect.objectContaining({ id: conflict.id, status: "OPEN", updatedAt: conflict.updatedAt }),
    ]);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } })).toBe(audits);
  });

  it("closes an open conflict that is no longer detected, naming the actor, and audits it", async () => {
    const { ws, b, conflict } = await figureConflict();
    await updateClaim(
      ws.actors.EDITOR,
      UpdateClaimInputSchema.parse({
        claimId: b.id,
        statement: "12 people were killed",
        metric: "killed",
        valueLow: 12,
        qualifier: "EXACT",
        ...STRIKE,
      }),
    );
    // the edit re-ran detection, which closed the conflict
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 0, closed: 0 });
    const row = await db.conflict.findUniqueOrThrow({ where: { id: conflict.id } });
    expect(row).toMatchObject({
      status: "RESOLVED",
      resolution: "No longer detected: the claims were changed",
      resolvedById: ws.actors.EDITOR.userId,
    });
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: conflict.id, action: "conflict.auto_closed" } })).toBe(1);
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 0, closed: 0 });
  });

  it("leaves a resolved conflict resolved when its claims still disagree", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    await resolveConflict(ws.actors.REVIEWER, resolveInput(conflict.id, { [a.id]: true, [b.id]: false }));
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 1, closed: 0 });
    expect((await db.conflict.findUniqueOrThrow({ where: { id: conflict.id } })).status).toBe("RESOLVED");
  });

  it("finds a quote attributed to one speaker in two wordings, with a word diff", async () => {
    const ws = await createWorkspaceWithMembers();
    const quote = (words: string) =>
      claimIn(ws.actors.EDITOR, `The mayor said: “${words}” on Monday.\n\nNo more.`, words, {
        claimant: "Mayor Jane Doe",
        statement: `Doe said the city would rebuild`,
      });
    const a = await quote("We will rebuild every school in the city before the winter comes");
    const b = await quote("We will rebuild every hospital in the city before the winter comes");
    await claimIn(
      ws.actors.EDITOR,
      "Paraphrase: Doe said they would rebuild schools.\n",
      "they would rebuild schools",
      { claimant: "Jane Doe", statement: "Doe said they would rebuild schools" },
    );
    // detected by itself when the second quote became a claim
    const { items: conflicts } = await findConflicts(ws.actors.VIEWER, { status: "OPEN" });
    expect(conflicts).toMatchObject([{ kind: "QUOTE_MISMATCH", members: 2 }]);
    expect((await detectConflicts(ws.actors.EDITOR)).created).toBe(0);
    const detail = await getConflict(ws.actors.VIEWER, conflicts[0]!.id);
    expect(detail.members.map((m) => m.claimId)).toEqual([a.id, b.id]);
    expect(detail.questionParams).toEqual({
      kind: "QUOTE_MISMATCH",
      speaker: "Mayor Jane Doe",
      versions: 2,
      change: { type: "replaced", from: "school", to: "hospital" },
    });
    expect(detail.diffs).toHaveLength(1);
    expect(detail.diffs[0]!.parts.filter((p) => p.type !== "equal").map((p) => `${p.type}:${p.text.trim()}`)).toEqual([
      "delete:school",
      "insert:hospital",
    ]);
  });

  it("finds editors who disagree on a claim; drafts do not count", async () => {
    const ws = await createWorkspaceWithMembers();
    const claim = await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await verdict(ws.actors.EDITOR, claim.id, "ACCURATE");
    await verdict(ws.actors.ADMIN, claim.id, "FALSE_CLAIM", false);
    expect((await detectConflicts(ws.actors.EDITOR)).created).toBe(0);
    // submitting the disagreeing verdict detects it by itself (inline here: no job runner in tests); the manual run finds it stored
    await verdict(ws.actors.REVIEWER, claim.id, "MOSTLY_INACCURATE");
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 1 });
    const conflict = await db.conflict.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    expect(conflict.kind).toBe("VERDICT_DISAGREEMENT");
    expect(conflict.question).toContain('"Accurate"');
    const params = parseQuestionParams(conflict.questionParams);
    expect(params).toEqual({
      kind: "VERDICT_DISAGREEMENT",
      ratings: expect.arrayContaining([{ key: "ACCURATE", label: "Accurate", count: 1 }]),
    });
    expect(englishQuestion(params!)).toBe(conflict.question);
    expect((await findConflicts(ws.actors.REVIEWER, { status: "OPEN" })).items[0]!.questionParams).toEqual(params);
    const forViewer = (await findConflicts(ws.actors.VIEWER, { status: "OPEN" })).items[0]!;
    expect(forViewer.question).not.toContain("Accurate");
    expect(forViewer.questionParams).toEqual({ kind: "VERDICT_DISAGREEMENT", ratings: [] });
  });

  it("a resolved disagreement stays settled until someone revises a rating; a reopened one is not duplicated", async () => {
    const ws = await createWorkspaceWithMembers();
    const claim = await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await verdict(ws.actors.EDITOR, claim.id, "ACCURATE");
    const second = await createUser({ workspaceId: ws.workspace.id, role: "EDITOR" });
    await verdict({ ...ws.actors.EDITOR, userId: second.id }, claim.id, "FALSE_CLAIM");
    await detectConflicts(ws.actors.EDITOR);
    const conflict = await db.conflict.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    await resolveConflict(
      ws.actors.REVIEWER,
      resolveInput(conflict.id, { [claim.id]: true }, { ratings: [{ claimId: claim.id, ratingKey: "ACCURATE" }] }),
    );
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 0, closed: 0 });
    await reopenConflict(ws.actors.REVIEWER, ReopenConflictInputSchema.parse({ conflictId: conflict.id }));
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, unchanged: 1, closed: 0 });
    expect(await db.conflict.count({ where: { workspaceId: ws.workspace.id } })).toBe(1);
  });
});

describe("resolveConflict", () => {
  it("stores holds, reasoning and evidence, and submits the resolver's rating for another reviewer to approve", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    const { verdicts } = await resolveConflict(
      ws.actors.REVIEWER,
      resolveInput(
        conflict.id,
        { [a.id]: true, [b.id]: false },
        { ratings: [{ claimId: b.id, ratingKey: "FALSE_CLAIM" }] },
      ),
    );
    const row = await db.conflict.findUniqueOrThrow({
      where: { id: conflict.id },
      include: { members: true, evidence: true },
    });
    expect(row).toMatchObject({
      status: "RESOLVED",
      resolvedById: ws.actors.REVIEWER.userId,
      resolution: expect.stringContaining("police statement"),
    });
    expect(Object.fromEntries(row.members.map((m) => [m.claimId, m.holds]))).toEqual({ [a.id]: true, [b.id]: false });
    expect(row.evidence).toMatchObject([
      { title: "Police statement", url: "https://police.example.test/statement", quote: "At least 12 people died." },
    ]);

    expect(verdicts).toHaveLength(1);
    const written = await db.verdict.findUniqueOrThrow({
      where: { id: verdicts[0]!.verdictId },
      include: { revisions: { include: { evidence: true } } },
    });
    expect(written).toMatchObject({ claimId: b.id, authorId: ws.actors.REVIEWER.userId, status: "SUBMITTED" });
    expect(written.revisions).toHaveLength(1);
    expect(written.revisions[0]!.summary).toBe(row.resolution);
    expect(written.revisions[0]!.evidence).toHaveLength(1);
    expect(
      await db.auditEvent.findMany({
        where: { entityId: written.id },
        orderBy: { seq: "asc" },
        select: { action: true, after: true },
      }),
    ).toMatchObject([
      {
        action: "verdict.created",
        after: { claimId: b.id, ratingKey: "FALSE_CLAIM", revision: 1, conflictId: conflict.id },
      },
      { action: "verdict.submitted", after: { status: "SUBMITTED", conflictId: conflict.id } },
    ]);
    expect(await db.auditEvent.count({ where: { entityId: conflict.id, action: "conflict.resolved" } })).toBe(1);

    const approve = (actor: Actor) =>
      reviewVerdict(
        actor,
        ReviewVerdictInputSchema.parse({
          verdictId: written.id,
          lockVersion: verdicts[0]!.lockVersion,
          decision: "APPROVE",
        }),
      );
    await expect(approve(ws.actors.REVIEWER)).rejects.toThrow(ForbiddenError);
    await approve(ws.actors.ADMIN);
    expect((await db.verdict.findUniqueOrThrow({ where: { id: written.id } })).status).toBe("APPROVED");
  });

  it("revises the resolver's own verdict (withdrawing a submitted one first) instead of adding another", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    const own = await verdict(ws.actors.REVIEWER, a.id, "MIXED");
    const { verdicts } = await resolveConflict(
      ws.actors.REVIEWER,
      resolveInput(
        conflict.id,
        { [a.id]: true, [b.id]: false },
        { ratings: [{ claimId: a.id, ratingKey: "ACCURATE" }] },
      ),
    );
    expect(verdicts).toMatchObject([{ verdictId: own, revision: 2 }]);
    expect(await db.verdict.count({ where: { claimId: a.id } })).toBe(1);
    expect((await db.verdict.findUniqueOrThrow({ where: { id: own } })).status).toBe("SUBMITTED");
    // each step audited as the verdict use case it is, naming the conflict
    const steps = await db.auditEvent.findMany({
      where: { entityId: own, after: { path: ["conflictId"], equals: conflict.id } },
      orderBy: { seq: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(steps).toMatchObject([
      { action: "verdict.withdrawn", before: { status: "SUBMITTED" }, after: { status: "DRAFT" } },
      {
        action: "verdict.revised",
        before: { status: "DRAFT" },
        after: { status: "DRAFT", revision: 2, ratingKey: "ACCURATE" },
      },
      { action: "verdict.submitted", before: { status: "DRAFT" }, after: { status: "SUBMITTED" } },
    ]);
  });

  it("refuses a resolved conflict, missing decisions and unknown ratings, writing nothing", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    await expect(resolveConflict(ws.actors.REVIEWER, resolveInput(conflict.id, { [a.id]: true }))).rejects.toThrow(
      InvalidInputError,
    );
    await expect(
      resolveConflict(
        ws.actors.REVIEWER,
        resolveInput(conflict.id, { [a.id]: true, [b.id]: false }, { ratings: [{ claimId: a.id, ratingKey: "NOPE" }] }),
      ),
    ).rejects.toThrow(InvalidInputError);
    expect((await db.conflict.findUniqueOrThrow({ where: { id: conflict.id } })).status).toBe("OPEN");
    expect(await db.evidence.count({ where: { conflictId: conflict.id } })).toBe(0);
    await resolveConflict(ws.actors.REVIEWER, resolveInput(conflict.id, { [a.id]: true, [b.id]: false }));
    await expect(
      resolveConflict(ws.actors.ADMIN, resolveInput(conflict.id, { [a.id]: false, [b.id]: true })),
    ).rejects.toThrow(ConflictError);
  });

  it("of two reviewers resolving at once, exactly one wins", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    const results = await Promise.allSettled([
      resolveConflict(ws.actors.REVIEWER, resolveInput(conflict.id, { [a.id]: true, [b.id]: false })),
      resolveConflict(ws.actors.ADMIN, resolveInput(conflict.id, { [a.id]: false, [b.id]: true })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    expect(await db.evidence.count({ where: { conflictId: conflict.id } })).toBe(1);
  });
});

describe("reopenConflict", () => {
  it("puts a resolved conflict back to open, keeping the resolution in the audit log", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    await expect(
      reopenConflict(ws.actors.REVIEWER, ReopenConflictInputSchema.parse({ conflictId: conflict.id })),
    ).rejects.toThrow(ConflictError);
    await resolveConflict(ws.actors.REVIEWER, resolveInput(conflict.id, { [a.id]: true, [b.id]: false }));
    await reopenConflict(
      ws.actors.ADMIN,
      ReopenConflictInputSchema.parse({ conflictId: conflict.id, reason: "New figures from the hospital." }),
    );
    const row = await db.conflict.findUniqueOrThrow({
      where: { id: conflict.id },
      include: { members: true, evidence: true },
    });
    expect(row).toMatchObject({ status: "OPEN", resolution: null, resolvedById: null, resolvedAt: null, evidence: [] });
    expect(row.members.every((m) => m.holds === null)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: conflict.id, action: "conflict.reopened" },
    });
    expect(audit.before).toMatchObject({
      status: "RESOLVED",
      resolvedById: ws.actors.REVIEWER.userId,
      evidence: [{ title: "Police statement" }],
    });
    await resolveConflict(ws.actors.ADMIN, resolveInput(conflict.id, { [a.id]: false, [b.id]: true }));
    expect((await db.conflict.findUniqueOrThrow({ where: { id: conflict.id } })).resolvedById).toBe(
      ws.actors.ADMIN.userId,
    );
  });
});

describe("reading conflicts", () => {
  it("shows members side by side with appearances in context and verdicts; viewers see approved verdicts only", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    await verdict(ws.actors.EDITOR, a.id, "ACCURATE");
    const detail = await getConflict(ws.actors.EDITOR, conflict.id);
    expect(detail.members).toHaveLength(2);
    const first = detail.members.find((m) => m.claimId === a.id)!;
    expect(first).toMatchObject({ value: "at least 12 killed", event: { label: STRIKE.eventLabel }, holds: null });
    expect(first.appearances).toEqual([
      expect.objectContaining({
        articleId: a.articleId,
        articleTitle: a.articleTitle,
        exact: "12 people were killed",
        prefix: "Officials said at least ",
        suffix: expect.stringContaining(" in the night."),
      }),
    ]);
    expect(first.verdicts).toMatchObject([{ status: "SUBMITTED", revisions: [{ ratingLabel: "Accurate" }] }]);
    expect(detail.ratingLevels.map((l) => l.key)).toContain("FALSE_CLAIM");
    expect((await getConflict(ws.actors.VIEWER, conflict.id)).members.flatMap((m) => m.verdicts)).toEqual([]);
    expect(detail.members.find((m) => m.claimId === b.id)!.value).toBe("9 killed");
  });

  it("filters by status, newest first, with counts", async () => {
    const { ws, a, b, conflict } = await figureConflict();
    await toll(ws.actors.EDITOR, "AT_LEAST", 30, { ...STRIKE, eventDate: "2025-07-04" });
    await toll(ws.actors.EDITOR, "EXACT", 3, { ...STRIKE, eventDate: "2025-07-04" });
    await detectConflicts(ws.actors.EDITOR);
    await resolveConflict(ws.actors.REVIEWER, resolveInput(conflict.id, { [a.id]: true, [b.id]: false }));
    const open = await findConflicts(ws.actors.VIEWER, { status: "OPEN" });
    const resolved = await findConflicts(ws.actors.VIEWER, { status: "RESOLVED" });
    expect(open.counts).toEqual({ OPEN: 1, RESOLVED: 1 });
    expect(open.items).toMatchObject([{ status: "OPEN", members: 2 }]);
    expect(resolved.items).toMatchObject([{ id: conflict.id, resolverName: ws.users.REVIEWER.name }]);
  });
});

describe("computeAgreement", () => {
  it("is Krippendorff's ordinal alpha over claims rated on the scale by two or more editors", async () => {
    const ws = await createWorkspaceWithMembers();
    const [e1, e2] = [ws.actors.EDITOR, ws.actors.REVIEWER];
    const claims = await Promise.all(
      [12, 13, 14, 15, 16].map((n) => toll(ws.actors.EDITOR, "AT_LEAST", n, { ...STRIKE, eventDate: `2025-01-${n}` })),
    );
    // Units: (5,5) (1,1) (5,1) → n = 6, o(1,5) = o(5,1) = 1, n1 = n5 = 3: α = 1 − 5·2 / (2·3·3) = 4/9.
    for (const [claim, r1, r2] of [
      [claims[0]!, "ACCURATE", "ACCURATE"],
      [claims[1]!, "FALSE_CLAIM", "FALSE_CLAIM"],
      [claims[2]!, "ACCURATE", "FALSE_CLAIM"],
    ] as const) {
      await verdict(e1, claim.id, r1);
      await verdict(e2, claim.id, r2);
    }
    await verdict(e1, claims[3]!.id, "ACCURATE"); // one editor only
    await verdict(e2, claims[3]!.id, "MISLEADING"); // off the ordinal scale
    await verdict(e1, claims[4]!.id, "ACCURATE");
    await verdict(e2, claims[4]!.id, "FALSE_CLAIM", false); // a draft
    const agreement = await computeAgreement(ws.actors.REVIEWER);
    expect(agreement.claims).toBe(3);
    expect(agreement.ratings).toBe(6);
    expect(agreement.alpha).toBeCloseTo(4 / 9, 10);
    await expect(computeAgreement(ws.actors.EDITOR)).rejects.toThrow(ForbiddenError);
  });

  it("is null without claims rated twice", async () => {
    const ws = await createWorkspaceWithMembers();
    expect(await computeAgreement(ws.actors.ADMIN)).toEqual({ alpha: null, claims: 0, ratings: 0 });
  });
});
