/** Webhook endpoint use cases: admins only, scoped to the workspace, every change audited, the secret shown only on creation and rotation. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { registerWebhookEndpoint } from "@/lib/webhooks/register-webhook-endpoint";
import { findWebhookEndpoints, getWebhookEndpoint } from "@/lib/webhooks/find-webhook-endpoints";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { openWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { findWebhookDeliveries } from "@/lib/webhooks/find-webhook-deliveries";
import {
  MAX_WEBHOOK_ENDPOINTS,
  RegisterWebhookEndpointInputSchema,
  UpdateWebhookEndpointInputSchema,
} from "@/lib/webhooks/schemas";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";

// the secret box's key comes from NEXTAUTH_SECRET (read lazily by lib/env.ts), as in the app
process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";

const input = (fields: Record<string, unknown> = {}) =>
  RegisterWebhookEndpointInputSchema.parse({
    url: "https://hooks.example.org/in",
    description: "CMS",
    events: ["report.published"],
    ...fields,
  });
const audits = (workspaceId: string, action: string) =>
  db.auditEvent.findMany({ where: { workspaceId, action }, orderBy: { createdAt: "asc" } });

describe("webhook endpoints", () => {
  it("register, list, update, rotate, test and delete: the secret only on creation and rotation, each change audited without it", async () => {
    const ws = await createWorkspaceWithMembers();
    const admin = ws.actors.ADMIN;
    const created = await registerWebhookEndpoint(admin, input());
    expect(created).toMatchObject({
      url: "https://hooks.example.org/in",
      description: "CMS",
      events: ["report.published"],
      enabled: true,
      secret: expect.stringMatching(/^whsec_/),
    });
    expect(await findWebhookEndpoints(admin)).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    expect(await getWebhookEndpoint(admin, created.id)).not.toHaveProperty("secret");

    const updated = await updateWebhookEndpoint(
      admin,
      created.id,
      UpdateWebhookEndpointInputSchema.parse({ enabled: false, events: ["claim.created", "correction.issued"] }),
    );
    expect(updated).toMatchObject({
      url: created.url,
      description: "CMS",
      enabled: false,
      events: ["claim.created", "correction.issued"],
    });

    const rotated = await rotateWebhookSecret(admin, created.id);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const stored = (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } })).secret;
    expect(openWebhookSecret(created.id, stored)).toBe(rotated.secret);

    const test = await sendTestWebhook(admin, created.id);
    const page = await findWebhookDeliveries(admin, created.id, { limit: 25 });
    expect(page.items).toMatchObject([
      {
        id: test.id,
        eventType: "webhook.test",
        status: "PENDING",
        payload: { type: "webhook.test", data: { endpoint: { id: created.id } } },
        log: [],
      },
    ]);

    await deleteWebhookEndpoint(admin, created.id);
    await expect(getWebhookEndpoint(admin, created.id)).rejects.toThrow(NotFoundError);
    expect(await db.webhookDelivery.count({ where: { endpointId: created.id } })).toBe(0);

    const actions = [
      "webhook_endpoint.created",
      "webhook_endpoint.updated",
      "webhook_endpoint.secret_rotated",
      "webhook_endpoint.tested",
      "webhook_endpoint.deleted",
    ];
    for (const action of actions)
      expect(await audits(ws.workspace.id, action), action).toMatchObject([
        { actorId: ws.users.ADMIN.id, entityId: created.id },
      ]);
    const [update] = await audits(ws.workspace.id, "webhook_endpoint.updated");
    expect(update).toMatchObject({
      before: { enabled: true, events: ["report.published"] },
      after: { enabled: false, events: ["claim.created", "correction.issued"] },
    });
    const recorded = JSON.stringify(
      await db.auditEvent.findMany({
        where: { workspaceId: ws.workspace.id, entityId: created.id },
        select: { before: true, after: true },
      }),
    );
    expect(recorded).not.toContain(created.secret.slice(6));
    expect(recorded).not.toContain(rotated.secret.slice(6));
  });

  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)(
    "%s: ForbiddenError for every use case, nothing changed",
    async (role) => {
      const ws = await createWorkspaceWithMembers();
      const endpoint = await registerWebhookEndpoint(ws.actors.ADMIN, input());
      const actor = ws.actors[role];
      const ids = [ws.workspace.id];
      await expectRefusedWithoutChange(ids, () => registerWebhookEndpoint(actor, input()), ForbiddenError);
      await expectRefusedWithoutChange(
        ids,
        () => updateWebhookEndpoint(actor, endpoint.id, { enabled: false }),
        ForbiddenError,
      );
      await expectRefusedWithoutChange(ids, () => rotateWebhookSecret(actor, endpoint.id), ForbiddenError);
      await expectRefusedWithoutChange(ids, () => sendTestWebhook(actor, endpoint.id), ForbiddenError);
      await expectRefusedWithoutChange(ids, () => deleteWebhookEndpoint(actor, endpoint.id), ForbiddenError);
      await expect(findWebhookEndpoints(actor)).rejects.toThrow(ForbiddenError);
      await expect(findWebhookDeliveries(actor, endpoint.id, { limit: 25 })).rejects.toThrow(ForbiddenError);
    },
  );

  it("another workspace's admin: NotFound for every use case on the endpoint, nothing changed, and it is not listed", async () => {
    const ws = await createWorkspaceWithMembers();
    const outsider = (await createWorkspaceWithMembers()).actors.ADMIN;
    const endpoint = await registerWebhookEndpoint(ws.actors.ADMIN, input());
    const ids = [ws.workspace.id, outsider.workspaceId];
    await expectRefusedWithoutChange(
      ids,
      () => updateWebhookEndpoint(outsider, endpoint.id, { enabled: false }),
      NotFoundError,
    );
    await expectRefusedWithoutChange(ids, () => rotateWebhookSecret(outsider, endpoint.id), NotFoundError);
    await expectRefusedWithoutChange(ids, () => sendTestWebhook(outsider, endpoint.id), NotFoundError);
    await expectRefusedWithoutChange(ids, () => deleteWebhookEndpoint(outsider, endpoint.id), NotFoundError);
    await expect(getWebhookEndpoint(outsider, endpoint.id)).rejects.toThrow(NotFoundError);
    await expect(findWebhookDeliveries(outsider, endpoint.id, { limit: 25 })).rejects.toThrow(NotFoundError);
    expect(await findWebhookEndpoints(outsider)).toEqual([]);
  });

  it("deliveries page newest first with a cursor", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await registerWebhookEndpoint(ws.actors.ADMIN, input());
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push((await sendTestWebhook(ws.actors.ADMIN, endpoint.id)).id);
    const first = await findWebhookDeliveries(ws.actors.ADMIN, endpoint.id, { limit: 2 });
    const second = await findWebhookDeliveries(ws.actors.ADMIN, endpoint.id, { limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((d) => d.id)).toEqual([...sent].reverse());
    expect(second.nextCursor).toBeNull();
  });

  it("a workspace has at most MAX_WEBHOOK_ENDPOINTS: one more is refused (409) with nothing changed, all are listed, and deleting one makes room", async () => {
    const ws = await createWorkspaceWithMembers();
    const admin = ws.actors.ADMIN;
    const registered = [];
    for (let i = 0; i < MAX_WEBHOOK_ENDPOINTS; i++)
      registered.push((await registerWebhookEndpoint(admin, input({ description: `Endpoint ${i}` }))).id);
    await expectRefusedWithoutChange(
      [ws.workspace.id],
      () => registerWebhookEndpoint(admin, input({ description: "One too many" })),
      ConflictError,
    );
    expect((await findWebhookEndpoints(admin)).map((e) => e.id).sort()).toEqual([...registered].sort());
    // another workspace's endpoints do not count
    await registerWebhookEndpoint((await createWorkspaceWithMembers()).actors.ADMIN, input());

    await deleteWebhookEndpoint(admin, registered[0]!);
    await expect(registerWebhookEndpoint(admin, input())).resolves.toMatchObject({ description: "CMS" });
  });

  it("registrations at once cannot pass the limit together", async () => {
    const ws = await createWorkspaceWithMembers();
    const admin = ws.actors.ADMIN;
    for (let i = 0; i < MAX_WEBHOOK_ENDPOINTS - 1; i++) await registerWebhookEndpoint(admin, input());
    const results = await Promise.allSettled([
      registerWebhookEndpoint(admin, input()),
      registerWebhookEndpoint(admin, input()),
      registerWebhookEndpoint(admin, input()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
      expect.any(ConflictError),
    ]);
    expect(await db.webhookEndpoint.count({ where: { workspaceId: ws.workspace.id } })).toBe(MAX_WEBHOOK_ENDPOINTS);
  });
});
