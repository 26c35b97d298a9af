import { describe, expect, it } from "vitest";
import { createClaimRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { db } from "@/lib/db/client";
import { findClaims } from "@/lib/claims/find-claims";
import type { ClaimListQuery } from "@/lib/claims/claim-list-query";
import { decodeCursor, encodeCursor, InvalidCursorError } from "@/lib/paging/keyset";

const AT = new Date("2025-03-01T08:00:00.000Z");
const PAGE = 4;

/** 10 live claims (2.5 pages) created in the same millisecond, so only the id orders them; 2 more by another claimant, 1 deleted. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const ours: string[] = [];
  for (let i = 0; i < 10; i++)
    ours.push((await createClaimRecord(ws.actors.EDITOR, { claimant: "Ministry of Energy" })).id);
  const others = [
    (await createClaimRecord(ws.actors.EDITOR, { claimant: "Mayor's office" })).id,
    (await createClaimRecord(ws.actors.EDITOR, { claimant: "Mayor's office" })).id,
  ];
  await createClaimRecord(ws.actors.EDITOR, { claimant: "Ministry of Energy", deletedAt: new Date() });
  await db.claim.updateMany({ where: { workspaceId: ws.workspace.id }, data: { createdAt: AT } });
  return { ws, ours, others };
}

const newestFirst = (ids: string[]) => [...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));

describe("the claim list pages backwards", () => {
  it("goes forward to the short last page and back to the first, each page showing exactly its rows though every createdAt ties", async () => {
    const { ws, ours } = await world();
    const query: Partial<ClaimListQuery> = { sort: "newest", claimant: "energy", pageSize: PAGE };
    const read = (cursor?: string) => findClaims(ws.actors.VIEWER, { ...query, cursor });
    const expected = newestFirst(ours);
    const rows = (n: number) => expected.slice((n - 1) * PAGE, n * PAGE);

    const page1 = await read();
    const page2 = await read(page1.nextCursor!);
    const page3 = await read(page2.nextCursor!);
    expect([page1, page2, page3].map((p) => p.items.map((c) => c.id))).toEqual([rows(1), rows(2), rows(3)]);
    expect(page1.previousCursor).toBeNull();
    expect(page3.nextCursor).toBeNull();
    expect(page3.items).toHaveLength(2);

    const back2 = await read(page3.previousCursor!);
    expect(back2.items.map((c) => c.id)).toEqual(rows(2));
    expect((await read(back2.nextCursor!)).items.map((c) => c.id)).toEqual(rows(3));

    const back1 = await read(back2.previousCursor!);
    expect(back1.items.map((c) => c.id)).toEqual(rows(1));
    expect(back1.previousCursor).toBeNull();
    expect((await read(back1.nextCursor!)).items.map((c) => c.id)).toEqual(rows(2));
  });

  it("keeps the filter when reading backwards: the other claimant's claims never come in", async () => {
    const { ws, ours, others } = await world();
    const page1 = await findClaims(ws.actors.VIEWER, { sort: "oldest", claimant: "energy", pageSize: PAGE });
    const page2 = await findClaims(ws.actors.VIEWER, {
      sort: "oldest",
      claimant: "energy",
      pageSize: PAGE,
      cursor: page1.nextCursor!,
    });
    const back = await findClaims(ws.actors.VIEWER, {
      sort: "oldest",
      claimant: "energy",
      pageSize: PAGE,
      cursor: page2.previousCursor!,
    });
    expect(back.items.map((c) => c.id)).toEqual([...ours].sort().slice(0, PAGE));
    for (const other of others) expect(back.items.map((c) => c.id)).not.toContain(other);
    expect(back.previousCursor).toBeNull();
  });

  it("moves a backward cursor forged from another workspace's rows only within the caller's workspace, and refuses a malformed one", async () => {
    const { ws, ours } = await world();
    const outsider = await createWorkspaceWithMembers();
    const theirs = (await createClaimRecord(outsider.actors.EDITOR, { claimant: "Ministry of Energy" })).id;
    const oursLast = newestFirst(ours).at(-1)!;
    const cursor = encodeCursor({ value: AT, id: oursLast, reading: "before" });
    expect(decodeCursor(cursor, "date").reading).toBe("before");
    // "before" our oldest row in newest-first order: every newer row, but only of the caller's workspace
    const ourSide = await findClaims(outsider.actors.ADMIN, { sort: "newest", pageSize: PAGE, cursor });
    expect(ourSide.items.map((c) => c.id)).toEqual([theirs]);
    expect(ourSide.previousCursor).toBeNull();
    await expect(
      findClaims(ws.actors.VIEWER, {
        cursor: Buffer.from(JSON.stringify([AT.toISOString(), oursLast, "backwards"])).toString("base64url"),
      }),
    ).rejects.toThrow(InvalidCursorError);
  });
});
