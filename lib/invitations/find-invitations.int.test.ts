import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findInvitations } from "@/lib/invitations/find-invitations";
import { inviteMember } from "@/lib/invitations/invite-member";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { createWorkspaceWithMembers, uniqueEmail } from "@/prisma/factories";
import { pagesThereAndBack } from "@/test/support/walk-pages";

const DAY = 24 * 60 * 60 * 1000;

describe("findInvitations", () => {
  it("pages the open and lately closed invitations newest first, there and back, with the total; older closed ones are left out", async () => {
    const world = await createWorkspaceWithMembers();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await inviteMember(world.actors.ADMIN, { email: uniqueEmail(`inv${i}`), role: "VIEWER" })).invitationId,
      );
    const tied = new Date(Date.now() - DAY);
    // invitations 1 and 2 were made in the same millisecond: the id breaks the tie
    const madeAt = [new Date(Date.now() - 3 * DAY), tied, tied, new Date(Date.now() - 2 * 60_000), new Date()];
    for (const [i, id] of ids.entries()) await db.invitation.update({ where: { id }, data: { createdAt: madeAt[i] } });
    const old = (await inviteMember(world.actors.ADMIN, { email: uniqueEmail("old"), role: "VIEWER" })).invitationId;
    await db.invitation.update({ where: { id: old }, data: { revokedAt: new Date(Date.now() - 30 * DAY) } });
    const newestFirst = [ids[4]!, ids[3]!, ...[ids[1]!, ids[2]!].sort().reverse(), ids[0]!];

    const read = (cursor?: string) => findInvitations(world.actors.ADMIN, { pageSize: 2, cursor });
    const { first, forward, back } = await pagesThereAndBack(read);
    expect(first).toMatchObject({ total: 5, previousCursor: null });
    expect(forward).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);
    expect(back).toEqual(newestFirst.slice(2, 4));
    await expect(read("not-a-cursor")).rejects.toThrow(InvalidCursorError);
  });
});
