/**
 * The stored detection keys (ClaimDetectionKey) on a real database: written for
 * claims whatever wrote them, kept right when an edit changes a claim's event
 * or speaker or deletes it, and backfilled for claims that have none (a
 * database migrated with existing claims).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { UpdateClaimInputSchema } from "@/lib/claims/schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { claimPhrase } from "@/test/support/claim-phrase";
import { createFloodTolls } from "@/test/support/flood-tolls";
import type { Actor } from "@/lib/policy/actor";
import { claimDetectionKeys } from "./claim-detection-keys";
import { detectionKeys } from "./detection-keys";
import { backfillDetectionKeys } from "./refresh-detection-keys";

const STRIKE = { eventLabel: "Strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };
const FLOOD = { eventLabel: "Flood in Odesa", eventDate: "2025-05-02", eventPlace: "Odesa" };

/** A figure claim of a speaker on an article of its own, through the use case (detection follows it, inline in tests). */
async function figure(actor: Actor, n: number, claimant: string, event: Partial<typeof STRIKE>) {
  const phrase = `${n} killed`;
  const article = await createArticle(actor, { text: `${claimant} said ${phrase} in the night.` });
  const fields = { metric: "killed", valueLow: n, qualifier: "EXACT" as const, claimant, ...event };
  return (await claimPhrase(actor, article, phrase, fields)).claim;
}

/** The keys stored for a claim, and the ones its row calls for. */
async function storedAndExpected(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      metric: true,
      claimant: true,
      eventLabel: true,
      eventDate: true,
      eventPlace: true,
      deletedAt: true,
      detectionKeysStale: true,
    },
  });
  const stored = await db.claimDetectionKey.findMany({ where: { claimId }, select: { kind: true, key: true } });
  const sort = (keys: { kind: string; key: string }[]) => keys.map((k) => `${k.kind} ${k.key}`).sort();
  return {
    stale: claim.detectionKeysStale,
    stored: sort(stored),
    expected: claim.deletedAt ? [] : sort(claimDetectionKeys(claim)),
  };
}

