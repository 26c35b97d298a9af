/**
 * Incremental detection on a real database: after a change, only the claims
 * that share a metric or a speaker with the changed ones are read and compared
 * (counted: DetectionResult.claimsRead), and only their conflicts may close.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { UpdateClaimInputSchema } from "@/lib/claims/schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import {
  createArticle,
  createClaimRecord,
  createUser,
  createWorkspaceWithMembers,
  type TestWorkspace,
} from "@/prisma/factories";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import type { Actor } from "@/lib/policy/actor";
import { claimPhrase } from "@/test/support/claim-phrase";
import { createFloodTolls } from "@/test/support/flood-tolls";
import { detectConflicts, storeDetectedConflicts } from "./detect-conflicts";
import { detectionKeys } from "./detect/detection-keys";

const STRIKE = { eventLabel: "Strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };
const UNRELATED = 40;

/** A figure claim on an article of its own, through the use cases (detection follows them, inline in tests). */
async function figure(
  actor: Actor,
  metric: string,
  qualifier: "AT_LEAST" | "EXACT",
  n: number,
  event: { eventLabel?: string; eventDate?: string; eventPlace?: string } = STRIKE,
) {
  const phrase = `${n} ${metric}`;
  const article = await createArticle(actor, { text: `Officials said ${phrase} in the night.\n\nMore later.` });
  const { claim } = await claimPhrase(actor, article, phrase, { metric, valueLow: n, qualifier, ...event });
  return claim;
}

/** Claims that share nothing with the strike's toll: other metrics, other speakers. */
async function unrelatedClaims(ws: TestWorkspace): Promise<void> {
  await db.claim.createMany({
    data: Array.from({ length: UNRELATED }, (_, i) => ({
      workspaceId: ws.workspace.id,
      statement: `${i} schools reopened`,
      metric: `schools reopened ${i}`,
      valueLow: i,
      claimant: `Spokesperson ${i}`,
      createdById: ws.actors.EDITOR.userId,
    })),
  });
}

const openConflicts = (ws: TestWorkspace) =>
  db.conflict.findMany({ where: { workspaceId: ws.workspace.id, status: "OPEN" }, select: { kind: true } });

