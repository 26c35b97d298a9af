import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { GET, PUT } from "@/app/api/v1/workspace/publishing/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { getPublishingSettings } from "@/lib/workspaces/get-publishing-settings";
import { updatePublishingSettings } from "@/lib/workspaces/update-publishing-settings";
import { UpdatePublishingSettingsInputSchema } from "@/lib/workspaces/publishing-settings-schemas";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";

const METHODOLOGY = "https://newsroom.example.org/how-we-check";

async function state(w: TestWorkspace) {
  const [workspace, audit] = await Promise.all([
    db.workspace.findUniqueOrThrow({
      where: { id: w.workspace.id },
      select: { methodologyUrl: true, showCheckerNames: true },
    }),
    db.auditEvent.count({ where: { workspaceId: w.workspace.id, action: "workspace.publishing_settings_changed" } }),
  ]);
  return { ...workspace, audit };
}

describe("publishing settings (methodology page, checkers' names)", () => {
  it("admins set them, audited once per change; blank clears the methodology page", async () => {
    const w = await createWorkspaceWithMembers();
    expect(await getPublishingSettings(w.actors.ADMIN)).toEqual({ methodologyUrl: null, showCheckerNames: false });
    const input = UpdatePublishingSettingsInputSchema.parse({
      methodologyUrl: ` ${METHODOLOGY} `,
      showCheckerNames: true,
    });
    expect(await updatePublishingSettings(w.actors.ADMIN, input)).toEqual({
      methodologyUrl: METHODOLOGY,
      showCheckerNames: true,
    });
    expect(await state(w)).toEqual({ methodologyUrl: METHODOLOGY, showCheckerNames: true, audit: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: w.workspace.id, action: "workspace.publishing_settings_changed" },
    });
    expect(audit).toMatchObject({
      actorId: w.users.ADMIN.id,
      before: { methodologyUrl: null, showCheckerNames: false },
      after: { methodologyUrl: METHODOLOGY, showCheckerNames: true },
    });
    await updatePublishingSettings(w.actors.ADMIN, input);
    expect((await state(w)).audit).toBe(1);
    await updatePublishingSettings(
      w.actors.ADMIN,
      UpdatePublishingSettingsInputSchema.parse({ methodologyUrl: "", showCheckerNames: true }),
    );
    expect(await state(w)).toEqual({ methodologyUrl: null, showCheckerNames: true, audit: 2 });
  });

  it("refuses addresses that are not http(s)", () => {
    for (const methodologyUrl of [
      "javascript:alert(1)",
      "ftp://x.example/",
      "not a url",
      `https://x.example/${"a".repeat(2100)}`,
    ]) {
      expect(UpdatePublishingSettingsInputSchema.safeParse({ methodologyUrl, showCheckerNames: false }).success).toBe(
        false,
      );
    }
  });

  it("is for admins only: other roles get 403 and change nothing", async () => {
    const w = await createWorkspaceWithMembers();
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const) {
      await expectRefusedWithoutChange(
        [w.workspace.id],
        () => updatePublishingSettings(w.actors[role], { methodologyUrl: METHODOLOGY, showCheckerNames: true }),
        ForbiddenError,
      );
      await expect(getPublishingSettings(w.actors[role])).rejects.toThrow(ForbiddenError);
    }
  });

  it("over the API: admins read and replace them (400 for a bad address), other roles 403, another workspace's token changes only its own", async () => {
    const w = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const [admin, reviewer, outsider] = await Promise.all([
      tokenFor(w, "ADMIN"),
      tokenFor(w, "REVIEWER"),
      tokenFor(other, "ADMIN"),
    ]);
    expect(await call(GET, "GET", "/workspace/publishing", { token: admin })).toMatchObject({
      status: 200,
      body: { methodologyUrl: null, showCheckerNames: false },
    });
    expectProblem(await call(GET, "GET", "/workspace/publishing", { token: reviewer }), 403);
    expectProblem(
      await call(PUT, "PUT", "/workspace/publishing", {
        token: reviewer,
        body: { methodologyUrl: null, showCheckerNames: true },
      }),
      403,
    );
    expectProblem(
      await call(PUT, "PUT", "/workspace/publishing", {
        token: admin,
        body: { methodologyUrl: "javascript:alert(1)", showCheckerNames: true },
      }),
      400,
    );
    expect(
      await call(PUT, "PUT", "/workspace/publishing", {
        token: admin,
        body: { methodologyUrl: METHODOLOGY, showCheckerNames: true },
      }),
    ).toMatchObject({ status: 200, body: { methodologyUrl: METHODOLOGY, showCheckerNames: true } });
    const before = await state(w);
    expect(
      await call(PUT, "PUT", "/workspace/publishing", {
        token: outsider,
        body: { methodologyUrl: null, showCheckerNames: false },
      }),
    ).toMatchObject({ status: 200 });
    expect(await state(w)).toEqual(before);
  });
});
