import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findMembers, getMember } from "@/lib/members/find-members";
import { findAssignableMembers } from "@/lib/members/find-assignable-members";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { NotFoundError } from "@/lib/errors";
import { createUser, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { pagesThereAndBack } from "@/test/support/walk-pages";

/** A workspace whose members' names differ in case and alphabet, two share a name, and one has none. */
async function newsroom() {
  const world = await createWorkspaceWithMembers();
  const tag = uniqueSuffix();
  const join = (name: string | null, email: string) =>
    createUser({ workspaceId: world.workspace.id, role: "VIEWER", name: name ?? undefined, email }).then(
      async (user) => {
        if (name === null) await db.user.update({ where: { id: user.id }, data: { name: null } });
        return user;
      },
    );
  const people = {
    zed: await join("Zed Okafor", `zed-${tag}@desk.test`),
    bobB: await join("bob Marley", `b-bob-${tag}@desk.test`),
    bobA: await join("Bob Marley", `a-bob-${tag}@desk.test`),
    anna: await join("anna 100%_true", `anna-${tag}@desk.test`),
    nameless: await join(null, `nameless-${tag}@desk.test`),
    olena: await join("Олена Ткачук", `olena-${tag}@desk.test`),
  };
  const memberships = await db.membership.findMany({ where: { workspaceId: world.workspace.id } });
  const membershipOf = (userId: string) => memberships.find((m) => m.userId === userId)!.id;
  // the four of every world are named "Test User <hex>": between Bob and Zed
  const testUsers = Object.values(world.users)
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .map((u) => membershipOf(u.id));
  const byName = [
    membershipOf(people.anna.id),
    membershipOf(people.bobA.id), // same name, case aside: the email decides
    membershipOf(people.bobB.id),
    ...testUsers,
    membershipOf(people.zed.id),
    membershipOf(people.olena.id),
    membershipOf(people.nameless.id),
  ];
  return { world, tag, people, byName };
}

const withIds = <P extends { items: { membershipId: string }[] }>(page: P) => ({
  ...page,
  items: page.items.map((m) => ({ ...m, id: m.membershipId })),
});

describe("findMembers", () => {
  it("pages by name, then email, case-insensitively, the nameless last, there and back, with the total", async () => {
    const { world, byName } = await newsroom();
    const read = async (cursor?: string) => withIds(await findMembers(world.actors.ADMIN, { pageSize: 4, cursor }));

    const { first, forward, back } = await pagesThereAndBack(read);
    expect(first).toMatchObject({ total: 10, previousCursor: null });
    expect(forward).toEqual([byName.slice(0, 4), byName.slice(4, 8), byName.slice(8)]);
    expect(back).toEqual(byName.slice(4, 8));
  });

  it("finds a member by part of the name or email in any case, with how many match; LIKE's wildcards are plain text", async () => {
    const { world, tag, people } = await newsroom();
    const emails = async (q: string) => {
      const page = await findMembers(world.actors.ADMIN, { pageSize: 50, q });
      return { total: page.total, emails: page.items.map((m) => m.email) };
    };
    expect(await emails("MARLEY")).toEqual({ total: 2, emails: [people.bobA.email, people.bobB.email] });
    expect(await emails(`NAMELESS-${tag}`)).toEqual({ total: 1, emails: [people.nameless.email] });
    expect(await emails("ткачук")).toEqual({ total: 1, emails: [people.olena.email] });
    expect(await emails("100%_")).toEqual({ total: 1, emails: [people.anna.email] });
    expect(await emails("0%t")).toEqual({ total: 0, emails: [] });

    const filtered = (cursor?: string) => findMembers(world.actors.ADMIN, { pageSize: 1, q: "marley", cursor });
    const second = await filtered((await filtered()).nextCursor!);
    expect(second).toMatchObject({ total: 2, nextCursor: null, items: [{ email: people.bobB.email }] });
  });

  it("refuses a cursor it did not issue (InvalidCursorError), also one of another list's form", async () => {
    const { world } = await newsroom();
    const read = (cursor: string) => findMembers(world.actors.ADMIN, { pageSize: 2, cursor });
    const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    for (const cursor of [
      "nonsense",
      forged([new Date().toISOString(), "m1"]),
      forged(['["x","y"]', "m1"]),
      forged(['[true,"a",3]', "m1"]),
    ])
      await expect(read(cursor)).rejects.toThrow(InvalidCursorError);
  });

  it("gets one member of the workspace; another workspace's admin gets NotFoundError", async () => {
    const { world } = await newsroom();
    const other = await createWorkspaceWithMembers();
    await expect(getMember(world.actors.ADMIN, world.membershipIds.EDITOR)).resolves.toMatchObject({
      email: world.users.EDITOR.email,
      role: "EDITOR",
    });
    await expect(getMember(other.actors.ADMIN, world.membershipIds.EDITOR)).rejects.toThrow(NotFoundError);
  });
});

describe("findAssignableMembers", () => {
  it("lists the editors and up by name (as the picker shows them, for its type-ahead), never a viewer", async () => {
    const { world } = await newsroom();
    // names in another order than the emails (admin-…, editor-…, reviewer-…)
    const names = { ADMIN: "Zoe Admin", EDITOR: "anna Editor", REVIEWER: "Max Reviewer" } as const;
    for (const [role, name] of Object.entries(names))
      await db.user.update({ where: { id: world.users[role as keyof typeof names].id }, data: { name } });
    expect(await findAssignableMembers(world.actors.REVIEWER)).toEqual(
      (["EDITOR", "REVIEWER", "ADMIN"] as const).map((role) => ({
        userId: world.users[role].id,
        name: names[role],
        role,
      })),
    );
  });
});