describe("incremental conflict detection", () => {
  it("after a change reads only the claims that share its metric; the manual run reads the workspace", async () => {
    const ws = await createWorkspaceWithMembers();
    await unrelatedClaims(ws);
    const first = await figure(ws.actors.EDITOR, "killed", "AT_LEAST", 12);
    const second = await figure(ws.actors.EDITOR, "dead", "EXACT", 9); // "dead" is the metric "killed" (normalizeMetric)
    expect(await openConflicts(ws)).toEqual([{ kind: "FIGURE_MISMATCH" }]);

    const incremental = await storeDetectedConflicts(ws.actors.EDITOR, ws.actors.EDITOR, [second.id]);
    expect(incremental).toMatchObject({ created: 0, unchanged: 1, closed: 0, claimsRead: 2 });
    const full = await detectConflicts(ws.actors.EDITOR);
    expect(full).toMatchObject({ created: 0, unchanged: 1, closed: 0, claimsRead: UNRELATED + 2 });
    expect(first.id).not.toBe(second.id);
  });

  it("a toll is compared only with the tolls of events its own reaches, not with the metric's other events", async () => {
    const ws = await createWorkspaceWithMembers();
    await createFloodTolls(ws, UNRELATED);
    // the same strike reached three ways: A holds its label and its day and place, B only the day and place, C only the label
    await figure(ws.actors.EDITOR, "killed", "AT_LEAST", 12, STRIKE);
    await figure(ws.actors.EDITOR, "killed", "EXACT", 9, { eventDate: STRIKE.eventDate, eventPlace: "Kyiv" });
    const c = await figure(ws.actors.EDITOR, "dead", "EXACT", 5, { eventLabel: "The strike on Kyiv." });
    const open = await db.conflict.findMany({
      where: { workspaceId: ws.workspace.id, status: "OPEN" },
      select: { members: { select: { claimId: true } } },
    });
    expect(open.map((conflict) => conflict.members.length)).toEqual([3]); // B and C join through A

    expect(await storeDetectedConflicts(ws.actors.EDITOR, ws.actors.EDITOR, [c.id])).toMatchObject({
      created: 0,
      unchanged: 1,
      closed: 0,
      claimsRead: 3,
    });
    // and finding those three reads only their stored keys, none of the 40 floods' (same metric, other events): each
    // strike claim's figure keys (A two, B and C one) once per strike key it holds (A two), and a row per speaker's claim
    const keys = await db.$transaction((tx) => detectionKeys(tx, ws.actors.EDITOR, [c.id]));
    expect(keys.figureClaimIds).toHaveLength(3);
    expect(keys.keyRowsRead).toBe(2 * 2 + 1 + 1 + keys.quoteClaimIds.length);
    // a full run finds the same conflict and nothing else
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({
      created: 0,
      unchanged: 1,
      closed: 0,
      claimsRead: UNRELATED + 3,
    });
  });

  it("a claim whose metric changes leaves its old group: the conflict there is closed, nothing else is touched", async () => {
    const ws = await createWorkspaceWithMembers();
    await unrelatedClaims(ws);
    await figure(ws.actors.EDITOR, "killed", "AT_LEAST", 12);
    const moved = await figure(ws.actors.EDITOR, "killed", "EXACT", 9);
    await figure(ws.actors.EDITOR, "injured", "EXACT", 30);
    expect(await openConflicts(ws)).toHaveLength(1);

    // through the use case: its detection is incremental, keyed by the claim it changed
    await updateClaim(
      ws.actors.EDITOR,
      UpdateClaimInputSchema.parse({
        claimId: moved.id,
        statement: "9 injured",
        metric: "injured",
        valueLow: 9,
        qualifier: "EXACT",
        ...STRIKE,
      }),
    );
    const conflicts = await db.conflict.findMany({
      where: { workspaceId: ws.workspace.id },
      select: { kind: true, status: true, members: { select: { claimId: true } } },
    });
    // the old "killed" conflict is closed; 9 and 30 injured disagree (a new one)
    expect(conflicts.map((c) => [c.status, c.members.some((m) => m.claimId === moved.id)]).sort()).toEqual([
      ["OPEN", true],
      ["RESOLVED", true],
    ]);
  });

  it("quotes: only the speaker's claims are compared, whatever their titles", async () => {
    const ws = await createWorkspaceWithMembers();
    await unrelatedClaims(ws);
    const quote = async (claimant: string, words: string) => {
      const text = `${claimant} said: “${words}”.\n\nMore later.`;
      const article = await createArticle(ws.actors.EDITOR, { text });
      return (await claimPhrase(ws.actors.EDITOR, article, words, { statement: `“${words}”`, claimant })).claim;
    };
    await quote("Mayor Irena Dalsk", "we will rebuild every bridge by winter");
    const altered = await quote("Irena Dalsk", "we will rebuild every road by winter");
    expect(await openConflicts(ws)).toEqual([{ kind: "QUOTE_MISMATCH" }]);
    expect(await storeDetectedConflicts(ws.actors.EDITOR, ws.actors.EDITOR, [altered.id])).toMatchObject({
      unchanged: 1,
      closed: 0,
      claimsRead: 2,
    });
  });

  it("verdicts: a verdict change compares only its claim's verdicts, and closes only that claim's disagreement", async () => {
    const ws = await createWorkspaceWithMembers();
    const second = await createUser({ workspaceId: ws.workspace.id, role: "EDITOR" });
    const colleague: Actor = { ...ws.actors.EDITOR, userId: second.id };
    const rate = async (author: Actor, claimId: string, ratingKey: string) => {
      const { id } = await createVerdict(
        author,
        CreateVerdictInputSchema.parse({ claimId, ratingKey, summary: `Rated ${ratingKey}.`, evidence: [] }),
      );
      await submitVerdict(author, { verdictId: id, lockVersion: 1 });
      return id;
    };
    // many rated claims that nobody disagrees on, and two claims where two editors disagree
    for (let i = 0; i < 12; i++)
      await rate(ws.actors.EDITOR, (await createClaimRecord(ws.actors.EDITOR)).id, "ACCURATE");
    const [contested, other] = [await createClaimRecord(ws.actors.EDITOR), await createClaimRecord(ws.actors.EDITOR)];
    await rate(ws.actors.EDITOR, contested.id, "ACCURATE");
    const refused = await rate(colleague, contested.id, "FALSE_CLAIM"); // its submission detects the disagreement by itself
    await rate(ws.actors.EDITOR, other.id, "ACCURATE");
    await rate(colleague, other.id, "MISLEADING");
    const open = () =>
      db.conflict.findMany({
        where: { workspaceId: ws.workspace.id, status: "OPEN" },
        select: { members: { select: { claimId: true } } },
      });
    expect((await open()).map((c) => c.members[0]!.claimId).sort()).toEqual([contested.id, other.id].sort());

    expect(await storeDetectedConflicts(ws.actors.EDITOR, ws.actors.EDITOR, [contested.id])).toMatchObject({
      created: 0,
      unchanged: 1,
      closed: 0,
      verdictClaimsRead: 1,
    });
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({
      created: 0,
      unchanged: 2,
      closed: 0,
      verdictClaimsRead: 14,
    });

    // a reviewer rejects the colleague's verdict: it no longer counts, so that claim's disagreement closes; the other stays
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: refused,
        lockVersion: 2,
        decision: "REJECT",
        reason: "No source for this rating.",
      }),
    );
    expect((await open()).map((c) => c.members[0]!.claimId)).toEqual([other.id]);
  });
});
