import { describe, expect, it } from "vitest";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { db } from "@/lib/db/client";
import { findReports } from "@/lib/reports/find-reports";
import type { ReportListQuery } from "@/lib/reports/report-list-query";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import type { Actor } from "@/lib/policy/actor";

const ORIGIN = Date.parse("2025-03-01T08:00:00Z");

/** 14 reports, three created in the same millisecond, every other one published (in another order). */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const made: { id: string; createdAt: Date; publishedAt: Date | null }[] = [];
  for (let i = 0; i < 14; i++) {
    const createdAt = new Date(ORIGIN + (i < 3 ? 0 : i) * 60_000);
    const publishedAt = i % 2 ? new Date(ORIGIN + ((i * 5) % 14) * 3_600_000) : null;
    const report = await db.report.create({
      data: {
        workspaceId: ws.workspace.id,
        title: `Report ${i}`,
        scope: "WORKSPACE",
        createdById: ws.users.EDITOR.id,
        createdAt,
        publishedAt,
      },
      select: { id: true },
    });
    made.push({ id: report.id, createdAt, publishedAt });
  }
  return { ws, made };
}

type Row = Awaited<ReturnType<typeof world>>["made"][number];
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const newest = (rows: Row[]) =>
  [...rows]
    .sort((a, b) => compare(b.createdAt.getTime(), a.createdAt.getTime()) || compare(b.id, a.id))
    .map((r) => r.id);
const walk = async (actor: Actor, query: Partial<ReportListQuery>) =>
  (await walkPages((cursor) => findReports(actor, { ...query, cursor, pageSize: 3 }))).items.map((r) => r.id);

describe("the report list pages", () => {
  it("visits every report exactly once, newest first, and the published ones by publication", async () => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.EDITOR, {})).toEqual(newest(made));
    const published = made
      .filter((r) => r.publishedAt)
      .sort((a, b) => compare(b.publishedAt!.getTime(), a.publishedAt!.getTime()) || compare(b.id, a.id));
    expect(await walk(ws.actors.EDITOR, { sort: "published" })).toEqual(published.map((r) => r.id));
  });

  it("filters published ones and drafts on every page; viewers never see drafts", async () => {
    const { ws, made } = await world();
    expect(await walk(ws.actors.EDITOR, { state: "drafts" })).toEqual(newest(made.filter((r) => !r.publishedAt)));
    expect(await walk(ws.actors.EDITOR, { state: "published" })).toEqual(newest(made.filter((r) => r.publishedAt)));
    expect(await walk(ws.actors.VIEWER, {})).toEqual(newest(made.filter((r) => r.publishedAt)));
    expect(await walk(ws.actors.VIEWER, { state: "drafts" })).toEqual([]);
  });

  it("never shows another workspace's reports and refuses a forged cursor", async () => {
    const { ws } = await world();
    const outsider = await createWorkspaceWithMembers();
    const ourCursor = (await findReports(ws.actors.EDITOR, { pageSize: 2 })).nextCursor!;
    expect(await findReports(outsider.actors.EDITOR, { cursor: ourCursor })).toEqual({
      items: [],
      nextCursor: null,
      previousCursor: null,
    });
    await expect(findReports(ws.actors.EDITOR, { cursor: "eyJ4Ijox" })).rejects.toThrow(InvalidCursorError);
  });
});
