import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import * as members from "@/app/api/v1/workspace/members/route";
import * as member from "@/app/api/v1/workspace/members/[membershipId]/route";
import * as invitations from "@/app/api/v1/workspace/invitations/route";
import * as invitation from "@/app/api/v1/workspace/invitations/[invitationId]/route";
import * as resend from "@/app/api/v1/workspace/invitations/[invitationId]/resend/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { latestInvitationToken } from "@/lib/invitations/test-support";
import { createWorkspaceWithMembers, uniqueEmail } from "@/prisma/factories";

describe("members and invitations over the API", () => {
  it("an admin token invites, lists, resends and revokes; no token or hash is ever in an answer", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const email = uniqueEmail("api");

    const created = await call(invitations.POST, "POST", "/workspace/invitations", {
      token,
      body: { email, role: "EDITOR", name: "Api Person" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email,
      role: "EDITOR",
      status: "pending",
      name: "Api Person",
      delivery: { state: "not_sent" },
    });
    expect(created.headers.get("location")).toBe(`/api/v1/workspace/invitations/${created.body.id}`);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const first = await latestInvitationToken(email);

    expectProblem(
      await call(invitations.POST, "POST", "/workspace/invitations", { token, body: { email, role: "VIEWER" } }),
      409,
    );
    expectProblem(
      await call(invitations.POST, "POST", "/workspace/invitations", {
        token,
        body: { email: world.users.VIEWER.email, role: "VIEWER" },
      }),
      409,
    );
    expectProblem(
      await call(invitations.POST, "POST", "/workspace/invitations", {
        token,
        body: { email: "nope", role: "VIEWER" },
      }),
      400,
    );
    expectProblem(
      await call(invitations.POST, "POST", "/workspace/invitations", {
        token,
        body: { email: uniqueEmail("x"), role: "VIEWER", password: "chosen by admin" },
      }),
      400,
    );

    const resent = await call(resend.POST, "POST", `/workspace/invitations/${created.body.id}/resend`, {
      token,
      params: { invitationId: created.body.id },
    });
    expect(resent.status).toBe(200);
    const second = await latestInvitationToken(email);
    expect(second).not.toBe(first);

    const listed = await call(invitations.GET, "GET", "/workspace/invitations", { token });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    const everything = JSON.stringify([created.body, resent.body, listed.body]);
    for (const secret of [first, second]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/tokenHash|[0-9a-f]{64}/);

    expect(
      (
        await call(invitation.DELETE, "DELETE", `/workspace/invitations/${created.body.id}`, {
          token,
          params: { invitationId: created.body.id },
        })
      ).status,
    ).toBe(204);
    expectProblem(
      await call(invitation.DELETE, "DELETE", `/workspace/invitations/${created.body.id}`, {
        token,
        params: { invitationId: created.body.id },
      }),
      404,
    );
  });

  it("an admin token lists members, changes a role and removes a member; the last admin stays (409)", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const listed = await call(members.GET, "GET", "/workspace/members", { token });
    expect(listed.body.items).toHaveLength(4);
    expect(Object.keys(listed.body.items[0]).sort()).toEqual([
      "email",
      "joinedAt",
      "membershipId",
      "name",
      "role",
      "userId",
    ]);

    const changed = await call(member.PATCH, "PATCH", `/workspace/members/${world.membershipIds.VIEWER}`, {
      token,
      params: { membershipId: world.membershipIds.VIEWER },
      body: { role: "EDITOR" },
    });
    expect(changed.body).toMatchObject({
      membershipId: world.membershipIds.VIEWER,
      role: "EDITOR",
      email: world.users.VIEWER.email,
    });
    expectProblem(
      await call(member.PATCH, "PATCH", `/workspace/members/${world.membershipIds.ADMIN}`, {
        token,
        params: { membershipId: world.membershipIds.ADMIN },
        body: { role: "VIEWER" },
      }),
      409,
    );
    expect(
      (
        await call(member.DELETE, "DELETE", `/workspace/members/${world.membershipIds.EDITOR}`, {
          token,
          params: { membershipId: world.membershipIds.EDITOR },
        })
      ).status,
    ).toBe(204);
    expect(await db.membership.count({ where: { id: world.membershipIds.EDITOR } })).toBe(0);
  });

  it("members and invitations page with a Link header and a total; `q` finds members; a bad cursor or limit is 400", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const list = (handler: typeof members.GET, path: string, query: Record<string, string>) =>
      call(handler, "GET", path, { token, query });

    const first = await list(members.GET, "/workspace/members", { limit: "3" });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 4, previousCursor: null, nextCursor: expect.any(String) });
    expect(first.body.items).toHaveLength(3);
    expect(first.headers.get("link")).toBe(
      `</api/v1/workspace/members?limit=3&cursor=${first.body.nextCursor}>; rel="next"`,
    );
    const second = await list(members.GET, "/workspace/members", { limit: "3", cursor: first.body.nextCursor });
    expect(second.body).toMatchObject({ total: 4, nextCursor: null, previousCursor: expect.any(String) });
    expect(second.body.items).toHaveLength(1);
    const found = await list(members.GET, "/workspace/members", { q: world.users.EDITOR.email.toUpperCase() });
    expect(found.body).toMatchObject({ total: 1, items: [{ membershipId: world.membershipIds.EDITOR }] });

    for (const email of [uniqueEmail("i1"), uniqueEmail("i2"), uniqueEmail("i3")])
      await call(invitations.POST, "POST", "/workspace/invitations", { token, body: { email, role: "VIEWER" } });
    const invited = await list(invitations.GET, "/workspace/invitations", { limit: "2" });
    expect(invited.body).toMatchObject({ total: 3, previousCursor: null, nextCursor: expect.any(String) });
    expect(invited.headers.get("link")).toContain('rel="next"');
    const rest = await list(invitations.GET, "/workspace/invitations", { limit: "2", cursor: invited.body.nextCursor });
    expect(rest.body.items).toHaveLength(1);

    for (const [handler, path] of [
      [members.GET, "/workspace/members"],
      [invitations.GET, "/workspace/invitations"],
    ] as const) {
      expectProblem(await list(handler, path, { cursor: "forged" }), 400);
      expectProblem(await list(handler, path, { limit: "0" }), 400);
      expectProblem(await list(handler, path, { limit: "101" }), 400);
    }
    // a cursor of the other list is not one of this list
    expectProblem(await list(members.GET, "/workspace/members", { cursor: invited.body.nextCursor }), 400);
  });

  it("a reviewer token gets 403, another workspace's admin token 404, and nothing changes", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const reviewer = await tokenFor(world, "REVIEWER");
    const outsider = await tokenFor(other, "ADMIN");
    const invited = await call(invitations.POST, "POST", "/workspace/invitations", {
      token: await tokenFor(world, "ADMIN"),
      body: { email: uniqueEmail("p"), role: "VIEWER" },
    });
    const before = {
      memberships: await db.membership.findMany({ where: { workspaceId: world.workspace.id }, orderBy: { id: "asc" } }),
      invitations: await db.invitation.findMany({ where: { workspaceId: world.workspace.id } }),
    };

    expectProblem(await call(members.GET, "GET", "/workspace/members", { token: reviewer }), 403);
    expectProblem(await call(invitations.GET, "GET", "/workspace/invitations", { token: reviewer }), 403);
    expectProblem(
      await call(invitations.POST, "POST", "/workspace/invitations", {
        token: reviewer,
        body: { email: uniqueEmail("q"), role: "VIEWER" },
      }),
      403,
    );
    expectProblem(
      await call(member.DELETE, "DELETE", "/x", {
        token: reviewer,
        params: { membershipId: world.membershipIds.VIEWER },
      }),
      403,
    );
    expectProblem(
      await call(member.DELETE, "DELETE", "/x", {
        token: outsider,
        params: { membershipId: world.membershipIds.VIEWER },
      }),
      404,
    );
    expectProblem(
      await call(member.PATCH, "PATCH", "/x", {
        token: outsider,
        params: { membershipId: world.membershipIds.VIEWER },
        body: { role: "ADMIN" },
      }),
      404,
    );
    expectProblem(
      await call(invitation.DELETE, "DELETE", "/x", { token: outsider, params: { invitationId: invited.body.id } }),
      404,
    );
    expectProblem(
      await call(resend.POST, "POST", "/x", { token: outsider, params: { invitationId: invited.body.id } }),
      404,
    );

    expect({
      memberships: await db.membership.findMany({ where: { workspaceId: world.workspace.id }, orderBy: { id: "asc" } }),
      invitations: await db.invitation.findMany({ where: { workspaceId: world.workspace.id } }),
    }).toEqual(before);
  });

  it("one member and one invitation have a GET with an ETag; a stale If-Match on their changes is 412 and changes nothing", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const membershipId = world.membershipIds.VIEWER;
    const read = await call(member.GET, "GET", `/workspace/members/${membershipId}`, {
      token,
      params: { membershipId },
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ membershipId, role: "VIEWER" });
    const etag = read.headers.get("ETag")!;
    const patch = (role: string, ifMatch: string) =>
      call(member.PATCH, "PATCH", "/x", {
        token,
        params: { membershipId },
        body: { role },
        headers: { "If-Match": ifMatch },
      });
    const promoted = await patch("EDITOR", etag);
    expect(promoted.status).toBe(200);
    expect(promoted.headers.get("ETag")).not.toBe(etag);
    const stale = await patch("ADMIN", etag);
    expectProblem(stale, 412);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).role).toBe("EDITOR");
    expectProblem(
      await call(member.GET, "GET", "/x", { token: await tokenFor(world, "REVIEWER"), params: { membershipId } }),
      403,
    );

    const created = await call(invitations.POST, "POST", "/workspace/invitations", {
      token,
      body: { email: uniqueEmail("etag"), role: "VIEWER" },
    });
    const invitationId = created.body.id as string;
    const current = await call(invitation.GET, "GET", "/x", { token, params: { invitationId } });
    expect(current.headers.get("ETag")).toBe(created.headers.get("ETag"));
    expectProblem(
      await call(invitation.DELETE, "DELETE", "/x", {
        token,
        params: { invitationId },
        headers: { "If-Match": '"stale"' },
      }),
      412,
    );
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
    expect(
      (
        await call(invitation.DELETE, "DELETE", "/x", {
          token,
          params: { invitationId },
          headers: { "If-Match": current.headers.get("ETag")! },
        })
      ).status,
    ).toBe(204);
  });
});
