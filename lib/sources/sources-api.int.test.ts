/** /api/v1/sources over HTTP: members read, admins ask for a check (audited), forged cursors are 400, other workspaces 404. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as listSources } from "@/app/api/v1/sources/route";
import { GET as getSource } from "@/app/api/v1/sources/[sourceId]/route";
import { POST as checkSources } from "@/app/api/v1/sources/check/route";
import { startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

let jobs: TestJobs;
beforeAll(async () => {
  jobs = await startTestJobRunner();
});
afterAll(() => jobs.stop());

async function world() {
  const [owner, outsider] = [await createWorkspaceWithMembers(), await createWorkspaceWithMembers()];
  const url = (i: number) => `https://source-${i}.example.test/page`;
  await db.sourceSnapshot.createMany({
    data: [1, 2, 3].map((i) => ({
      workspaceId: owner.workspace.id,
      url: url(i),
      health: i === 2 ? "DEAD" : "UNCHECKED",
    })),
  });
  const rows = await db.sourceSnapshot.findMany({
    where: { workspaceId: owner.workspace.id },
    orderBy: { url: "asc" },
  });
  await db.sourceSnapshot.update({
    where: { id: rows[0]!.id },
    data: { text: "Preserved words.", contentHash: "f".repeat(64), fetchedAt: new Date(), httpStatus: 200 },
  });
  return {
    owner,
    outsider,
    rows,
    tokens: {
      viewer: await tokenFor(owner, "VIEWER"),
      editor: await tokenFor(owner, "EDITOR"),
      admin: await tokenFor(owner, "ADMIN"),
      outsider: await tokenFor(outsider, "ADMIN"),
    },
  };
}

describe("GET /sources and /sources/{id}", () => {
  it("lists by address, pages, filters by health; one source comes with its text; another workspace's is 404", async () => {
    const w = await world();
    const first = await call(listSources, "GET", "/sources", { token: w.tokens.viewer, query: { limit: "2" } });
    expect(first.status).toBe(200);
    expect(first.body.items.map((s: { url: string }) => s.url)).toEqual([w.rows[0]!.url, w.rows[1]!.url]);
    expect(first.body.items[0]).not.toHaveProperty("text");
    expect(first.headers.get("Link")).toContain('rel="next"');
    const second = await call(listSources, "GET", "/sources", {
      token: w.tokens.viewer,
      query: { limit: "2", cursor: first.body.nextCursor },
    });
    expect(second.body).toMatchObject({ items: [{ url: w.rows[2]!.url }], nextCursor: null });
    const dead = await call(listSources, "GET", "/sources", { token: w.tokens.viewer, query: { health: "DEAD" } });
    expect(dead.body.items.map((s: { id: string }) => s.id)).toEqual([w.rows[1]!.id]);

    const one = await call(getSource, "GET", `/sources/${w.rows[0]!.id}`, {
      token: w.tokens.viewer,
      params: { sourceId: w.rows[0]!.id },
    });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: w.rows[0]!.id,
      text: "Preserved words.",
      contentHash: "f".repeat(64),
      httpStatus: 200,
      health: "UNCHECKED",
    });
    expectProblem(
      await call(getSource, "GET", `/sources/${w.rows[0]!.id}`, {
        token: w.tokens.outsider,
        params: { sourceId: w.rows[0]!.id },
      }),
      404,
    );
    expect((await call(listSources, "GET", "/sources", { token: w.tokens.outsider })).body.items).toEqual([]);
  });

  it("a forged cursor or an unknown health is 400; no token is 401", async () => {
    const w = await world();
    expectProblem(
      await call(listSources, "GET", "/sources", { token: w.tokens.viewer, query: { cursor: "not-a-cursor" } }),
      400,
    );
    expectProblem(
      await call(listSources, "GET", "/sources", { token: w.tokens.viewer, query: { health: "GONE" } }),
      400,
    );
    expectProblem(await call(listSources, "GET", "/sources", {}), 401);
  });
});

describe("POST /sources/check", () => {
  it("admins only: 403 for the others with nothing written; the admin's request is enqueued and audited", async () => {
    const w = await world();
    for (const token of [w.tokens.viewer, w.tokens.editor])
      expectProblem(await call(checkSources, "POST", "/sources/check", { token }), 403);
    expect(
      await db.auditEvent.count({ where: { workspaceId: w.owner.workspace.id, action: "sources.check_requested" } }),
    ).toBe(0);
    const response = await call(checkSources, "POST", "/sources/check", { token: w.tokens.admin });
    expect(response.status).toBe(200);
    expect(typeof response.body.queued).toBe("boolean");
    expect(
      await db.auditEvent.count({ where: { workspaceId: w.owner.workspace.id, action: "sources.check_requested" } }),
    ).toBe(1);
  });
});
