/**
 * GET /api/v1/claims?q=: the app's claim search (the reader's look-up and the
 * claim picker) over HTTP, paged newest first like the whole list, both ways,
 * with the Link header; never another workspace's or a deleted claim.
 */
import { describe, expect, it } from "vitest";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { db } from "@/lib/db/client";
import { searchClaims } from "@/lib/claims/search-claims";
import { createClaimRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

// Written for this test.
const AT = new Date("2025-05-02T06:00:00.000Z");

async function newsroom() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const editor = owner.actors.EDITOR;
  const make = (statement: string, claimant?: string) => createClaimRecord(editor, { statement, claimant });
  const kyiv = await make("12 people were killed when a missile hit Kyiv", "City officials");
  const kharkiv = await make("Shelling damaged 190 homes in Kharkiv");
  const odesa = await make("90 drones were shot down over Odesa overnight", "Air force");
  const deleted = await createClaimRecord(editor, { statement: "A missile hit Kyiv's power plant", deletedAt: AT });
  await createClaimRecord(outsider.actors.EDITOR, { statement: "A missile hit Kyiv again" });
  const tokens = { viewer: await tokenFor(owner, "VIEWER"), outsider: await tokenFor(outsider, "ADMIN") };
  return { owner, tokens, claims: { kyiv, kharkiv, odesa, deleted } };
}

const list = (token: string, query: Record<string, string>) => call(listClaims, "GET", "/claims", { token, query });
const idsOf = (body: { items: { id: string }[] }) => body.items.map((c) => c.id);

describe("GET /claims?q=", () => {
  it("finds what the app's claim search finds: all words in any order, names in any spelling, whole numbers", async () => {
    const { owner, tokens, claims } = await newsroom();
    for (const q of ["killed 12", "Kiev missile", "officials missile", "90", "190", "Kharkov homes", "missile Odesa"]) {
      const response = await list(tokens.viewer, { q });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const app = (await searchClaims(owner.actors.VIEWER, q)).map((h) => h.id);
      expect(idsOf(response.body).sort(), q).toEqual(app.sort());
    }
    expect(idsOf((await list(tokens.viewer, { q: "Kiev missile" })).body)).toEqual([claims.kyiv.id]);
    expect(idsOf((await list(tokens.viewer, { q: "90" })).body)).toEqual([claims.odesa.id]);
    expect(idsOf((await list(tokens.viewer, { q: "missile Odesa" })).body)).toEqual([]);
    expect(idsOf((await list(tokens.viewer, { q: "air FORCE" })).body)).toEqual([claims.odesa.id]);
  });

  it("without words lists every live claim, and never another workspace's or a deleted one", async () => {
    const { tokens, claims } = await newsroom();
    const all = (await list(tokens.viewer, { q: "   " })).body;
    expect(idsOf(all).sort()).toEqual([claims.kyiv.id, claims.kharkiv.id, claims.odesa.id].sort());
    expect(idsOf((await list(tokens.viewer, { q: "Kyiv" })).body)).toEqual([claims.kyiv.id]);
    const theirs = (await list(tokens.outsider, { q: "Kyiv" })).body;
    expect(theirs.items).toHaveLength(1);
    expect(idsOf(theirs)).not.toContain(claims.kyiv.id);
  });

  it("pages the matches newest first, forward and back, with the query kept in the Link header", async () => {
    const owner = await createWorkspaceWithMembers();
    const matching: string[] = [];
    for (let i = 0; i < 5; i++)
      matching.push((await createClaimRecord(owner.actors.EDITOR, { statement: `Curfew ${i} begins at 23:00` })).id);
    await createClaimRecord(owner.actors.EDITOR, { statement: "Bridge reopened" });
    // tied on createdAt: the id breaks the tie, as in the whole list
    await db.claim.updateMany({ where: { workspaceId: owner.workspace.id }, data: { createdAt: AT } });
    const token = await tokenFor(owner, "VIEWER");
    const newestFirst = [...matching].sort().reverse();
    const read = async (cursor?: string) => {
      const response = await list(token, { q: "curfew", limit: "2", ...(cursor ? { cursor } : {}) });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response;
    };

    const first = await read();
    expect(first.body.previousCursor).toBeNull();
    expect(first.headers.get("Link")).toBe(
      `</api/v1/claims?q=curfew&limit=2&cursor=${first.body.nextCursor}>; rel="next"`,
    );
    const second = await read(first.body.nextCursor);
    expect(second.headers.get("Link")).toBe(
      `</api/v1/claims?q=curfew&limit=2&cursor=${second.body.previousCursor}>; rel="prev", ` +
        `</api/v1/claims?q=curfew&limit=2&cursor=${second.body.nextCursor}>; rel="next"`,
    );
    const third = await read(second.body.nextCursor);
    expect(third.body.nextCursor).toBeNull();
    expect(third.headers.get("Link")).toBe(
      `</api/v1/claims?q=curfew&limit=2&cursor=${third.body.previousCursor}>; rel="prev"`,
    );
    expect([first, second, third].map((page) => idsOf(page.body))).toEqual([
      newestFirst.slice(0, 2),
      newestFirst.slice(2, 4),
      newestFirst.slice(4),
    ]);
    const back = await read(third.body.previousCursor);
    expect(idsOf(back.body)).toEqual(newestFirst.slice(2, 4));
    const start = await read(back.body.previousCursor);
    expect(idsOf(start.body)).toEqual(newestFirst.slice(0, 2));
    expect(start.body.previousCursor).toBeNull();
  });

  it("refuses a forged cursor and an overlong query as malformed (400), with the field named", async () => {
    const { tokens } = await newsroom();
    const forged = await list(tokens.viewer, { q: "Kyiv", cursor: "not-a-cursor" });
    expectProblem(forged, 400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ pointer: "/cursor" })]);
    const long = await list(tokens.viewer, { q: "x".repeat(201) });
    expectProblem(long, 400);
    expect(long.body.errors).toEqual([expect.objectContaining({ pointer: "/q" })]);
  });
});
