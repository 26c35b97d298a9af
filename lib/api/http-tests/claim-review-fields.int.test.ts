/**
 * /api/v1/claims/{id}/claim-review over HTTP: the preflight's fixes through the
 * API (short form, claimant, claim date, first appearance), with 400 for bad
 * fields, 403 for viewers, 404 across workspaces, and nothing changed by a refusal.
 */
import { describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/claims/[claimId]/claim-review/route";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem } from "@/test/support/api-calls";
import { ownerAndOutsider } from "@/test/support/api-workspaces";
import { createClaim, importText, markPassage } from "@/test/support/api-integrity-flow";

const TEXT =
  "Regional officials said on Monday that at least 12 people were hurt when the river burst its banks near the old mill.";

async function world() {
  const { owner, tokens } = await ownerAndOutsider();
  const article = await importText(tokens.editor, TEXT, { title: "Flood" });
  const passage = "at least 12 people were hurt when the river burst its banks near the old mill";
  const claim = (
    await createClaim(tokens.editor, {
      annotationId: await markPassage(tokens.editor, article.id, passage),
      statement: "At least 12 people were hurt when the river burst its banks near the old mill on Monday",
    })
  ).body;
  return { owner, tokens, claimId: claim.id as string };
}

const put = (token: string, claimId: string, body: unknown) =>
  call(PUT, "PUT", `/claims/${claimId}/claim-review`, { token, params: { claimId }, body });
const get = (token: string, claimId: string) =>
  call(GET, "GET", `/claims/${claimId}/claim-review`, { token, params: { claimId } });

describe("PUT /claims/{id}/claim-review", () => {
  it("saves the preflight's fixes and reads them back; blank clears", async () => {
    const w = await world();
    const fields = {
      shortStatement: "12 hurt as river bursts banks",
      claimant: "Regional officials",
      claimDate: "2026-11-03",
      firstAppearanceUrl: "https://social.example.test/post/1",
    };
    const saved = await put(w.tokens.editor, w.claimId, fields);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toEqual({ ...fields, claimDate: "2026-11-03T00:00:00.000Z" });
    expect((await get(w.tokens.viewer, w.claimId)).body).toMatchObject({
      shortStatement: "12 hurt as river bursts banks",
    });
    expect(
      (await put(w.tokens.editor, w.claimId, { ...fields, shortStatement: "", firstAppearanceUrl: null })).body,
    ).toMatchObject({ shortStatement: null, firstAppearanceUrl: null });
  });

  it("refuses bad fields (400), viewers (403) and other workspaces (404), and changes nothing", async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    const valid = { shortStatement: "Short", claimant: null, claimDate: null, firstAppearanceUrl: null };
    expectProblem(await put(w.tokens.editor, w.claimId, { ...valid, shortStatement: "x".repeat(76) }), 400);
    expectProblem(await put(w.tokens.editor, w.claimId, { ...valid, firstAppearanceUrl: "javascript:alert(1)" }), 400);
    expectProblem(await put(w.tokens.viewer, w.claimId, valid), 403);
    expectProblem(await put(w.tokens.outsider, w.claimId, valid), 404);
    expectProblem(await get(w.tokens.outsider, w.claimId), 404);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });
});