describe("stored detection keys", () => {
  it("follow an edit of a claim's event and speaker, and go with its deletion", async () => {
    const ws = await createWorkspaceWithMembers();
    const editor = ws.actors.EDITOR;
    const strike = await figure(editor, 12, "Mayor Irena Dalsk", STRIKE);
    const flood = await figure(editor, 4, "Oleh Marchenko", FLOOD);
    const moved = await figure(editor, 9, "Irena Dalsk", STRIKE);
    expect(await storedAndExpected(moved.id)).toMatchObject({ stale: false });
    const before = await storedAndExpected(moved.id);
    expect(before.stored).toEqual(before.expected);
    expect(before.stored).toContain("SPEAKER irena dalsk");

    // the claim moves to the flood and to another speaker; the edit's own detection refreshes its keys
    await updateClaim(
      editor,
      UpdateClaimInputSchema.parse({
        claimId: moved.id,
        statement: "9 killed",
        claimant: "Oleh Marchenko",
        metric: "killed",
        valueLow: 9,
        qualifier: "EXACT",
        ...FLOOD,
      }),
    );
    const after = await storedAndExpected(moved.id);
    expect(after).toMatchObject({ stale: false });
    expect(after.stored).toEqual(after.expected);
    expect(after.stored).toContain("SPEAKER oleh marchenko");
    expect(after.stored).not.toEqual(before.stored);

    // the look-ups now find it with the flood's claims and the new speaker's, no longer with the strike's
    const keysFrom = (claimId: string) => db.$transaction((tx) => detectionKeys(tx, editor, [claimId]));
    const fromFlood = await keysFrom(flood.id);
    expect(fromFlood.figureClaimIds.sort()).toEqual([flood.id, moved.id].sort());
    expect(fromFlood.quoteClaimIds.sort()).toEqual([flood.id, moved.id].sort());
    // and the strike's event and its old speaker no longer hold it (a run from the strike still compares it: it was in
    // a conflict there, whose other members are a run's seeds)
    const strikeKeys = claimDetectionKeys({ metric: "killed", claimant: "Irena Dalsk", ...STRIKE }).map((k) => k.key);
    const holders = await db.claimDetectionKey.findMany({
      where: { workspaceId: ws.workspace.id, key: { in: strikeKeys } },
      select: { claimId: true },
    });
    expect([...new Set(holders.map((h) => h.claimId))]).toEqual([strike.id]);

    await deleteClaim(editor, { claimId: moved.id });
    expect(await storedAndExpected(moved.id)).toEqual({ stale: false, stored: [], expected: [] });
    expect((await keysFrom(flood.id)).figureClaimIds).toEqual([flood.id]);
  });

  it("an incremental run reads only the keys of its own event's claims, none of the metric's other events", async () => {
    const ws = await createWorkspaceWithMembers();
    const floods = 40;
    await createFloodTolls(ws, floods);
    // the same strike reached three ways: A holds its label and its day and place, B only the day and place, C only the label
    const a = await figure(ws.actors.EDITOR, 12, "Irena Dalsk", STRIKE);
    const b = await figure(ws.actors.EDITOR, 9, "Oleh Marchenko", { eventDate: STRIKE.eventDate, eventPlace: "Kyiv" });
    const c = await figure(ws.actors.EDITOR, 5, "Petro Hnatiuk", { eventLabel: "The strike on Kyiv." });
    expect(await db.claimDetectionKey.count({ where: { workspaceId: ws.workspace.id } })).toBe(2 * floods + 3 + 4);

    const keys = await db.$transaction((tx) => detectionKeys(tx, ws.actors.EDITOR, [c.id]));
    expect(keys.figureClaimIds.sort()).toEqual([a.id, b.id, c.id].sort());
    // the run starts from C and the other members of its conflict (A and B), so their three speakers are looked up too
    expect(keys.quoteClaimIds.sort()).toEqual([a.id, b.id, c.id].sort());
    // the figure look-up returns each strike claim's figure keys (A two, B and C one) once per strike key it holds
    // (A two), the speaker look-up a row per speaker: 2·2 + 1 + 1 + 3 rows, where reading the metric read all 43 claims
    expect(keys.keyRowsRead).toBe(9);
  });

  it("a claim written by a bulk insert or a factory is marked stale by the database until a run keys it", async () => {
    const ws = await createWorkspaceWithMembers();
    const { id } = await db.claim.create({
      data: {
        workspaceId: ws.workspace.id,
        statement: "5 killed",
        metric: "dead",
        claimant: "Irena Dalsk",
        ...STRIKE,
        eventDate: new Date(STRIKE.eventDate),
        createdById: ws.actors.EDITOR.userId,
        detectionKeysStale: false, // no writer can claim its keys are current: the trigger marks every insert
      },
      select: { id: true },
    });
    expect(await storedAndExpected(id)).toMatchObject({ stale: true, stored: [] });
    await db.$transaction((tx) => detectionKeys(tx, ws.actors.EDITOR, [id]));
    const keyed = await storedAndExpected(id);
    expect(keyed).toMatchObject({ stale: false });
    expect(keyed.stored).toEqual(keyed.expected);

    // writing only other columns leaves the keys current; writing the claimant marks them stale again
    await db.claim.update({ where: { id }, data: { statement: "Five killed" } });
    expect(await storedAndExpected(id)).toMatchObject({ stale: false });
    await db.claim.update({ where: { id }, data: { claimant: "Oleh Marchenko" } });
    expect(await storedAndExpected(id)).toMatchObject({ stale: true });
  });

  it("the backfill keys claims inserted without keys, as the schema before them left them", async () => {
    const ws = await createWorkspaceWithMembers();
    const ids = ["live-strike", "live-quote", "deleted", "bare"].map((name) => `${name}-${ws.workspace.id}`);
    // plain SQL naming only the old schema's columns, as rows that existed when the keys' migration ran
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", statement, metric, claimant, "eventLabel", "eventDate", "eventPlace", "createdById", "deletedAt", "updatedAt")
      VALUES (${ids[0]}, ${ws.workspace.id}, '12 dead', 'Dead', 'President Zelensky', 'The Kiev strike', '2025-04-24', 'Kiev', ${ws.actors.EDITOR.userId}, NULL, now()),
             (${ids[1]}, ${ws.workspace.id}, '“We will rebuild”', NULL, 'Mayor Irena Dalsk', NULL, NULL, NULL, ${ws.actors.EDITOR.userId}, NULL, now()),
             (${ids[2]}, ${ws.workspace.id}, '3 injured', 'injured', 'Irena Dalsk', 'Flood in Odesa', NULL, NULL, ${ws.actors.EDITOR.userId}, now(), now()),
             (${ids[3]}, ${ws.workspace.id}, 'Prices rose', NULL, NULL, NULL, NULL, NULL, ${ws.actors.EDITOR.userId}, NULL, now())`;
    for (const id of ids) expect(await storedAndExpected(id)).toMatchObject({ stale: true, stored: [] });

    expect(await backfillDetectionKeys(db)).toBeGreaterThanOrEqual(ids.length);
    const keyed = await Promise.all(ids.map(storedAndExpected));
    for (const claim of keyed) expect(claim.stored).toEqual(claim.expected);
    expect(keyed.map((claim) => [claim.stale, claim.stored])).toEqual([
      [
        false,
        [
          "FIGURE_BUCKET killed@day-place:2025-04-24|kyiv",
          "FIGURE_BUCKET killed@label:kyiv strike",
          "SPEAKER zelenskyy",
        ],
      ],
      [false, ["SPEAKER irena dalsk"]],
      [false, []], // deleted: no keys
      [false, []],
    ]);
  });
});
