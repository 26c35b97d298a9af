/**
 * /api/v1 claim editing and conflict work over HTTP: PATCH merges fields over
 * the stored claim (and detection follows the edit), DELETE claim and
 * relation, the conflict list paged by cursor, resolve / reopen / detect,
 * with the authorization matrix (viewer 403, outsider 404, nothing changes).
 */
import { describe, expect, it } from "vitest";
import { GET as getClaim, PATCH as patchClaim, DELETE as deleteClaim } from "@/app/api/v1/claims/[claimId]/route";
import { POST as postRelation } from "@/app/api/v1/claims/[claimId]/relations/route";
import { DELETE as deleteRelation } from "@/app/api/v1/claims/[claimId]/relations/[relationId]/route";
import { GET as listConflicts } from "@/app/api/v1/conflicts/route";
import { GET as getConflict } from "@/app/api/v1/conflicts/[conflictId]/route";
import { POST as detect } from "@/app/api/v1/conflicts/detect/route";
import { POST as resolve } from "@/app/api/v1/conflicts/[conflictId]/resolve/route";
import { POST as reopen } from "@/app/api/v1/conflicts/[conflictId]/reopen/route";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem, tokenFor, tokenOfAnotherAdmin, type ApiResponse } from "@/test/support/api-calls";
import { createClaim, importText, markPassage, pointers } from "@/test/support/api-integrity-flow";

// Written for this test: two wires disagree on a toll and on a quote.
const WIRE_A =
  "“The bridge will reopen before winter,” Minister Aron Vell said.\n\nAt least 14 people were killed in the shelling of the market.";
const WIRE_B =
  "“The bridge will reopen after winter,” Minister Aron Vell said.\n\nNine people were killed in the shelling of the market.";
const EVENT = { eventLabel: "Market shelling", eventDate: "2024-06-03" };

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const tokens = {
    editor: await tokenFor(owner, "EDITOR"),
    viewer: await tokenFor(owner, "VIEWER"),
    reviewer: await tokenOfAnotherAdmin(owner, "REVIEWER"),
    outsider: await tokenFor(outsider, "ADMIN"),
  };
  const a = await importText(tokens.editor, WIRE_A, { title: "Wire A", publishedAt: "2024-06-04" });
  const b = await importText(tokens.editor, WIRE_B, { title: "Wire B", publishedAt: "2024-06-04" });
  const claim = async (articleId: string, exact: string, body: object) =>
    (await createClaim(tokens.editor, { annotationId: await markPassage(tokens.editor, articleId, exact), ...body }))
      .body;
  const claims = {
    quoteA: await claim(a.id, "“The bridge will reopen before winter,” Minister Aron Vell said.", {
      statement: "“The bridge will reopen before winter,” Aron Vell said",
    }),
    quoteB: await claim(b.id, "“The bridge will reopen after winter,” Minister Aron Vell said.", {
      statement: "“The bridge will reopen after winter,” Aron Vell said",
    }),
    tollA: await claim(a.id, "At least 14 people were killed in the shelling of the market", {
      statement: "At least 14 people were killed in the market shelling",
      ...EVENT,
    }),
    tollB: await claim(b.id, "Nine people were killed in the shelling of the market", {
      statement: "Nine people were killed in the market shelling",
      metric: "killed",
      valueLow: 9,
      ...EVENT,
    }),
  };
  return { owner, outsider, tokens, claims };
}

const patch = (token: string, claimId: string, body: unknown) =>
  call(patchClaim, "PATCH", `/claims/${claimId}`, { token, params: { claimId }, body });
const conflicts = (token: string, query: Record<string, string> = {}) =>
  call(listConflicts, "GET", "/conflicts", { token, query });
const kinds = (response: ApiResponse) => response.body.items.map((c: { kind: string }) => c.kind).sort();

