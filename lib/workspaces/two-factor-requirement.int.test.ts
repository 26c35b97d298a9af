import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { GET, PUT } from "@/app/api/v1/workspace/two-factor/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { getTwoFactorRequirement } from "@/lib/workspaces/get-two-factor-requirement";
import { updateTwoFactorRequirement, ENROL_FIRST_MESSAGE } from "@/lib/workspaces/update-two-factor-requirement";
import { beginTwoFactorEnrolment } from "@/lib/auth/two-factor/begin-two-factor-enrolment";
import { confirmTwoFactorEnrolment } from "@/lib/auth/two-factor/confirm-two-factor-enrolment";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/get-two-factor-status";
import { totpCodeAt } from "@/lib/auth/two-factor/totp";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";
});

async function enrol(userId: string): Promise<void> {
  await beginTwoFactorEnrolment(userId);
  const secret = (await getTwoFactorStatus(userId)).pending!.secret;
  await confirmTwoFactorEnrolment(userId, { code: totpCodeAt(secret, Date.now()) });
}

async function state(w: TestWorkspace) {
  const [workspace, audit] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: w.workspace.id }, select: { requireTwoFactor: true } }),
    db.auditEvent.count({ where: { workspaceId: w.workspace.id } }),
  ]);
  return { required: workspace.requireTwoFactor, audit };
}

describe("requiring two-factor sign-in in a workspace", () => {
  it("is refused (409, nothing written) while the admin turning it on has no two-factor, then works once they do", async () => {
    const w = await createWorkspaceWithMembers();
    const before = await state(w);
    await expect(updateTwoFactorRequirement(w.actors.ADMIN, { required: true })).rejects.toThrow(
      new ConflictError(ENROL_FIRST_MESSAGE),
    );
    expect(await state(w)).toEqual(before);

    await enrol(w.users.ADMIN.id);
    // reviewer and the admin were counted; the admin has it now
    expect(await updateTwoFactorRequirement(w.actors.ADMIN, { required: true })).toEqual({
      required: true,
      membersWithoutTwoFactor: 1,
    });
    expect(await getTwoFactorRequirement(w.actors.ADMIN)).toEqual({ required: true, membersWithoutTwoFactor: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: w.workspace.id, action: "workspace.two_factor_requirement_changed" },
    });
    expect(audit).toMatchObject({ actorId: w.users.ADMIN.id, before: { required: false }, after: { required: true } });

    // saving the same value again writes no audit row
    const again = await state(w);
    await updateTwoFactorRequirement(w.actors.ADMIN, { required: true });
    expect(await state(w)).toEqual(again);

    expect(await updateTwoFactorRequirement(w.actors.ADMIN, { required: false })).toMatchObject({ required: false });
    expect((await state(w)).required).toBe(false);
  });

  it("is for admins only: other roles get 403 and change nothing", async () => {
    const w = await createWorkspaceWithMembers();
    await enrol(w.users.REVIEWER.id);
    const before = await state(w);
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const) {
      await expect(updateTwoFactorRequirement(w.actors[role], { required: false })).rejects.toThrow(ForbiddenError);
      await expect(updateTwoFactorRequirement(w.actors[role], { required: true })).rejects.toThrow(ForbiddenError);
      await expect(getTwoFactorRequirement(w.actors[role])).rejects.toThrow(ForbiddenError);
    }
    expect(await state(w)).toEqual(before);
  });

  it("over the API: admins read and set it (409 without their own two-factor), other roles 403, another workspace's token changes only its own", async () => {
    const w = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const [admin, reviewer, outsider] = await Promise.all([
      tokenFor(w, "ADMIN"),
      tokenFor(w, "REVIEWER"),
      tokenFor(other, "ADMIN"),
    ]);

    expect(await call(GET, "GET", "/workspace/two-factor", { token: admin })).toMatchObject({
      status: 200,
      body: { required: false, membersWithoutTwoFactor: 2 },
    });
    expectProblem(await call(GET, "GET", "/workspace/two-factor", { token: reviewer }), 403);
    expectProblem(await call(PUT, "PUT", "/workspace/two-factor", { token: reviewer, body: { required: false } }), 403);
    expectProblem(await call(PUT, "PUT", "/workspace/two-factor", { token: admin, body: { required: "yes" } }), 400);
    const refused = await call(PUT, "PUT", "/workspace/two-factor", { token: admin, body: { required: true } });
    expectProblem(refused, 409);
    expect(JSON.stringify(refused.body)).toContain("Set up two-factor sign-in for your own account first");
    expect((await state(w)).required).toBe(false);

    await enrol(w.users.ADMIN.id);
    expect(await call(PUT, "PUT", "/workspace/two-factor", { token: admin, body: { required: true } })).toMatchObject({
      status: 200,
      body: { required: true, membersWithoutTwoFactor: 1 },
    });

    const before = await state(w);
    expect(
      await call(PUT, "PUT", "/workspace/two-factor", { token: outsider, body: { required: false } }),
    ).toMatchObject({ status: 200, body: { required: false } });
    expect(await state(w)).toEqual(before);
  });
});
