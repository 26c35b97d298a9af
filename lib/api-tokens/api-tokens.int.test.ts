/** API token use cases: create (secret once, hash only, audited), list, revoke, and who may do it. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { findApiTokens } from "@/lib/api-tokens/find-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { API_TOKEN_PATTERN, hashApiTokenSecret } from "@/lib/api-tokens/token-secret";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";
import { ROLES } from "@/lib/policy/actor";
import { pagesThereAndBack } from "@/test/support/walk-pages";

const tokenCount = (workspaceId: string) => db.apiToken.count({ where: { workspaceId } });

describe("createApiToken", () => {
  it("returns the secret once and stores only its hash and prefix, audited without either", async () => {
    const world = await createWorkspaceWithMembers();
    const created = await createApiToken(world.actors.ADMIN, { name: "Newsletter sync", role: "EDITOR" });
    expect(created.secret).toMatch(API_TOKEN_PATTERN);
    expect(created).toMatchObject({ name: "Newsletter sync", role: "EDITOR", prefix: created.secret.slice(0, 11) });

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      workspaceId: world.workspace.id,
      tokenHash: hashApiTokenSecret(created.secret),
      prefix: created.prefix,
      createdById: world.users.ADMIN.id,
      lastUsedAt: null,
      revokedAt: null,
    });
    const stored = JSON.stringify(await db.apiToken.findMany({ where: { workspaceId: world.workspace.id } }));
    expect(stored).not.toContain(created.secret);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: world.workspace.id, action: "api_token.created" },
    });
    expect(audit).toMatchObject({
      actorId: world.users.ADMIN.id,
      entityId: created.id,
      after: { name: "Newsletter sync", role: "EDITOR", prefix: created.prefix },
    });
    const recorded = JSON.stringify([audit.before, audit.after]);
    expect(recorded).not.toContain(created.secret.slice(11));
    expect(recorded).not.toContain(row.tokenHash);
  });

  it.each(ROLES)("an admin may give role %s (never above their own)", async (role) => {
    const world = await createWorkspaceWithMembers();
    expect((await createApiToken(world.actors.ADMIN, { name: "t", role })).role).toBe(role);
  });

  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)("%s: ForbiddenError, nothing stored", async (role) => {
    const world = await createWorkspaceWithMembers();
    await expectRefusedWithoutChange(
      [world.workspace.id],
      () => createApiToken(world.actors[role], { name: "t", role: "VIEWER" }),
      ForbiddenError,
    );
    expect(await tokenCount(world.workspace.id)).toBe(0);
  });
});

describe("findApiTokens", () => {
  it("lists the workspace's tokens without secrets or hashes, newest first, and flags creators who left", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const old = await createApiToken(world.actors.ADMIN, { name: "old", role: "VIEWER" });
    const active = await createApiToken(world.actors.ADMIN, { name: "active", role: "EDITOR" });
    await createApiToken(other.actors.ADMIN, { name: "theirs", role: "EDITOR" });
    await revokeApiToken(world.actors.ADMIN, { tokenId: old.id });

    const { items: tokens, total } = await findApiTokens(world.actors.ADMIN);
    expect(total).toBe(2);
    expect(tokens.map((t) => [t.name, t.revokedAt === null])).toEqual([
      ["active", true],
      ["old", false],
    ]);
    expect(tokens[0]).toMatchObject({
      id: active.id,
      prefix: active.prefix,
      role: "EDITOR",
      createdByName: world.users.ADMIN.name,
      creatorIsMember: true,
    });
    expect(JSON.stringify(tokens)).not.toContain(hashApiTokenSecret(active.secret));
    await expect(findApiTokens(world.actors.REVIEWER)).rejects.toThrow(ForbiddenError);
  });

  it("pages: first, next and last page, each token once (ties on the creation time too), back again, and a forged cursor refused", async () => {
    const world = await createWorkspaceWithMembers();
    await createApiToken((await createWorkspaceWithMembers()).actors.ADMIN, { name: "theirs", role: "EDITOR" });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await createApiToken(world.actors.ADMIN, { name: `tool ${i}`, role: "VIEWER" })).id);
    await revokeApiToken(world.actors.ADMIN, { tokenId: ids[1]! });
    const tied = new Date("2025-03-01T08:00:00.000Z");
    await db.apiToken.updateMany({ where: { id: { in: ids.slice(0, 3) } }, data: { createdAt: tied } });
    const newestFirst = [ids[4]!, ids[3]!, ...ids.slice(0, 3).sort().reverse()];
    const admin = world.actors.ADMIN;
    const read = (cursor?: string) => findApiTokens(admin, { pageSize: 2, cursor });

    const { first, forward, back } = await pagesThereAndBack(read);
    expect(first).toMatchObject({ total: 5, previousCursor: null });
    expect(forward).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);
    expect(back).toEqual(newestFirst.slice(2, 4));
    await expect(read(Buffer.from(JSON.stringify([tied.toISOString()])).toString("base64url"))).rejects.toThrow(
      InvalidCursorError,
    );
  });
});

describe("revokeApiToken", () => {
  it("revokes once, audited; revoking again changes nothing", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await createApiToken(world.actors.ADMIN, { name: "ci", role: "VIEWER" });
    await revokeApiToken(world.actors.ADMIN, { tokenId: token.id });
    const revokedAt = (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    await revokeApiToken(world.actors.ADMIN, { tokenId: token.id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toEqual(revokedAt);
    expect(
      await db.auditEvent.count({
        where: { workspaceId: world.workspace.id, action: "api_token.revoked", entityId: token.id },
      }),
    ).toBe(1);
  });

  it("another workspace's admin: NotFoundError; an editor: ForbiddenError; the token stays active", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const token = await createApiToken(world.actors.ADMIN, { name: "ci", role: "VIEWER" });
    await expectRefusedWithoutChange(
      [world.workspace.id, other.workspace.id],
      () => revokeApiToken(other.actors.ADMIN, { tokenId: token.id }),
      NotFoundError,
    );
    await expectRefusedWithoutChange(
      [world.workspace.id],
      () => revokeApiToken(world.actors.EDITOR, { tokenId: token.id }),
      ForbiddenError,
    );
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });
});
