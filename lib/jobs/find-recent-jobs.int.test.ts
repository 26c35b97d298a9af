import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { GET as listJobs } from "@/app/api/v1/workspace/jobs/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { ForbiddenError } from "@/lib/errors";
import { inviteMember } from "@/lib/invitations/invite-member";
import { findInvitations } from "@/lib/invitations/find-invitations";
import { findRecentJobs } from "@/lib/jobs/find-recent-jobs";
import { eventually, startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { createWorkspaceWithMembers, uniqueEmail } from "@/prisma/factories";
import { pagesThereAndBack } from "@/test/support/walk-pages";

let jobs: TestJobs;
beforeAll(async () => {
  jobs = await startTestJobRunner({ retryDelaySeconds: 60 });
  process.env.SMTP_URL = "smtp://127.0.0.1:9"; // refused: every send fails
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await jobs.stop();
});

describe("findRecentJobs (the admin's jobs page and GET /api/v1/workspace/jobs)", () => {
  it("an admin sees their workspace's mail job with its failed try and the reason, never the mail; another workspace's admin does not", async () => {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const email = uniqueEmail("invited");
    await inviteMember(ws.actors.ADMIN, { email, name: "", role: "EDITOR" });

    const [job] = await eventually(async () => {
      const found = (await findRecentJobs(ws.actors.ADMIN)).items;
      return found.length > 0 && found[0]!.state === "retry" ? found : null;
    }, "the mail job's first failed try");
    expect(job).toMatchObject({
      queue: "mail.deliver",
      state: "retry",
      attempts: 1,
      maxAttempts: 5,
      completedAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    expect(JSON.stringify(job)).not.toContain(email);
    // the invitation's delivery status says the same
    const [invitation] = (await findInvitations(ws.actors.ADMIN)).items;
    expect(invitation!.delivery).toMatchObject({
      state: "failed",
      sentAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });

    expect(await findRecentJobs(other.actors.ADMIN)).toEqual({ items: [], nextCursor: null, previousCursor: null });
  });

  it("is for admins only", async () => {
    const ws = await createWorkspaceWithMembers();
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const)
      await expect(findRecentJobs(ws.actors[role])).rejects.toThrow(ForbiddenError);
  });

  it("pages newest first: first, next and last page, each job once (three in one millisecond, microseconds apart), back again, forged cursors refused", async () => {
    const ws = await createWorkspaceWithMembers();
    const ids = await archivedJobs(ws.workspace.id, [
      "2025-03-01 08:00:00.123456+00",
      "2025-03-01 08:00:00.123001+00",
      "2025-03-01 08:00:00.123999+00",
      "2025-03-01 08:01:00+00",
      "2025-03-01 08:02:00+00",
    ]);
    await archivedJobs((await createWorkspaceWithMembers()).workspace.id, ["2025-03-01 08:00:30+00"]);
    const newestFirst = [ids[4]!, ids[3]!, ...ids.slice(0, 3).sort().reverse()];
    const admin = ws.actors.ADMIN;
    const read = (cursor?: string) => findRecentJobs(admin, { pageSize: 2, cursor });

    const { first, forward, back } = await pagesThereAndBack(read);
    expect(first.previousCursor).toBeNull();
    expect(first.items[0]).toMatchObject({ queue: "mail.deliver", state: "completed", attempts: 1, maxAttempts: 3 });
    expect(forward).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);
    expect(back).toEqual(newestFirst.slice(2, 4));

    const cursorOf = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    await expect(read(cursorOf(["2025-03-01T08:00:00.123Z", "not-a-uuid"]))).rejects.toThrow(InvalidCursorError);
    await expect(read("forged")).rejects.toThrow(InvalidCursorError);
  });

  it("over the API: a page with Link headers, and a forged cursor is 400", async () => {
    const ws = await createWorkspaceWithMembers();
    const ids = await archivedJobs(ws.workspace.id, ["2025-03-01 08:00:00+00", "2025-03-01 08:01:00+00"]);
    const token = await tokenFor(ws, "ADMIN");
    const first = await call(listJobs, "GET", "/workspace/jobs", { token, query: { limit: "1" } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ items: [{ id: ids[1] }], previousCursor: null, nextCursor: expect.any(String) });
    expect(first.headers.get("link")).toMatch(/rel="next"/);
    const next = await call(listJobs, "GET", "/workspace/jobs", {
      token,
      query: { limit: "1", cursor: first.body.nextCursor },
    });
    expect(next.body).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });
    expectProblem(await call(listJobs, "GET", "/workspace/jobs", { token, query: { cursor: "forged" } }), 400);
  });
});

/** Finished mail jobs of the workspace, as pg-boss archives them, created at the given instants (microseconds kept). */
async function archivedJobs(workspaceId: string, createdOn: string[]): Promise<string[]> {
  const schema = Prisma.raw(`"${jobs.schema}"`);
  const ids = createdOn.map(() => randomUUID());
  for (const [i, at] of createdOn.entries())
    await db.$executeRaw`
      INSERT INTO ${schema}.archive (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff,
        start_after, started_on, expire_in, created_on, completed_on, keep_until)
      VALUES (${ids[i]}::uuid, 'mail.deliver', 0, ${JSON.stringify({ workspaceId })}::jsonb, 'completed', 2, 0, 0, false,
        ${at}::timestamptz, ${at}::timestamptz, interval '15 minutes', ${at}::timestamptz, ${at}::timestamptz, now() + interval '14 days')`;
  return ids;
}

describe("the jobs list's index", () => {
  it("installJobSchema indexes the workspace and the instant on the archive and on every queue's job table", async () => {
    const indexed = await db.$queryRaw<{ tablename: string; indexdef: string }[]>`
      SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = ${jobs.schema} AND indexdef LIKE '%workspaceId%'`;
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      SELECT c.relname AS tablename FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace
      WHERE n.nspname = ${jobs.schema} AND p.relname = 'job'`;
    expect(tables.length).toBeGreaterThan(3);
    for (const table of ["archive", "job", ...tables.map((t) => t.tablename)])
      expect(indexed.find((i) => i.tablename === table)?.indexdef, table).toMatch(
        /\(\(data ->> 'workspaceId'::text\)\), date_trunc\('milliseconds'::text, \(created_on AT TIME ZONE 'UTC'::text\)\), id\)/,
      );
  });
});
