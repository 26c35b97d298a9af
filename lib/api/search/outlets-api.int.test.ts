import { describe, expect, it } from "vitest";
import * as outlets from "@/app/api/v1/search/outlets/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

describe("GET /api/v1/search/outlets", () => {
  it("a viewer token lists the workspace's outlets, or those matching `q`; a bad limit is 400, no token 401", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    for (const outlet of ["Kyiv Courier", "Harbour Times", "Northern Post"])
      await createArticle(world.actors.EDITOR, { outlet });
    await createArticle(other.actors.EDITOR, { outlet: "Kyiv Elsewhere" });
    const token = await tokenFor(world, "VIEWER");
    const list = (query: Record<string, string>) => call(outlets.GET, "GET", "/search/outlets", { token, query });

    expect((await list({})).body).toEqual({ items: ["Harbour Times", "Kyiv Courier", "Northern Post"] });
    expect((await list({ q: "KYIV" })).body).toEqual({ items: ["Kyiv Courier"] });
    expect((await list({ limit: "2" })).body).toEqual({ items: ["Harbour Times", "Kyiv Courier"] });
    expectProblem(await list({ limit: "0" }), 400);
    expectProblem(await list({ limit: "101" }), 400);
    expectProblem(await list({ q: "x".repeat(201) }), 400);
    expectProblem(await call(outlets.GET, "GET", "/search/outlets", { token: null }), 401);
  });
});