describe("PATCH and DELETE /claims/{id}", () => {
  it("merges the sent fields over the claim; detection follows the edit", async () => {
    const w = await world();
    expect(kinds(await conflicts(w.tokens.viewer, { status: "OPEN" }))).toEqual(["FIGURE_MISMATCH", "QUOTE_MISMATCH"]);
    const id = w.claims.tollB.id as string;

    const edited = await patch(w.tokens.editor, id, {
      valueLow: 14,
      qualifier: "AT_LEAST",
      claimant: "Regional officials",
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      statement: "Nine people were killed in the market shelling",
      claimant: "Regional officials",
      value: { metric: "killed", valueLow: 14, valueHigh: 14, qualifier: "AT_LEAST" },
      event: { label: "Market shelling", date: "2024-06-03T00:00:00.000Z" },
    });
    // the figures agree now: the figure conflict was closed by itself
    expect(kinds(await conflicts(w.tokens.viewer, { status: "OPEN" }))).toEqual(["QUOTE_MISMATCH"]);
    expect((await conflicts(w.tokens.viewer, { status: "RESOLVED" })).body.items).toEqual([
      expect.objectContaining({ kind: "FIGURE_MISMATCH", claimIds: [w.claims.tollA.id, id] }),
    ]);

    const cleared = await patch(w.tokens.editor, id, {
      claimant: null,
      statement: "Fourteen people were killed in the market shelling",
    });
    expect(cleared.body).toMatchObject({
      statement: "Fourteen people were killed in the market shelling",
      claimant: null,
      value: { valueLow: 14 },
    });
  });

  it("bad fields are 400 with pointers; viewers 403; outsiders 404; nothing changes", async () => {
    const w = await world();
    const id = w.claims.tollB.id as string;
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    const short = await patch(w.tokens.editor, id, { statement: "No" });
    expectProblem(short, 400);
    expect(pointers(short)).toEqual(["/statement"]);
    expect(pointers(await patch(w.tokens.editor, id, { valueHigh: 2 }))).toEqual(["/valueHigh"]);
    expect(pointers(await patch(w.tokens.editor, id, { claimDate: "2024-02-30" }))).toEqual(["/claimDate"]);
    expectProblem(await patch(w.tokens.editor, id, { value: { valueLow: 3 } }), 400);
    expectProblem(await patch(w.tokens.viewer, id, { claimant: "Someone" }), 403);
    expectProblem(await patch(w.tokens.outsider, id, { claimant: "Someone" }), 404);
    expectProblem(
      await call(deleteClaim, "DELETE", `/claims/${id}`, { token: w.tokens.viewer, params: { claimId: id } }),
      403,
    );
    expectProblem(
      await call(deleteClaim, "DELETE", `/claims/${id}`, { token: w.tokens.outsider, params: { claimId: id } }),
      404,
    );
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
  });

  it("deletes a claim: gone from reads, its conflict closed", async () => {
    const w = await world();
    const id = w.claims.quoteB.id as string;
    const deleted = await call(deleteClaim, "DELETE", `/claims/${id}`, {
      token: w.tokens.editor,
      params: { claimId: id },
    });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expectProblem(
      await call(getClaim, "GET", `/claims/${id}`, { token: w.tokens.editor, params: { claimId: id } }),
      404,
    );
    expect(kinds(await conflicts(w.tokens.viewer, { status: "OPEN" }))).toEqual(["FIGURE_MISMATCH"]);
  });
});

