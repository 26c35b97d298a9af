import { describe, expect, it } from "vitest";
import { createClaimRecord, createVerdictRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { db } from "@/lib/db/client";
import { findClaims } from "@/lib/claims/find-claims";
import type { ClaimListQuery } from "@/lib/claims/claim-list-query";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

const ORIGIN = Date.parse("2025-03-01T08:00:00Z");
const VERDICTS: (VerdictStatus | null)[] = [
  "DRAFT",
  "SUBMITTED",
  "APPROVED",
  null,
  "APPROVED",
  null,
  "DRAFT",
  "REJECTED",
  null,
  "APPROVED",
  "SUBMITTED",
  null,
  null,
  "CHANGES_REQUESTED",
  "APPROVED",
  null,
  "DRAFT",
];

/** 17 live claims (three created in the same millisecond; updated in another order), with verdicts in every state or none, some assigned; one deleted. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const made: {
    id: string;
    claimant: string;
    createdAt: Date;
    updatedAt: Date;
    verdict: VerdictStatus | null;
    editor: boolean;
    reviewer: boolean;
  }[] = [];
  for (const [i, verdict] of VERDICTS.entries()) {
    const claimant = i % 4 === 0 ? "Odesa regional police" : "President's office";
    const editor = i % 5 === 1;
    const reviewer = i % 6 === 2;
    const claim = await createClaimRecord(ws.actors.EDITOR, {
      claimant,
      assignedEditorId: editor ? ws.users.EDITOR.id : null,
      assignedReviewerId: reviewer ? ws.users.REVIEWER.id : null,
    });
    if (verdict) await createVerdictRecord(ws.actors.EDITOR, claim.id, { status: verdict });
    const createdAt = new Date(ORIGIN + (i < 3 ? 0 : i) * 60_000);
    const updatedAt = new Date(ORIGIN + ((i * 7) % 17) * 3_600_000);
    await db.claim.update({ where: { id: claim.id }, data: { createdAt, updatedAt } });
    made.push({ id: claim.id, claimant, createdAt, updatedAt, verdict, editor, reviewer });
  }
  await createClaimRecord(ws.actors.EDITOR, { statement: "Deleted claim", deletedAt: new Date() });
  return { ws, made };
}

type Row = Awaited<ReturnType<typeof world>>["made"][number];
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const SORTED: Record<ClaimListQuery["sort"], (a: Row, b: Row) => number> = {
  updated: (a, b) => compare(b.updatedAt.getTime(), a.updatedAt.getTime()) || compare(b.id, a.id),
  newest: (a, b) => compare(b.createdAt.getTime(), a.createdAt.getTime()) || compare(b.id, a.id),
  oldest: (a, b) => compare(a.createdAt.getTime(), b.createdAt.getTime()) || compare(a.id, b.id),
};
const walk = async (actor: Actor, query: Partial<ClaimListQuery>) =>
  (await walkPages((cursor) => findClaims(actor, { ...query, cursor, pageSize: 2 }))).items.map((c) => c.id);
const ids = (rows: Row[], sort: ClaimListQuery["sort"] = "updated") => [...rows].sort(SORTED[sort]).map((r) => r.id);

describe("the claim list pages", () => {
  it.each(["updated", "newest", "oldest"] as const)(
    "visits every claim exactly once, in order, sorted by %s",
    async (sort) => {
      const { ws, made } = await world();
      expect(await walk(ws.actors.VIEWER, { sort })).toEqual(ids(made, sort));
    },
  );

  it("filters by verdict state, including claims with no verdict, on every page", async () => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.EDITOR, { verdict: "NONE" })).toEqual(ids(made.filter((r) => !r.verdict)));
    expect(await walk(ws.actors.EDITOR, { verdict: "DRAFT", sort: "oldest" })).toEqual(
      ids(
        made.filter((r) => r.verdict === "DRAFT"),
        "oldest",
      ),
    );
    expect(await walk(ws.actors.EDITOR, { verdict: "APPROVED" })).toEqual(
      ids(made.filter((r) => r.verdict === "APPROVED")),
    );
  });

  it("for a viewer, filters by approved verdicts only: no hint that drafts exist", async () => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.VIEWER, { verdict: "DRAFT" })).toEqual([]);
    expect(await walk(ws.actors.VIEWER, { verdict: "SUBMITTED" })).toEqual([]);
    expect(await walk(ws.actors.VIEWER, { verdict: "NONE" })).toEqual(
      ids(made.filter((r) => r.verdict !== "APPROVED")),
    );
  });

  it("filters by assignment to the actor and by text in the claimant", async () => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.EDITOR, { assigned: "me" })).toEqual(ids(made.filter((r) => r.editor)));
    expect(await walk(ws.actors.REVIEWER, { assigned: "me" })).toEqual(ids(made.filter((r) => r.reviewer)));
    expect(await walk(ws.actors.VIEWER, { claimant: "ODESA", sort: "newest" })).toEqual(
      ids(
        made.filter((r) => r.claimant.startsWith("Odesa")),
        "newest",
      ),
    );
  });

  it("never shows another workspace's claims and refuses a forged cursor", async () => {
    const { ws, made } = await world();
    const outsider = await createWorkspaceWithMembers();
    const theirs = await createClaimRecord(outsider.actors.EDITOR, { claimant: "Odesa regional police" });
    expect(await walk(ws.actors.ADMIN, { claimant: "odesa" })).not.toContain(theirs.id);
    const ourCursor = (await findClaims(ws.actors.ADMIN, { sort: "oldest", pageSize: 2 })).nextCursor!;
    const seen = await findClaims(outsider.actors.ADMIN, { sort: "oldest", cursor: ourCursor });
    expect(seen.items.map((c) => c.id)).toEqual([theirs.id]);
    expect(made.map((r) => r.id)).not.toContain(theirs.id);
    await expect(findClaims(ws.actors.VIEWER, { cursor: `${ourCursor}x` })).rejects.toThrow(InvalidCursorError);
  });
});
