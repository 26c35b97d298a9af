/** The webhook endpoints over the API: admin tokens only, the secret in two answers only, validation as 400, other workspaces' ids as 404. */
import { describe, expect, it } from "vitest";
import * as endpoints from "@/app/api/v1/workspace/webhooks/route";
import * as endpoint from "@/app/api/v1/workspace/webhooks/[endpointId]/route";
import * as rotate from "@/app/api/v1/workspace/webhooks/[endpointId]/rotate-secret/route";
import * as deliveries from "@/app/api/v1/workspace/webhooks/[endpointId]/deliveries/route";
import * as replay from "@/app/api/v1/workspace/webhooks/[endpointId]/deliveries/[deliveryId]/replay/route";
import * as test from "@/app/api/v1/workspace/webhooks/[endpointId]/test/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { MAX_WEBHOOK_ENDPOINTS } from "@/lib/webhooks/schemas";

// the secret box's key comes from NEXTAUTH_SECRET (read lazily by lib/env.ts), as in the app
process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";

const body = {
  url: "https://hooks.example.org/in",
  events: ["claim.created", "report.published"],
  description: "Newsroom CMS",
};

describe("webhooks over the API", () => {
  it("an admin token registers, reads, changes, tests, replays, rotates and deletes", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const created = await call(endpoints.POST, "POST", "/workspace/webhooks", { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, enabled: true, secret: expect.stringMatching(/^whsec_/) });
    const id = created.body.id as string;
    expect(created.headers.get("location")).toBe(`/api/v1/workspace/webhooks/${id}`);
    const params = { endpointId: id };

    const listed = await call(endpoints.GET, "GET", "/workspace/webhooks", { token });
    expect(listed.body.items).toEqual([expect.objectContaining({ id, url: body.url })]);
    expect(JSON.stringify(listed.body)).not.toContain("whsec_");
    expect((await call(endpoint.GET, "GET", `/workspace/webhooks/${id}`, { token, params })).body).not.toHaveProperty(
      "secret",
    );

    const patched = await call(endpoint.PATCH, "PATCH", `/workspace/webhooks/${id}`, {
      token,
      params,
      body: { enabled: false },
    });
    expect(patched.body).toMatchObject({ enabled: false, events: body.events });

    const tested = await call(test.POST, "POST", `/workspace/webhooks/${id}/test`, { token, params });
    expect(tested.status).toBe(201);
    expect(tested.body).toMatchObject({ endpointId: id, eventType: "webhook.test", status: "PENDING", log: [] });
    const replayed = await call(replay.POST, "POST", `/workspace/webhooks/${id}/deliveries/${tested.body.id}/replay`, {
      token,
      params: { endpointId: id, deliveryId: tested.body.id },
    });
    expect(replayed.status).toBe(201);
    expect(replayed.body).toMatchObject({ messageId: tested.body.messageId, replayOfId: tested.body.id });
    const page = await call(deliveries.GET, "GET", `/workspace/webhooks/${id}/deliveries?limit=1`, { token, params });
    expect(page.body.items.map((d: { id: string }) => d.id)).toEqual([replayed.body.id]);
    expect(page.headers.get("link")).toMatch(/rel="next"/);

    const rotated = await call(rotate.POST, "POST", `/workspace/webhooks/${id}/rotate-secret`, { token, params });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    expect((await call(endpoint.DELETE, "DELETE", `/workspace/webhooks/${id}`, { token, params })).status).toBe(204);
    expectProblem(await call(endpoint.GET, "GET", `/workspace/webhooks/${id}`, { token, params }), 404);
  });

  it("refuses bad input (400), lesser roles (403) and other workspaces' ids (404)", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    for (const bad of [
      { ...body, url: "ftp://x.example" },
      { ...body, url: "https://u:p@x.example" },
      { ...body, events: [] },
      { ...body, events: ["claim.deleted"] },
      { ...body, secret: "whsec_mine" },
    ]) {
      expectProblem(await call(endpoints.POST, "POST", "/workspace/webhooks", { token, body: bad }), 400);
    }
    expectProblem(
      await call(endpoints.POST, "POST", "/workspace/webhooks", { token: await tokenFor(world, "REVIEWER"), body }),
      403,
    );
    expectProblem(
      await call(endpoints.GET, "GET", "/workspace/webhooks", { token: await tokenFor(world, "EDITOR") }),
      403,
    );

    const id = (await call(endpoints.POST, "POST", "/workspace/webhooks", { token, body })).body.id as string;
    const other = await createWorkspaceWithMembers();
    const outsider = await tokenFor(other, "ADMIN");
    expectProblem(
      await call(endpoint.PATCH, "PATCH", `/workspace/webhooks/${id}`, {
        token: outsider,
        params: { endpointId: id },
        body: { enabled: false },
      }),
      404,
    );
    expectProblem(
      await call(test.POST, "POST", `/workspace/webhooks/${id}/test`, { token: outsider, params: { endpointId: id } }),
      404,
    );
  });

  it("refuses an endpoint beyond the workspace's limit with 409, and lists every endpoint", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    for (let i = 0; i < MAX_WEBHOOK_ENDPOINTS; i++)
      expect((await call(endpoints.POST, "POST", "/workspace/webhooks", { token, body })).status).toBe(201);
    const refused = await call(endpoints.POST, "POST", "/workspace/webhooks", { token, body });
    expectProblem(refused, 409);
    expect(refused.body.detail).toContain(`already has ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`);
    const listed = await call(endpoints.GET, "GET", "/workspace/webhooks", { token });
    expect(listed.body.items).toHaveLength(MAX_WEBHOOK_ENDPOINTS);
  });
});
