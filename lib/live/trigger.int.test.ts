/**
 * The AuditEvent_notify trigger (migration 20261122085300_live_notify) and the
 * topic lookup, against a real database: NOTIFY reaches listeners at commit,
 * never for a rolled-back change, and carries ids only.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { CreateVerdictInputSchema } from "@/lib/verdicts/schemas";
import { CHANGE_CHANNEL, parseChangeNotification, type ChangeNotification } from "@/lib/live/channels";
import { resolveTopics } from "@/lib/live/resolve-topics";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT = "Officials said at least 12 people were killed on Tuesday.";
const PHRASE = "at least 12 people were killed";

let listener: pg.Client;
const received: ChangeNotification[] = [];

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => {
    const change = message.payload ? parseChangeNotification(message.payload) : null;
    if (change) received.push(change);
  });
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
});
afterAll(() => listener.end());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notificationsFor = (entityId: string) => received.filter((c) => c.entityId === entityId);

describe("AuditEvent_notify trigger", () => {
  it("announces a change at commit, with ids only, and never a rolled-back one", async () => {
    const ws = await createWorkspaceWithMembers();
    const actor = ws.actors.EDITOR;

    await expect(
      db.$transaction(async (tx) => {
        await recordAuditEvent(tx, actor, {
          action: "test.rolled_back",
          entityType: "Annotation",
          entityId: "rolled-back-id",
          after: { secret: "body" },
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");

    await db.$transaction(async (tx) => {
      await recordAuditEvent(tx, actor, {
        action: "test.committed",
        entityType: "Annotation",
        entityId: "committed-id",
        after: { secret: "body" },
      });
      await sleep(300);
      expect(notificationsFor("committed-id")).toEqual([]); // not before the commit
    });
    await expect.poll(() => notificationsFor("committed-id"), { timeout: 1_000 }).toHaveLength(1);
    const [change] = notificationsFor("committed-id");
    expect(change).toEqual({
      seq: expect.stringMatching(/^\d+$/),
      workspaceId: ws.workspace.id,
      entityType: "Annotation",
      entityId: "committed-id",
      action: "test.committed",
    });
    const row = await db.auditEvent.findFirstOrThrow({
      where: { entityId: "committed-id", workspaceId: ws.workspace.id },
      select: { seq: true },
    });
    expect(change!.seq).toBe(row.seq.toString());
    expect(notificationsFor("rolled-back-id")).toEqual([]);
  });

  it("stays silent for events outside a workspace", async () => {
    const ws = await createWorkspaceWithMembers();
    await db.$transaction((tx) =>
      recordAuditEvent(
        tx,
        { userId: ws.users.EDITOR.id, workspaceId: null },
        { action: "user.test", entityType: "User", entityId: ws.users.EDITOR.id },
      ),
    );
    await sleep(300);
    expect(notificationsFor(ws.users.EDITOR.id)).toEqual([]);
  });
});

describe("resolveTopics", () => {
  it("maps annotations, replies, claims and verdicts to the pages that show them, within the workspace only", async () => {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const { article, version } = await createArticle(ws.actors.EDITOR, { text: TEXT });
    const start = TEXT.indexOf(PHRASE);
    const annotation = await createAnnotation(ws.actors.EDITOR, {
      articleId: article.id,
      versionId: version.id,
      start,
      end: start + PHRASE.length,
      exact: PHRASE,
      kind: "CLAIM",
      body: "",
      tags: [],
    });
    const reply = await createReply(ws.actors.EDITOR, { annotationId: annotation.id, body: "Source?" });
    const claim = await createClaim(
      ws.actors.EDITOR,
      CreateClaimInputSchema.parse({ annotationId: annotation.id, statement: "At least 12 people were killed" }),
    );
    const verdict = await createVerdict(
      ws.actors.EDITOR,
      CreateVerdictInputSchema.parse({
        claimId: claim.id,
        ratingKey: "MOSTLY_ACCURATE",
        summary: "The police report confirms it.",
      }),
    );

    const topics = await resolveTopics(ws.workspace.id, [
      { entityType: "Annotation", entityId: annotation.id },
      { entityType: "Reply", entityId: reply.id },
      { entityType: "Claim", entityId: claim.id },
      { entityType: "Verdict", entityId: verdict.id },
      { entityType: "Article", entityId: article.id },
      { entityType: "Membership", entityId: "m1" },
    ]);
    expect(topics.get(`Annotation:${annotation.id}`)?.sort()).toEqual([`article:${article.id}`, `claim:${claim.id}`]);
    expect(topics.get(`Reply:${reply.id}`)).toEqual([`article:${article.id}`]);
    expect(topics.get(`Claim:${claim.id}`)?.sort()).toEqual([`article:${article.id}`, `claim:${claim.id}`]);
    expect(topics.get(`Verdict:${verdict.id}`)?.sort()).toEqual([
      `article:${article.id}`,
      `claim:${claim.id}`,
      "review",
    ]);
    expect(topics.get(`Article:${article.id}`)).toEqual([`article:${article.id}`]);
    expect(topics.has("Membership:m1")).toBe(false);

    // the same ids under another workspace touch nothing
    const foreign = await resolveTopics(other.workspace.id, [
      { entityType: "Annotation", entityId: annotation.id },
      { entityType: "Verdict", entityId: verdict.id },
    ]);
    expect(foreign.size).toBe(0);
  });
});
