/**
 * Claim use cases against a real database: a claim starts from an annotation,
 * gathers appearances across articles, is edited with an audit trail, is
 * assigned to members of its workspace, and is found by search.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { createClaim } from "@/lib/claims/create-claim";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { updateClaim } from "@/lib/claims/update-claim";
import { assignClaim } from "@/lib/claims/assign-claim";
import { searchClaims } from "@/lib/claims/search-claims";
import { AssignClaimInputSchema, CreateClaimInputSchema, UpdateClaimInputSchema } from "@/lib/claims/schemas";
import {
  createArticle,
  createUser,
  createWorkspaceWithMembers,
  uniqueSuffix,
  type TestArticle,
} from "@/prisma/factories";
import { annotate } from "@/test/support/claim-phrase";
import type { Actor } from "@/lib/policy/actor";

const TEXT =
  "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor, Pieter Vos, promised 40 million euros.";
const SECOND_TEXT = "Police said 12 people died in the blast.\n\nRescue work continued overnight.";

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const first = await createArticle(ws.actors.EDITOR, { text: TEXT });
  return { ws, first };
}

const claimInput = (annotationId: string, fields: Record<string, unknown> = {}) =>
  CreateClaimInputSchema.parse({
    annotationId,
    statement: "At least 12 people were killed",
    claimant: "Officials",
    ...fields,
  });

/** A claim made by the workspace's editor from a fresh annotation of the first article. */
async function claimed(fields: Record<string, unknown> = {}) {
  const { ws, first } = await setup();
  const annotation = await annotate(ws.actors.EDITOR, first, "at least 12 people were killed");
  const claim = await createClaim(ws.actors.EDITOR, claimInput(annotation.id, fields));
  return { ws, first, annotation, claim };
}

const audits = (entityId: string, action: string) => db.auditEvent.findMany({ where: { entityId, action } });

describe("createClaim", () => {
  it("turns the annotation into a claim: first appearance, kind CLAIM, structured value, audit row", async () => {
    const { ws, annotation, claim } = await claimed({
      metric: "Killed",
      valueLow: "1,200",
      qualifier: "AT_LEAST",
      eventDate: "2024-03-05",
    });

    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { appearances: true } });
    expect(row).toMatchObject({
      workspaceId: ws.workspace.id,
      statement: "At least 12 people were killed",
      claimant: "Officials",
      metric: "killed",
      qualifier: "AT_LEAST",
      createdById: ws.actors.EDITOR.userId,
    });
    expect([row.valueLow?.toString(), row.valueHigh?.toString()]).toEqual(["1200", "1200"]);
    expect(row.eventDate?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(row.appearances.map((a) => a.annotationId)).toEqual([annotation.id]);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).kind).toBe("CLAIM");

    const [audit, ...more] = await audits(claim.id, "claim.created");
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({
      workspaceId: ws.workspace.id,
      actorId: ws.actors.EDITOR.userId,
      entityType: "Claim",
    });
    expect(audit!.after).toMatchObject({
      annotationId: annotation.id,
      statement: "At least 12 people were killed",
      valueLow: 1200,
    });
  });

  it("refuses an annotation of another workspace (NotFound) and writes nothing", async () => {
    const { ws } = await setup();
    const other = await createWorkspaceWithMembers();
    const foreign = await annotate(
      other.actors.EDITOR,
      await createArticle(other.actors.EDITOR, { text: TEXT }),
      "40 million euros",
    );
    await expect(createClaim(ws.actors.EDITOR, claimInput(foreign.id))).rejects.toThrow(NotFoundError);
    expect(await db.claim.count({ where: { workspaceId: { in: [ws.workspace.id, other.workspace.id] } } })).toBe(0);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: foreign.id } })).kind).toBe("NOTE");
  });

  // Bug guard: createClaim and linkAppearance change the annotation's kind
  // without bumping Annotation.revision (the optimistic-concurrency counter
  // "bumped on every update"), so an editor saving a form opened before the
  // claim was made silently turns the claim's annotation back into a NOTE.
  it("bumps the annotation's revision, so a form opened earlier cannot turn it back into a note", async () => {
    const { ws, annotation, claim } = await claimed();
    const linked = await annotate(
      ws.actors.EDITOR,
      await createArticle(ws.actors.EDITOR, { text: SECOND_TEXT }),
      "12 people died",
    );
    await linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: linked.id });
    for (const { id } of [annotation, linked]) {
      const stale = {
        annotationId: id,
        revision: 1,
        body: "Opened before the claim was made",
        tags: [],
        kind: "NOTE" as const,
      };
      await expect(updateAnnotation(ws.actors.EDITOR, stale)).rejects.toThrow(ConflictError);
      expect((await db.annotation.findUniqueOrThrow({ where: { id } })).kind).toBe("CLAIM");
    }
  });
});

