/**
 * The fact-check integrity flow through /api/v1 only, as another tool runs it
 * with an API token: import → mark passages → create and link claims (a
 * passage that differs needs a note and keeps a warning) → record a relation
 * → read the conflict detection found by itself → approve with the warnings
 * acknowledged → unlink. Plus: what a passage states before anything is
 * linked, and a relation to another workspace's claim (404, nothing written).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { POST as postClaim } from "@/app/api/v1/claims/route";
import { GET as getClaim } from "@/app/api/v1/claims/[claimId]/route";
import { POST as linkAppearance } from "@/app/api/v1/claims/[claimId]/appearances/route";
import { DELETE as unlinkAppearance } from "@/app/api/v1/claims/[claimId]/appearances/[annotationId]/route";
import { GET as listRelations, POST as postRelation } from "@/app/api/v1/claims/[claimId]/relations/route";
import { GET as getExtraction } from "@/app/api/v1/annotations/[annotationId]/extraction/route";
import { GET as listConflicts } from "@/app/api/v1/conflicts/route";
import { GET as getConflict } from "@/app/api/v1/conflicts/[conflictId]/route";
import { POST as postVerdict } from "@/app/api/v1/verdicts/route";
import { POST as submitVerdict } from "@/app/api/v1/verdicts/[verdictId]/submit/route";
import { POST as reviewVerdict } from "@/app/api/v1/verdicts/[verdictId]/review/route";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem, tokenFor, tokenOfAnotherAdmin } from "@/test/support/api-calls";
import { createClaim, importText, markPassage, pointers } from "@/test/support/api-integrity-flow";

// Written for this test: article B renders article A's quote in other words (a "translation").
const ARTICLE_A = [
  "Kyiv, June 4 — “We will not give up a single village,” Zelensky said on Monday.",
  "At least 14 people were killed in the shelling of the market, Mayor Ilona Petrenko said on Monday.",
  "The council met in the old library after the storm.",
].join("\n\n");
const ARTICLE_B = [
  "“We will not surrender a single village,” Zelensky said.",
  "The statement was read out in parliament.",
].join("\n\n");
const QUOTE_A = "“We will not give up a single village,” Zelensky said on Monday.";
const QUOTE_B = "“We will not surrender a single village,” Zelensky said.";
const FIGURE_A = "At least 14 people were killed in the shelling of the market";
const PLAIN_A = "The council met in the old library after the storm.";

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const tokens = {
    editor: await tokenFor(owner, "EDITOR"),
    viewer: await tokenFor(owner, "VIEWER"),
    reviewer: await tokenOfAnotherAdmin(owner, "REVIEWER"),
    outsider: await tokenFor(outsider, "ADMIN"),
  };
  const a = await importText(tokens.editor, ARTICLE_A, {
    title: "Shelling of the market",
    outlet: "Harbour Wire",
    publishedAt: "2024-06-04",
  });
  const b = await importText(tokens.editor, ARTICLE_B, {
    title: "Address to parliament",
    outlet: "Delta Daily",
    publishedAt: "2024-06-05",
  });
  const passages = {
    quoteA: await markPassage(tokens.editor, a.id, QUOTE_A),
    figureA: await markPassage(tokens.editor, a.id, FIGURE_A),
    plainA: await markPassage(tokens.editor, a.id, PLAIN_A),
    quoteB: await markPassage(tokens.editor, b.id, QUOTE_B),
  };
  return { owner, outsider, tokens, passages };
}

const extraction = (token: string, annotationId: string, claimId?: string) =>
  call(getExtraction, "GET", `/annotations/${annotationId}/extraction`, {
    token,
    params: { annotationId },
    query: claimId ? { claimId } : {},
  });
const readClaim = (token: string, claimId: string) =>
  call(getClaim, "GET", `/claims/${claimId}`, { token, params: { claimId } });
const link = (token: string, claimId: string, body: object) =>
  call(linkAppearance, "POST", `/claims/${claimId}/appearances`, { token, params: { claimId }, body });
const step = (handler: typeof submitVerdict, verdictId: string, token: string, body: object) =>
  call(handler, "POST", `/verdicts/${verdictId}/step`, { token, params: { verdictId }, body });

describe("fact-check integrity over HTTP", () => {
  it("import → mark → claim (filled from the passage) → link a variant with a note → relate → conflict → approve with acknowledgement → unlink", async () => {
    const w = await world();

    // a passage with no figure and no quote: empty arrays, not an error
    const plain = await extraction(w.tokens.viewer, w.passages.plainA);
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    expect(plain.body).toMatchObject({
      annotationId: w.passages.plainA,
      exact: PLAIN_A,
      extraction: { figures: [], quotes: [] },
      differences: null,
    });

    // blank fields are filled from what the passage states
    const figure = await createClaim(w.tokens.editor, { annotationId: w.passages.figureA, statement: FIGURE_A });
    expect(figure.body).toMatchObject({
      value: { metric: "killed", valueLow: 14, valueHigh: 14, qualifier: "AT_LEAST" },
      event: { date: "2024-06-03T00:00:00.000Z" },
    });
    const quote = await createClaim(w.tokens.editor, {
      annotationId: w.passages.quoteA,
      statement: "“We will not give up a single village,” Zelensky said",
    });
    expect(quote.body).toMatchObject({
      claimant: "Zelensky",
      event: { date: "2024-06-03T00:00:00.000Z" },
      relations: [],
    });
    expect(quote.body.appearances).toEqual([
      expect.objectContaining({
        annotationId: w.passages.quoteA,
        extraction: expect.objectContaining({
          quotes: [{ text: "We will not give up a single village", speaker: "Zelensky", partial: false }],
        }),
        differences: [],
        warning: null,
      }),
    ]);
    const claimId = quote.body.id as string;

    // before linking: what the variant states and how it differs
    const preview = await extraction(w.tokens.viewer, w.passages.quoteB, claimId);
    expect(preview.body.differences).toEqual([
      expect.objectContaining({
        kind: "ALTERED_QUOTE",
        claimQuote: expect.stringContaining("We will not give up a single village"),
        passageQuote: "We will not surrender a single village",
      }),
    ]);

    // linking it without a note is refused on differenceNote, and nothing is written
    const before = await workspaceFingerprint(w.owner.workspace.id);
    const refused = await link(w.tokens.editor, claimId, { annotationId: w.passages.quoteB });
    expectProblem(refused, 422);
    expect(pointers(refused)).toEqual(["/differenceNote"]);
    expect(refused.body.errors[0].detail).toContain("surrender");
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);

    const linked = await link(w.tokens.editor, claimId, {
      annotationId: w.passages.quoteB,
      differenceNote: "A translation of the same address.",
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    const variant = linked.body.appearances.find((a: { annotationId: string }) => a.annotationId === w.passages.quoteB);
    expect(variant).toMatchObject({
      differenceNote: "A translation of the same address.",
      differences: [{ kind: "ALTERED_QUOTE", diff: expect.arrayContaining([{ type: "insert", text: "surrender" }]) }],
      warning: { kind: "differs", appearanceId: variant.id, summary: expect.stringContaining("surrender") },
      acknowledgedAt: null,
    });
    expectProblem(
      await link(w.tokens.editor, claimId, { annotationId: w.passages.quoteB, differenceNote: "Again." }),
      409,
    );

    // the variant as a claim of its own that misquotes the first
    const misquote = await createClaim(w.tokens.editor, {
      annotationId: w.passages.quoteB,
      statement: "“We will not surrender a single village,” Zelensky said",
    });
    const misquoteId = misquote.body.id as string;
    const relation = await call(postRelation, "POST", `/claims/${misquoteId}/relations`, {
      token: w.tokens.editor,
      params: { claimId: misquoteId },
      body: { kind: "MISQUOTES", toClaimId: claimId, note: "Other words than the address." },
    });
    expect(relation.status, JSON.stringify(relation.body)).toBe(201);
    expect(relation.headers.get("Location")).toBe(`/api/v1/claims/${misquoteId}/relations/${relation.body.id}`);
    expect(relation.body).toMatchObject({
      kind: "MISQUOTES",
      direction: "outgoing",
      other: { id: claimId, claimant: "Zelensky" },
      note: "Other words than the address.",
      language: null,
    });
    const incoming = await call(listRelations, "GET", `/claims/${claimId}/relations`, {
      token: w.tokens.viewer,
      params: { claimId },
    });
    expect(incoming.body.items).toEqual([
      expect.objectContaining({
        id: relation.body.id,
        direction: "incoming",
        other: expect.objectContaining({ id: misquoteId }),
      }),
    ]);

    // detection ran by itself after the changes: no POST /conflicts/detect
    const conflicts = await call(listConflicts, "GET", "/conflicts", {
      token: w.tokens.viewer,
      query: { status: "OPEN" },
    });
    expect(conflicts.status, JSON.stringify(conflicts.body)).toBe(200);
    expect(conflicts.body.items).toEqual([
      expect.objectContaining({
        kind: "QUOTE_MISMATCH",
        status: "OPEN",
        claimIds: [claimId, misquoteId],
        resolverName: null,
      }),
    ]);
    const conflictId = conflicts.body.items[0].id as string;
    const conflict = await call(getConflict, "GET", `/conflicts/${conflictId}`, {
      token: w.tokens.viewer,
      params: { conflictId },
    });
    expect(conflict.body.members.map((m: { claimId: string }) => m.claimId)).toEqual([claimId, misquoteId]);
    expect(conflict.body.members[1].relations).toEqual([
      expect.objectContaining({ kind: "MISQUOTES", direction: "outgoing" }),
    ]);
    expect(conflict.body.diffs).toEqual([expect.objectContaining({ fromClaimId: claimId, toClaimId: misquoteId })]);

    // approving needs the variant's warning acknowledged
    const draft = await call(postVerdict, "POST", "/verdicts", {
      token: w.tokens.editor,
      body: { claimId, ratingKey: "ACCURATE", summary: "The recording of the address has these words." },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const verdictId = draft.body.id as string;
    expect((await step(submitVerdict, verdictId, w.tokens.editor, { lockVersion: 1 })).status).toBe(200);
    const unacknowledged = await step(reviewVerdict, verdictId, w.tokens.reviewer, {
      lockVersion: 2,
      decision: "APPROVE",
    });
    expectProblem(unacknowledged, 422);
    expect(pointers(unacknowledged)).toEqual(["/acknowledgeWarnings"]);
    expect(unacknowledged.body.errors[0].detail).toContain("Address to parliament");
    const approved = await step(reviewVerdict, verdictId, w.tokens.reviewer, {
      lockVersion: 2,
      decision: "APPROVE",
      acknowledgeWarnings: true,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe("APPROVED");
    const acknowledged = (await readClaim(w.tokens.viewer, claimId)).body.appearances[1];
    expect(acknowledged).toMatchObject({
      annotationId: w.passages.quoteB,
      warning: null,
      acknowledgedAt: expect.any(String),
    });

    // unlinking the variant from the first claim
    const unlinked = await call(unlinkAppearance, "DELETE", `/claims/${claimId}/appearances/${w.passages.quoteB}`, {
      token: w.tokens.editor,
      params: { claimId, annotationId: w.passages.quoteB },
    });
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(204);
    expect(
      (await readClaim(w.tokens.viewer, claimId)).body.appearances.map((a: { annotationId: string }) => a.annotationId),
    ).toEqual([w.passages.quoteA]);
    expectProblem(
      await call(unlinkAppearance, "DELETE", `/claims/${claimId}/appearances/${w.passages.quoteB}`, {
        token: w.tokens.editor,
        params: { claimId, annotationId: w.passages.quoteB },
      }),
      404,
    );
  });

  it("a relation to another workspace's claim is not found, and nothing is written", async () => {
    const w = await world();
    const own = (
      await createClaim(w.tokens.editor, {
        annotationId: w.passages.quoteA,
        statement: "“We will not give up a single village,” Zelensky said",
      })
    ).body.id as string;
    const theirArticle = await importText(w.tokens.outsider, ARTICLE_B, { title: "Elsewhere" });
    const theirPassage = await markPassage(w.tokens.outsider, theirArticle.id, QUOTE_B);
    const theirs = (
      await createClaim(w.tokens.outsider, {
        annotationId: theirPassage,
        statement: "“We will not surrender a single village,” Zelensky said",
      })
    ).body.id as string;

    const workspaces = [w.owner.workspace.id, w.outsider.workspace.id];
    const before = await Promise.all(workspaces.map(workspaceFingerprint));
    const relationsBefore = await db.claimRelation.count({ where: { workspaceId: { in: workspaces } } });
    const body = { kind: "MISQUOTES", toClaimId: theirs };
    expectProblem(
      await call(postRelation, "POST", `/claims/${own}/relations`, {
        token: w.tokens.editor,
        params: { claimId: own },
        body,
      }),
      404,
    );
    // nor from their claim with our token, nor from ours with theirs
    expectProblem(
      await call(postRelation, "POST", `/claims/${theirs}/relations`, {
        token: w.tokens.editor,
        params: { claimId: theirs },
        body: { kind: "MISQUOTES", toClaimId: own },
      }),
      404,
    );
    expectProblem(
      await call(postRelation, "POST", `/claims/${own}/relations`, {
        token: w.tokens.outsider,
        params: { claimId: own },
        body,
      }),
      404,
    );
    // a new claim recorded as misquoting theirs: refused as a whole, no claim left behind
    expectProblem(
      await call(postClaim, "POST", "/claims", {
        token: w.tokens.editor,
        body: {
          annotationId: w.passages.quoteB,
          statement: "“We will not surrender a single village,” Zelensky said",
          relation: body,
        },
      }),
      404,
    );
    expectProblem(
      await link(w.tokens.editor, own, { annotationId: theirPassage, differenceNote: "Same address." }),
      404,
    );
    expectProblem(await extraction(w.tokens.editor, theirPassage), 404);
    expectProblem(await extraction(w.tokens.editor, w.passages.quoteB, theirs), 404);
    expectProblem(
      await call(listRelations, "GET", `/claims/${theirs}/relations`, {
        token: w.tokens.editor,
        params: { claimId: theirs },
      }),
      404,
    );
    expect(await db.claimRelation.count({ where: { workspaceId: { in: workspaces } } })).toBe(relationsBefore);
    expect(await Promise.all(workspaces.map(workspaceFingerprint))).toEqual(before);
  });

  it("viewers read but do not link, relate or unlink (403, nothing written)", async () => {
    const w = await world();
    const claimId = (
      await createClaim(w.tokens.editor, {
        annotationId: w.passages.quoteA,
        statement: "“We will not give up a single village,” Zelensky said",
      })
    ).body.id as string;
    const other = (await createClaim(w.tokens.editor, { annotationId: w.passages.figureA, statement: FIGURE_A })).body
      .id as string;
    const before = await workspaceFingerprint(w.owner.workspace.id);
    expectProblem(
      await link(w.tokens.viewer, claimId, { annotationId: w.passages.quoteB, differenceNote: "Same address." }),
      403,
    );
    expectProblem(
      await call(postRelation, "POST", `/claims/${claimId}/relations`, {
        token: w.tokens.viewer,
        params: { claimId },
        body: { kind: "CONTRADICTS", toClaimId: other },
      }),
      403,
    );
    expectProblem(
      await call(unlinkAppearance, "DELETE", `/claims/${claimId}/appearances/${w.passages.quoteA}`, {
        token: w.tokens.viewer,
        params: { claimId, annotationId: w.passages.quoteA },
      }),
      403,
    );
    expect(await db.claimRelation.count({ where: { workspaceId: w.owner.workspace.id } })).toBe(0);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });
});
