import { describe, expect, it } from "vitest";
import { createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { db } from "@/lib/db/client";
import { findConflicts } from "@/lib/conflicts/find-conflicts";
import type { ConflictListQuery } from "@/lib/conflicts/conflict-list-query";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import type { ConflictKind, ConflictStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

const ORIGIN = Date.parse("2025-03-01T08:00:00Z");
const KINDS: ConflictKind[] = ["FIGURE_MISMATCH", "QUOTE_MISMATCH", "VERDICT_DISAGREEMENT"];

/** 19 conflicts of every kind, open and resolved, three detected in the same millisecond. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const made: { id: string; kind: ConflictKind; status: ConflictStatus; createdAt: Date }[] = [];
  for (let i = 0; i < 19; i++) {
    const kind = KINDS[i % 3]!;
    const status: ConflictStatus = i % 4 === 3 ? "RESOLVED" : "OPEN";
    const createdAt = new Date(ORIGIN + (i < 3 ? 0 : (i * 7) % 19) * 60_000);
    const conflict = await db.conflict.create({
      data: {
        workspaceId: ws.workspace.id,
        kind,
        status,
        question: `Which figure holds? ${i}`,
        fingerprint: uniqueSuffix(),
        createdAt,
      },
      select: { id: true },
    });
    made.push({ id: conflict.id, kind, status, createdAt });
  }
  return { ws, made };
}

type Row = Awaited<ReturnType<typeof world>>["made"][number];
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (rows: Row[], sort: ConflictListQuery["sort"]) =>
  [...rows]
    .sort(
      (a, b) =>
        (sort === "oldest" ? 1 : -1) * (compare(a.createdAt.getTime(), b.createdAt.getTime()) || compare(a.id, b.id)),
    )
    .map((r) => r.id);
const walk = async (actor: Actor, query: Partial<ConflictListQuery>) =>
  (await walkPages((cursor) => findConflicts(actor, { ...query, cursor, pageSize: 2 }))).items.map((c) => c.id);

describe("the conflict list pages", () => {
  it.each([
    ["OPEN", "newest"],
    ["OPEN", "oldest"],
    ["RESOLVED", "newest"],
  ] as const)("visits every %s conflict exactly once, %s first", async (status, sort) => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.VIEWER, { status, sort })).toEqual(
      ids(
        made.filter((r) => r.status === status),
        sort,
      ),
    );
  });

  it("keeps the kind filter on every page and counts each status", async () => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.VIEWER, { kind: "QUOTE_MISMATCH", sort: "oldest" })).toEqual(
      ids(
        made.filter((r) => r.status === "OPEN" && r.kind === "QUOTE_MISMATCH"),
        "oldest",
      ),
    );
    const { counts } = await findConflicts(ws.actors.VIEWER, { kind: "QUOTE_MISMATCH" });
    expect(counts).toEqual({
      OPEN: made.filter((r) => r.status === "OPEN").length,
      RESOLVED: made.filter((r) => r.status === "RESOLVED").length,
    });
  });

  it("never shows another workspace's conflicts and refuses a forged cursor", async () => {
    const { ws } = await world();
    const outsider = await createWorkspaceWithMembers();
    const ourCursor = (await findConflicts(ws.actors.ADMIN, { pageSize: 2 })).nextCursor!;
    expect(await findConflicts(outsider.actors.ADMIN, { cursor: ourCursor })).toEqual({
      items: [],
      nextCursor: null,
      previousCursor: null,
      counts: { OPEN: 0, RESOLVED: 0 },
    });
    await expect(findConflicts(ws.actors.ADMIN, { cursor: ourCursor.slice(0, -3) })).rejects.toThrow(
      InvalidCursorError,
    );
  });
});