describe("DELETE /claims/{id}/relations/{relationId}", () => {
  it("removes a relation through either of its claims, not through an unrelated one", async () => {
    const w = await world();
    const { id: from } = w.claims.quoteB as { id: string };
    const { id: to } = w.claims.quoteA as { id: string };
    const { id: unrelated } = w.claims.tollA as { id: string };
    const relationId = (
      await call(postRelation, "POST", `/claims/${from}/relations`, {
        token: w.tokens.editor,
        params: { claimId: from },
        body: { kind: "MISQUOTES", toClaimId: to },
      })
    ).body.id as string;
    const remove = (claimId: string, token = w.tokens.editor) =>
      call(deleteRelation, "DELETE", `/claims/${claimId}/relations/${relationId}`, {
        token,
        params: { claimId, relationId },
      });
    expectProblem(
      await call(postRelation, "POST", `/claims/${from}/relations`, {
        token: w.tokens.editor,
        params: { claimId: from },
        body: { kind: "MISQUOTES", toClaimId: to },
      }),
      409,
    );
    expectProblem(
      await call(postRelation, "POST", `/claims/${from}/relations`, {
        token: w.tokens.editor,
        params: { claimId: from },
        body: { kind: "MISQUOTES", toClaimId: from },
      }),
      422,
    );
    expectProblem(await remove(unrelated), 404);
    expectProblem(await remove(to, w.tokens.viewer), 403);
    expectProblem(await remove(to, w.tokens.outsider), 404);
    expect((await remove(to)).status).toBe(204);
    expectProblem(await remove(from), 404);
    expect(
      (await call(getClaim, "GET", `/claims/${from}`, { token: w.tokens.viewer, params: { claimId: from } })).body
        .relations,
    ).toEqual([]);
  });
});

describe("conflicts", () => {
  it("pages by cursor; resolve (reviewers), resolve again 409, reopen, reopen again 409; detect is idempotent", async () => {
    const w = await world();
    const first = await conflicts(w.tokens.viewer, { limit: "1" });
    expect(first.headers.get("Link")).toBe(`</api/v1/conflicts?limit=1&cursor=${first.body.nextCursor}>; rel="next"`);
    const second = await conflicts(w.tokens.viewer, { limit: "1", cursor: first.body.nextCursor });
    expect(second.body.nextCursor).toBeNull();
    const quote = [...first.body.items, ...second.body.items].find(
      (c: { kind: string }) => c.kind === "QUOTE_MISMATCH",
    );
    const conflictId = quote.id as string;
    expect(quote.claimIds).toEqual([w.claims.quoteA.id, w.claims.quoteB.id]);

    const body = {
      holds: [
        { claimId: w.claims.quoteA.id, holds: true },
        { claimId: w.claims.quoteB.id, holds: false },
      ],
      resolution: "The ministry's recording says before winter.",
    };
    const act = (handler: typeof resolve, token: string, payload: object) =>
      call(handler, "POST", `/conflicts/${conflictId}/act`, { token, params: { conflictId }, body: payload });
    expectProblem(await act(resolve, w.tokens.editor, body), 403);
    expectProblem(await act(resolve, w.tokens.outsider, body), 404);
    expectProblem(await act(resolve, w.tokens.reviewer, { ...body, holds: body.holds.slice(0, 1) }), 422);
    const resolved = await act(resolve, w.tokens.reviewer, body);
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({
      status: "RESOLVED",
      resolution: body.resolution,
      resolverName: expect.any(String),
      members: [{ holds: true }, { holds: false }],
    });
    expectProblem(await act(resolve, w.tokens.reviewer, body), 409);

    expectProblem(await act(reopen, w.tokens.editor, {}), 403);
    const reopened = await act(reopen, w.tokens.reviewer, { reason: "A second recording surfaced." });
    expect(reopened.body).toMatchObject({
      status: "OPEN",
      resolution: null,
      members: [{ holds: null }, { holds: null }],
    });
    expectProblem(await act(reopen, w.tokens.reviewer, {}), 409);

    expectProblem(await call(detect, "POST", "/conflicts/detect", { token: w.tokens.viewer }), 403);
    const run = await call(detect, "POST", "/conflicts/detect", { token: w.tokens.editor });
    expect(run.body).toMatchObject({ created: 0, unchanged: 2, closed: 0 });
    expectProblem(
      await call(getConflict, "GET", `/conflicts/${conflictId}`, { token: w.tokens.outsider, params: { conflictId } }),
      404,
    );
    expect((await conflicts(w.tokens.outsider)).body.items).toEqual([]);
  });
});
