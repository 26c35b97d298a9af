import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError, ForbiddenError } from "@/lib/errors";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { DEFAULT_RATING_LEVELS } from "@/lib/workspaces/default-rating-scale";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { ROLES } from "@/lib/policy/actor";
import { createArticle, createUser, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";

function workspaceInput(suffix = uniqueSuffix()) {
  return { name: `Politics desk ${suffix}`, slug: `politics-${suffix}`, organisationName: "The Test Gazette" };
}

describe("createWorkspace", () => {
  it("makes the creator its only member, as ADMIN, and audits the creation", async () => {
    const user = await createUser();
    const input = workspaceInput();
    const created = await createWorkspace(user.id, input);

    expect(created.slug).toBe(input.slug);
    const memberships = await db.membership.findMany({
      where: { workspaceId: created.id },
      select: { userId: true, role: true },
    });
    expect(memberships).toEqual([{ userId: user.id, role: "ADMIN" }]);
    const events = await db.auditEvent.findMany({ where: { workspaceId: created.id } });
    expect(events).toEqual([
      expect.objectContaining({ actorId: user.id, action: "workspace.created", entityId: created.id, after: input }),
    ]);
  });

  it("creates the default rating scale: 7 levels in order, with their ordinals", async () => {
    const user = await createUser();
    const created = await createWorkspace(user.id, workspaceInput());
    const scale = await db.ratingScale.findUniqueOrThrow({
      where: { workspaceId: created.id },
      select: {
        levels: {
          orderBy: { position: "asc" },
          select: { key: true, position: true, ordinal: true, workspaceId: true },
        },
      },
    });
    expect(scale.levels).toHaveLength(7);
    expect(scale.levels.map((l) => l.key)).toEqual([
      "ACCURATE",
      "MOSTLY_ACCURATE",
      "MIXED",
      "MOSTLY_INACCURATE",
      "FALSE_CLAIM",
      "MISLEADING",
      "UNVERIFIABLE",
    ]);
    expect(scale.levels.map((l) => l.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(scale.levels.map((l) => l.ordinal)).toEqual(DEFAULT_RATING_LEVELS.map((l) => l.ordinal));
    expect(new Set(scale.levels.map((l) => l.workspaceId))).toEqual(new Set([created.id]));
  });

  it("refuses a taken slug with a field error on `slug`, and creates nothing", async () => {
    const first = await createUser();
    const second = await createUser();
    const input = workspaceInput();
    await createWorkspace(first.id, input);

    const attempt = createWorkspace(second.id, { ...input, name: "Another desk" });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    const error = (await attempt.catch((e: unknown) => e)) as InvalidInputError;
    expect(error.fieldErrors).toEqual({ slug: ["This address is taken."] });
    expect(await db.membership.count({ where: { userId: second.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: second.id } })).toBe(0);
  });
});

describe("findMyWorkspaces", () => {
  it("returns only the user's workspaces, with their role in each, by name", async () => {
    const a = await createWorkspaceWithMembers({ name: `A desk ${uniqueSuffix()}` });
    const b = await createWorkspaceWithMembers({ name: `B desk ${uniqueSuffix()}` });
    await createWorkspaceWithMembers(); // someone else's, must not appear
    await db.membership.create({ data: { workspaceId: a.workspace.id, userId: b.users.EDITOR.id, role: "REVIEWER" } });

    expect(await findMyWorkspaces(b.users.EDITOR.id)).toEqual([
      { slug: a.workspace.slug, name: a.workspace.name, role: "REVIEWER" },
      { slug: b.workspace.slug, name: b.workspace.name, role: "EDITOR" },
    ]);
  });

  it("is empty for a user without memberships", async () => {
    const loner = await createUser();
    expect(await findMyWorkspaces(loner.id)).toEqual([]);
  });
});

describe("getWorkspace", () => {
  it("gives every member the workspace with its member and (not deleted) article counts", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    await createArticle(actors.EDITOR);
    await createArticle(actors.EDITOR);
    await createArticle(actors.EDITOR, { deletedAt: new Date() });

    for (const role of ROLES) {
      expect(await getWorkspace(actors[role])).toEqual({
        id: workspace.id,
        slug: workspace.slug,
        name: workspace.name,
        organisationName: expect.any(String),
        counts: { articles: 2, members: 4, claims: 0, awaitingReview: 0, openConflicts: 0 },
      });
    }
  });

  it("refuses an actor whose role does not allow reading (defence in depth)", async () => {
    const { actors } = await createWorkspaceWithMembers();
    await expect(getWorkspace({ ...actors.VIEWER, role: "NOBODY" as never })).rejects.toThrow(ForbiddenError);
  });
});