describe("linkAppearance", () => {
  it("links a span of a second article: one claim, appearances in two articles, audited", async () => {
    const { ws, first, claim } = await claimed();
    const second = await createArticle(ws.actors.EDITOR, { text: SECOND_TEXT });
    const span = await annotate(ws.actors.REVIEWER, second, "12 people died");

    await linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: span.id });

    const appearances = await db.claimAppearance.findMany({
      where: { claimId: claim.id },
      select: { workspaceId: true, annotation: { select: { articleId: true, kind: true } } },
    });
    expect(appearances.map((a) => a.annotation.articleId).sort()).toEqual([first.article.id, second.article.id].sort());
    expect(appearances.every((a) => a.workspaceId === ws.workspace.id && a.annotation.kind === "CLAIM")).toBe(true);
    expect(await audits(claim.id, "claim.appearance_linked")).toHaveLength(1);
  });

  it("linking the same span twice is a ConflictError and adds nothing", async () => {
    const { ws, claim } = await claimed();
    const span = await annotate(
      ws.actors.EDITOR,
      await createArticle(ws.actors.EDITOR, { text: SECOND_TEXT }),
      "12 people died",
    );
    await linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: span.id });
    await expect(linkAppearance(ws.actors.ADMIN, { claimId: claim.id, annotationId: span.id })).rejects.toThrow(
      ConflictError,
    );
    expect(await db.claimAppearance.count({ where: { claimId: claim.id } })).toBe(2);
    expect(await audits(claim.id, "claim.appearance_linked")).toHaveLength(1);
  });

  it("refuses an annotation of another workspace (NotFound)", async () => {
    const { ws, claim } = await claimed();
    const other = await createWorkspaceWithMembers();
    const foreign = await annotate(
      other.actors.EDITOR,
      await createArticle(other.actors.EDITOR, { text: SECOND_TEXT }),
      "12 people died",
    );
    await expect(linkAppearance(ws.actors.EDITOR, { claimId: claim.id, annotationId: foreign.id })).rejects.toThrow(
      NotFoundError,
    );
    expect(await db.claimAppearance.count({ where: { claimId: claim.id } })).toBe(1);
  });
});

describe("updateClaim", () => {
  it("saves the edit and audits before and after", async () => {
    const { ws, claim } = await claimed({ metric: "killed", valueLow: 12, qualifier: "AT_LEAST" });
    const edit = UpdateClaimInputSchema.parse({
      claimId: claim.id,
      statement: "Between 12 and 15 people were killed",
      claimant: "Police",
      metric: "killed",
      valueLow: 12,
      valueHigh: "15",
      qualifier: "ABOUT",
    });

    await updateClaim(ws.actors.REVIEWER, edit);

    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({
      statement: "Between 12 and 15 people were killed",
      claimant: "Police",
      qualifier: "ABOUT",
    });
    expect(row.valueHigh?.toString()).toBe("15");
    const [audit, ...more] = await audits(claim.id, "claim.updated");
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ actorId: ws.actors.REVIEWER.userId, workspaceId: ws.workspace.id });
    expect(audit!.before).toMatchObject({
      statement: "At least 12 people were killed",
      claimant: "Officials",
      valueLow: "12",
      valueHigh: "12",
      qualifier: "AT_LEAST",
    });
    expect(audit!.after).toMatchObject({
      statement: "Between 12 and 15 people were killed",
      claimant: "Police",
      valueLow: 12,
      valueHigh: 15,
      qualifier: "ABOUT",
    });
  });
});

describe("structured value (CreateClaimInputSchema)", () => {
  const parse = (fields: Record<string, unknown>) =>
    CreateClaimInputSchema.safeParse({ annotationId: "a", statement: "At least 12 people were killed", ...fields });
  const failedPaths = (fields: Record<string, unknown>) => {
    const result = parse(fields);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
  };

  it("accepts a single number or a range; valueHigh defaults to valueLow", () => {
    expect(parse({ valueLow: "12" }).data).toMatchObject({ valueLow: 12, valueHigh: 12 });
    expect(parse({ valueLow: 12, valueHigh: 15 }).data).toMatchObject({ valueLow: 12, valueHigh: 15 });
  });

  it("refuses an upper bound below the lower bound", () => {
    expect(failedPaths({ valueLow: 15, valueHigh: 12 })).toEqual(["valueHigh"]);
    expect(failedPaths({ valueLow: "1,500", valueHigh: "1,200" })).toEqual(["valueHigh"]);
  });

  it("refuses dates and numbers that are not", () => {
    expect(failedPaths({ claimDate: "not a date" })).toEqual(["claimDate"]);
    expect(failedPaths({ asOf: "31/12/2024" })).toEqual(["asOf"]);
    expect(failedPaths({ eventDate: "2024-13-01" })).toEqual(["eventDate"]);
    expect(failedPaths({ valueLow: "twelve" })).toEqual(["valueLow"]);
  });

  // Bug guard: the date check is `!Number.isNaN(Date.parse(v))`, and V8 rolls
  // impossible ISO dates over (2024-02-30 → 2024-03-01), so a claim would be
  // stored with a different date than the one typed.
  it("refuses impossible calendar dates instead of rolling them over", () => {
    expect(failedPaths({ eventDate: "2024-02-30" })).toEqual(["eventDate"]);
    expect(failedPaths({ claimDate: "2023-02-29" })).toEqual(["claimDate"]);
  });
});

