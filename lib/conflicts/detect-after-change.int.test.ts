/**
 * Detection after a change, on a real database: inline in a process without a
 * job runner; with one, a `conflicts.detect` job per workspace (a burst of
 * changes leaves one waiting), stored by the job, retried when a run fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateClaim } from "@/lib/claims/update-claim";
import { UpdateClaimInputSchema } from "@/lib/claims/schemas";
import { findRecentJobs } from "@/lib/jobs/find-recent-jobs";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import { eventually, startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix, type TestWorkspace } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";
import { claimPhrase } from "@/test/support/claim-phrase";
import { detectConflictsJob } from "./detect-conflicts-job";

const STRIKE = { metric: "killed", eventLabel: "Strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };

/** A claim "N people were killed" on an article of its own, through the use cases (so detection follows). */
async function toll(actor: Actor, qualifier: "AT_LEAST" | "EXACT", n: number) {
  const phrase = `${n} people were killed`;
  const article = await createArticle(actor, {
    text: `Officials said ${qualifier === "AT_LEAST" ? "at least" : "exactly"} ${phrase} in the night.\n\nMore later.`,
  });
  return (await claimPhrase(actor, article, phrase, { valueLow: n, qualifier, ...STRIKE })).claim;
}

const editToll = (
  actor: Actor,
  claimId: string,
  qualifier: "AT_LEAST" | "EXACT",
  n: number,
  statement = `${n} people were killed`,
) => updateClaim(actor, UpdateClaimInputSchema.parse({ claimId, statement, valueLow: n, qualifier, ...STRIKE }));

const conflictsOf = (ws: TestWorkspace) =>
  db.conflict.findMany({
    where: { workspaceId: ws.workspace.id },
    select: { id: true, status: true, resolvedById: true },
  });
const detectionJobs = async (ws: TestWorkspace) =>
  (await findRecentJobs(ws.actors.ADMIN, { pageSize: 100 })).items.filter((j) => j.queue === "conflicts.detect");
const auditActors = async (conflictId: string, action: string) =>
  (await db.auditEvent.findMany({ where: { entityId: conflictId, action }, select: { actorId: true } })).map(
    (e) => e.actorId,
  );

/** Waits until every detection job of the workspace is done, and returns them. */
const settled = (ws: TestWorkspace) =>
  eventually(async () => {
    const found = await detectionJobs(ws);
    return found.every((j) => j.state === "completed") && found;
  }, "every detection job completed");

describe("without a job runner (CLI, tests, JOBS_DISABLED)", () => {
  it("detection runs inline: the conflict is stored when the use case returns, and no job is queued", async () => {
    const ws = await createWorkspaceWithMembers();
    await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await toll(ws.actors.EDITOR, "EXACT", 9);
    const [conflict] = await conflictsOf(ws);
    expect(conflict).toMatchObject({ status: "OPEN" });
    expect(await auditActors(conflict!.id, "conflict.detected")).toEqual([ws.actors.EDITOR.userId]);
    expect(await requestConflictDetection(ws.actors.EDITOR)).toMatchObject({
      queued: false,
      result: { created: 0, unchanged: 1, closed: 0 },
    });
    expect(await detectionJobs(ws)).toEqual([]);
  });
});

describe("the conflicts.detect job's actor", () => {
  it("a member who left before the run: the change's conflicts are still found and closed, attributed to the system", async () => {
    const ws = await createWorkspaceWithMembers();
    await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    const b = await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    expect(await conflictsOf(ws)).toEqual([]);
    // the editor's change, not yet detected (written directly: no detection follows), then the editor leaves
    await db.claim.update({ where: { id: b.id }, data: { valueLow: 9, valueHigh: 9, qualifier: "EXACT" } });
    await db.membership.delete({ where: { id: ws.membershipIds.EDITOR } });

    expect(await detectConflictsJob({ workspaceId: ws.workspace.id, userId: ws.actors.EDITOR.userId })).toMatchObject({
      created: 1,
      unchanged: 0,
      closed: 0,
    });
    const [conflict] = await conflictsOf(ws);
    expect(await auditActors(conflict!.id, "conflict.detected")).toEqual([null]);

    await db.claim.update({ where: { id: b.id }, data: { valueLow: 12, valueHigh: 12, qualifier: "AT_LEAST" } });
    expect(await detectConflictsJob({ workspaceId: ws.workspace.id, userId: ws.actors.EDITOR.userId })).toMatchObject({
      created: 0,
      unchanged: 0,
      closed: 1,
    });
    expect(await conflictsOf(ws)).toEqual([{ id: conflict!.id, status: "RESOLVED", resolvedById: null }]);
    expect(await auditActors(conflict!.id, "conflict.auto_closed")).toEqual([null]);
  });

  it("a workspace that is gone: nothing to detect, the job is done", async () => {
    const ws = await createWorkspaceWithMembers();
    expect(
      await detectConflictsJob({ workspaceId: `gone-${uniqueSuffix()}`, userId: ws.actors.EDITOR.userId }),
    ).toBeNull();
  });
});

