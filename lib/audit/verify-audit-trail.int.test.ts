import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import { GET as verifyRoute } from "@/app/api/v1/workspace/audit/verification/route";
import { call, tokenFor } from "@/test/support/api-calls";
import { createWorkspaceWithMembers } from "@/prisma/factories";

describe("verifyAuditTrail", () => {
  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)("is refused to a %s, like the audit log", async (role) => {
    const { actors } = await createWorkspaceWithMembers();
    await expect(verifyAuditTrail(actors[role])).rejects.toThrow(ForbiddenError);
  });

  it("tells an admin the trail is intact, how many events it holds and the last one", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const last = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: workspace.id },
      orderBy: { chainSeq: "desc" },
    });
    const status = await verifyAuditTrail(actors.ADMIN);
    expect(status).toMatchObject({
      intact: true,
      eventsVerified: Number(last.chainSeq),
      brokenAt: null,
      lastVerified: { eventId: last.id, sequence: Number(last.chainSeq), hash: last.hash },
    });
  });

  it("names the first broken event after a change behind the app's back", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const first = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, chainSeq: 1n } });
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "actorId" = NULL WHERE "id" = ${first.id}`;
    });
    expect(await verifyAuditTrail(actors.ADMIN)).toMatchObject({
      intact: false,
      eventsVerified: 0,
      lastVerified: null,
      brokenAt: { eventId: first.id, sequence: 1, kind: "content_changed" },
    });
  });
});

describe("GET /api/v1/workspace/audit/verification", () => {
  it("answers an admin token the token's workspace status, and 403 to an editor's", async () => {
    const world = await createWorkspaceWithMembers();
    const admin = await call(verifyRoute, "GET", "/workspace/audit/verification", {
      token: await tokenFor(world, "ADMIN"),
    });
    expect(admin.status, JSON.stringify(admin.body)).toBe(200);
    expect(admin.body).toMatchObject({
      intact: true,
      brokenAt: null,
      lastVerified: { sequence: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(admin.body.eventsVerified).toBeGreaterThan(0);

    const editor = await call(verifyRoute, "GET", "/workspace/audit/verification", {
      token: await tokenFor(world, "EDITOR"),
    });
    expect(editor.status).toBe(403);
  });
});