describe("assignClaim", () => {
  const assign = (claimId: string, editorId?: string, reviewerId?: string) =>
    AssignClaimInputSchema.parse({ claimId, editorId, reviewerId });

  it("assigns an editor and a reviewer of the workspace; audited before/after", async () => {
    const { ws, claim } = await claimed();
    await assignClaim(ws.actors.REVIEWER, assign(claim.id, ws.users.EDITOR.id, ws.users.REVIEWER.id));
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      assignedEditorId: ws.users.EDITOR.id,
      assignedReviewerId: ws.users.REVIEWER.id,
    });

    await assignClaim(ws.actors.ADMIN, assign(claim.id, ws.users.REVIEWER.id, ws.users.ADMIN.id));
    const rows = await audits(claim.id, "claim.assigned");
    expect(rows.map((r) => [r.before, r.after])).toEqual(
      expect.arrayContaining([
        [
          { editorId: null, reviewerId: null },
          { editorId: ws.users.EDITOR.id, reviewerId: ws.users.REVIEWER.id },
        ],
        [
          { editorId: ws.users.EDITOR.id, reviewerId: ws.users.REVIEWER.id },
          { editorId: ws.users.REVIEWER.id, reviewerId: ws.users.ADMIN.id },
        ],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it("refuses a viewer or an editor as reviewer, a viewer as editor, and anyone outside the workspace", async () => {
    const { ws, claim } = await claimed();
    const other = await createWorkspaceWithMembers();
    const stranger = await createUser();
    const refused: [string | undefined, string | undefined, "editorId" | "reviewerId"][] = [
      [ws.users.EDITOR.id, ws.users.VIEWER.id, "reviewerId"],
      [ws.users.EDITOR.id, ws.users.EDITOR.id, "reviewerId"],
      [ws.users.VIEWER.id, undefined, "editorId"],
      [undefined, other.users.REVIEWER.id, "reviewerId"],
      [other.users.ADMIN.id, undefined, "editorId"],
      [stranger.id, undefined, "editorId"],
    ];
    for (const [editorId, reviewerId, field] of refused) {
      const error = await assignClaim(ws.actors.ADMIN, assign(claim.id, editorId, reviewerId)).catch((e: unknown) => e);
      expect(error, `${field}: ${editorId} / ${reviewerId}`).toBeInstanceOf(InvalidInputError);
      expect(Object.keys((error as InvalidInputError).fieldErrors)).toEqual([field]);
    }
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      assignedEditorId: null,
      assignedReviewerId: null,
    });
    expect(await audits(claim.id, "claim.assigned")).toHaveLength(0);
  });
});

describe("searchClaims", () => {
  it("finds by statement or claimant, case-insensitively, only in the actor's workspace and only live claims", async () => {
    const token = uniqueSuffix();
    const { ws, first } = await setup();
    const make = async (actor: Actor, article: TestArticle, phrase: string, fields: Record<string, unknown>) =>
      createClaim(actor, claimInput((await annotate(actor, article, phrase)).id, fields));
    const byStatement = await make(ws.actors.EDITOR, first, "at least 12 people", {
      statement: `Toll ${token} reached twelve`,
      claimant: "Officials",
    });
    const byClaimant = await make(ws.actors.EDITOR, first, "40 million euros", {
      statement: "The city will pay 40 million euros",
      claimant: `Mayor Vos ${token}`,
    });
    const deleted = await make(ws.actors.EDITOR, first, "Pieter Vos", {
      statement: `Deleted ${token} claim`,
      claimant: undefined,
    });
    await db.claim.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const other = await createWorkspaceWithMembers();
    await make(other.actors.EDITOR, await createArticle(other.actors.EDITOR, { text: TEXT }), "Pieter Vos", {
      statement: `Elsewhere ${token} claim`,
    });

    const hits = await searchClaims(ws.actors.VIEWER, `  ${token.toUpperCase()} `);
    expect(hits.map((h) => h.id).sort()).toEqual([byStatement.id, byClaimant.id].sort());
    expect(hits.find((h) => h.id === byClaimant.id)).toEqual({
      id: byClaimant.id,
      statement: "The city will pay 40 million euros",
      claimant: `Mayor Vos ${token}`,
      appearances: 1,
    });
    expect((await searchClaims(ws.actors.VIEWER, "mAyOr vOs")).map((h) => h.id)).toEqual([byClaimant.id]);
    expect((await searchClaims(ws.actors.EDITOR, "toll")).map((h) => h.id)).toEqual([byStatement.id]);
    expect(await searchClaims(other.actors.ADMIN, "mayor vos")).toEqual([]);
  });
});