describe("with a job runner in the process (the app server)", () => {
  let jobs: TestJobs;
  beforeAll(async () => {
    jobs = await startTestJobRunner({ retryDelaySeconds: 1 });
  });
  afterAll(async () => {
    await jobs.stop();
  });

  it("a claim change queues one detection job; the job stores the conflict, attributed to the member who made the change", async () => {
    const ws = await createWorkspaceWithMembers();
    await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    expect(await settled(ws)).toHaveLength(1);
    expect(await conflictsOf(ws)).toEqual([]);

    await toll(ws.actors.REVIEWER, "EXACT", 9);
    const [conflict] = await eventually(async () => {
      const found = await conflictsOf(ws);
      return found.length > 0 && found;
    }, "the conflict stored by the job");
    expect(conflict).toMatchObject({ status: "OPEN" });
    expect(await auditActors(conflict!.id, "conflict.detected")).toEqual([ws.actors.REVIEWER.userId]);
    expect(await settled(ws)).toHaveLength(2);
    expect(await requestConflictDetection(ws.actors.EDITOR)).toEqual({ queued: true });
  });

  it("a burst of changes while a run is busy leaves one incremental and one full run waiting, which see them all", async () => {
    const ws = await createWorkspaceWithMembers();
    const a = await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    const b = await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await settled(ws);
    const before = (await detectionJobs(ws)).length;

    // hold the workspace's detection lock (detectConflicts serializes runs with it): the next run waits on it while active
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`factdesk:conflict-detection:${ws.workspace.id}`}))`;
        locked();
        await released;
      },
      { timeout: 60_000 },
    );
    try {
      await isLocked;
      await editToll(ws.actors.EDITOR, a.id, "AT_LEAST", 12, "12 people were killed, officials said");
      await eventually(
        async () => (await detectionJobs(ws)).some((j) => j.state === "active"),
        "the run waiting on the lock",
      );

      for (const n of [11, 10, 9]) await editToll(ws.actors.EDITOR, b.id, "EXACT", n);
      await editToll(ws.actors.REVIEWER, a.id, "AT_LEAST", 12);
      const now = await detectionJobs(ws); // newest first
      const states = now.slice(0, now.length - before).map((j) => j.state);
      // the first change's run waits on the lock; the next one's waits as the incremental run, the rest go to one full run
      expect(states.sort()).toEqual(["active", "created", "created"]);
      expect(await conflictsOf(ws)).toEqual([]);
    } finally {
      release();
      await holder;
    }

    const [conflict] = await eventually(async () => {
      const found = await conflictsOf(ws);
      return found.length > 0 && found;
    }, "the conflict stored by the runs");
    expect(conflict).toMatchObject({ status: "OPEN" });
    expect(await settled(ws)).toHaveLength(before + 3);
    expect(await conflictsOf(ws)).toHaveLength(1);
  });

  it("a run that fails is retried with backoff, and a later try stores the conflict", async () => {
    const ws = await createWorkspaceWithMembers();
    await toll(ws.actors.EDITOR, "AT_LEAST", 12);
    await settled(ws);
    // a real failure: the database refuses new conflicts of this workspace until the trigger is dropped
    const name = `refuse_conflict_${uniqueSuffix().replace(/\W/g, "_")}`;
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "Conflict" FOR EACH ROW WHEN (NEW."workspaceId" = '${ws.workspace.id}') EXECUTE FUNCTION ${name}()`,
    );
    try {
      await toll(ws.actors.EDITOR, "EXACT", 9);
      const failed = await eventually(
        async () => (await detectionJobs(ws)).find((j) => j.state === "retry"),
        "a failed try waiting for its retry",
      );
      expect(failed).toMatchObject({ attempts: expect.any(Number), maxAttempts: 5, lastError: expect.any(String) });
      expect(await conflictsOf(ws)).toEqual([]);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "Conflict"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    }

    await eventually(async () => (await conflictsOf(ws)).length > 0, "the conflict stored by a retry");
    const [retried] = await settled(ws);
    expect(retried!.attempts).toBeGreaterThanOrEqual(2);
  });
});
