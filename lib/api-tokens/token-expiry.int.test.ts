/**
 * Tokens that end: an expiry chosen at creation (401 from then on, with the
 * message a revoked token gets), and revocation for good — a token of a
 * member who left stays 401 when they are added again, even at a lower role.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { findApiTokens } from "@/lib/api-tokens/find-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { CreateApiTokenInputSchema } from "@/lib/api-tokens/schemas";
import { removeMember } from "@/lib/members/remove-member";
import { createUser, createWorkspaceWithMembers } from "@/prisma/factories";
import { call, expectProblem } from "@/test/support/api-calls";

describe("an expiring token", () => {
  it("works until its expiry, then gets 401 with the revoked token's message; the list says it expired", async () => {
    const world = await createWorkspaceWithMembers();
    const created = await createApiToken(
      world.actors.ADMIN,
      CreateApiTokenInputSchema.parse({ name: "Newsletter", role: "VIEWER", expires: "30" }),
    );
    expect((await call(listClaims, "GET", "/claims", { token: created.secret })).status).toBe(200);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "api_token.created" },
    });
    expect(audit.after).toMatchObject({ expiresAt: created.expiresAt!.toISOString() });

    const revoked = await createApiToken(world.actors.ADMIN, { name: "Old", role: "VIEWER" });
    await revokeApiToken(world.actors.ADMIN, { tokenId: revoked.id });
    const revokedAnswer = await call(listClaims, "GET", "/claims", { token: revoked.secret });

    // a second past its expiry, as time passing would leave it
    await db.apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expiredAnswer = await call(listClaims, "GET", "/claims", { token: created.secret });
    expectProblem(expiredAnswer, 401);
    expect(expiredAnswer.body.detail).toBe(revokedAnswer.body.detail);
    expect(expiredAnswer.headers.get("WWW-Authenticate")).toBe(revokedAnswer.headers.get("WWW-Authenticate"));

    const listed = (await findApiTokens(world.actors.ADMIN)).items;
    expect(listed.find((t) => t.id === created.id)).toMatchObject({ expired: true, revokedAt: null });
    expect(listed.find((t) => t.id === revoked.id)).toMatchObject({ expired: false, revokedReason: "admin" });
  });
});

describe("a leaver's token", () => {
  it("is revoked when its creator is removed and stays 401 after they are added again at a lower role", async () => {
    const world = await createWorkspaceWithMembers();
    const secondAdmin = await createUser({ workspaceId: world.workspace.id, role: "ADMIN" });
    const actor = { userId: secondAdmin.id, workspaceId: world.workspace.id, role: "ADMIN" as const };
    const token = await createApiToken(actor, { name: "Their script", role: "EDITOR" });
    expect((await call(listClaims, "GET", "/claims", { token: token.secret })).status).toBe(200);

    const membership = await db.membership.findFirstOrThrow({
      where: { workspaceId: world.workspace.id, userId: secondAdmin.id },
    });
    await removeMember(world.actors.ADMIN, { membershipId: membership.id });
    expectProblem(await call(listClaims, "GET", "/claims", { token: token.secret }), 401);

    await db.membership.create({ data: { workspaceId: world.workspace.id, userId: secondAdmin.id, role: "VIEWER" } });
    expectProblem(await call(listClaims, "GET", "/claims", { token: token.secret }), 401);
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      revokedReason: "creator_left",
      revokedAt: expect.any(Date),
    });
    expect((await findApiTokens(world.actors.ADMIN)).items.find((t) => t.id === token.id)).toMatchObject({
      revokedReason: "creator_left",
      creatorIsMember: true,
    });

    // an admin's revoke of an already revoked token changes nothing: the reason stays
    await revokeApiToken(world.actors.ADMIN, { tokenId: token.id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedReason).toBe("creator_left");
  });
});
