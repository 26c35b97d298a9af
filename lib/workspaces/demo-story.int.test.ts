import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { tellDemoStory } from "@/prisma/demo/demo-story";
import { createWorkspaceWithMembers } from "@/prisma/factories";

/** What the demo seed (prisma/seed.ts) gives a first start: every page has something to show. */
describe("the demo story", () => {
  it("fills claims, every verdict state, the review queue, both kinds of conflict, a corrected published report, notes and an invitation", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    await tellDemoStory(actors);
    const workspaceId = workspace.id;

    const states = await db.verdict.groupBy({ by: ["status"], where: { claim: { workspaceId } }, _count: true });
    expect(Object.fromEntries(states.map((s) => [s.status, s._count]))).toEqual({
      APPROVED: 2,
      SUBMITTED: 1,
      CHANGES_REQUESTED: 1,
      REJECTED: 1,
      DRAFT: 1,
    });
    const conflicts = await db.conflict.findMany({ where: { workspaceId }, select: { kind: true, status: true } });
    expect(conflicts.map((c) => c.kind).sort()).toEqual(["FIGURE_MISMATCH", "QUOTE_MISMATCH"]);
    const report = await db.report.findFirstOrThrow({
      where: { workspaceId },
      select: { publishedAt: true, corrections: { select: { note: true } } },
    });
    expect(report.publishedAt).not.toBeNull();
    expect(report.corrections.map((c) => c.note)).toContain(
      "Rating changed from Accurate to Mostly accurate: the toll rose to 19 later that day.",
    );
    expect(await db.claimAppearance.count({ where: { claim: { workspaceId } } })).toBeGreaterThan(
      await db.claim.count({ where: { workspaceId } }),
    );
    expect(await db.reply.count({ where: { annotation: { workspaceId } } })).toBe(2);
    expect(await db.invitation.count({ where: { workspaceId, acceptedAt: null } })).toBe(1);
    // every step went through the use cases: each is in the audit log
    expect(await db.auditEvent.count({ where: { workspaceId } })).toBeGreaterThan(40);
  });
});
