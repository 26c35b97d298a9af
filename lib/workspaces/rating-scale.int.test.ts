import { describe, expect, it } from "vitest";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { updateRatingScale } from "@/lib/workspaces/update-rating-scale";
import { getRatingScale } from "@/lib/workspaces/get-rating-scale";
import { UpdateRatingScaleInputSchema } from "@/lib/workspaces/rating-scale-schemas";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { db } from "@/lib/db/client";

describe("updateRatingScale", () => {
  it("relabels, reorders, archives and adds levels, and audits", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    const levels = await getRatingScale(actors.ADMIN);
    const edited = levels
      .map((l) => ({ ...l, label: l.key === "FALSE_CLAIM" ? "Wrong" : l.label, archived: l.key === "MIXED" }))
      .reverse();
    await updateRatingScale(
      actors.ADMIN,
      UpdateRatingScaleInputSchema.parse({ levels: [...edited, { label: "Satire", ordinal: null, archived: false }] }),
    );
    const after = await getRatingScale(actors.ADMIN);
    expect(after.map((l) => l.key)).toEqual([...edited.map((l) => l.key), "SATIRE"]);
    expect(after.find((l) => l.key === "FALSE_CLAIM")!.label).toBe("Wrong");
    expect(after.find((l) => l.key === "MIXED")!.archived).toBe(true);
    expect(await db.auditEvent.count({ where: { workspaceId: workspace.id, action: "rating_scale.updated" } })).toBe(1);
  });

  it("refuses deleting a level, duplicate labels and shared truth-scale places, changing nothing", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    const levels = await getRatingScale(actors.ADMIN);
    const before = await getRatingScale(actors.ADMIN);
    await expect(
      updateRatingScale(actors.ADMIN, UpdateRatingScaleInputSchema.parse({ levels: levels.slice(1) })),
    ).rejects.toThrow(InvalidInputError);
    expect(
      UpdateRatingScaleInputSchema.safeParse({
        levels: [...levels, { label: "accurate", ordinal: null, archived: false }],
      }).success,
    ).toBe(false);
    expect(
      UpdateRatingScaleInputSchema.safeParse({
        levels: levels.map((l) => ({ ...l, ordinal: l.ordinal === null ? null : 1 })),
      }).success,
    ).toBe(false);
    expect(await getRatingScale(actors.ADMIN)).toEqual(before);
    expect(await db.auditEvent.count({ where: { workspaceId: workspace.id, action: "rating_scale.updated" } })).toBe(0);
  });

  it("only admins; an admin of another workspace changes only their own scale", async () => {
    const owner = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const levels = await getRatingScale(owner.actors.ADMIN);
    const input = UpdateRatingScaleInputSchema.parse({ levels: levels.map((l) => ({ ...l, label: `${l.label}!` })) });
    const before = await workspaceFingerprint(owner.workspace.id);
    await expect(updateRatingScale(owner.actors.REVIEWER, input)).rejects.toThrow(ForbiddenError);
    await updateRatingScale(other.actors.ADMIN, input);
    expect(await workspaceFingerprint(owner.workspace.id)).toEqual(before);
    expect((await getRatingScale(owner.actors.ADMIN))[0]!.label).toBe(levels[0]!.label);
  });
});
