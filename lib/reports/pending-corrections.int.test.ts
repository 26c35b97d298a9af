/**
 * Changes waiting for a correction, against a real database: the list pages
 * oldest first with no cap, and a reviewer's correction covers exactly the
 * changes they read (through the last one shown), so a change that arrived
 * while they wrote, or lay beyond the page, stays pending.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { findPendingCorrections } from "@/lib/reports/find-pending-corrections";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { resolvePendingCorrections } from "@/lib/reports/resolve-pending-corrections";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";

const TEXT = [
  "Storm damage in the valley",
  "At least 12 houses were flooded on Monday.",
  "Officials said 40 roads were closed.",
].join("\n\n");
const NOTE = "The figures were revised by the regional office.";

/** A published report of one article with two claims. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT, title: "Valley Herald" });
  const houses = await claimWithVerdict(ws, article, "At least 12 houses were flooded", "APPROVED");
  const roads = await claimWithVerdict(ws, article, "40 roads were closed", "APPROVED");
  const report = await articleReport(ws, article);
  await publishReport(ws.actors.REVIEWER, report.id);
  return { ws, article, report, claims: [houses.claim.id, roads.claim.id] };
}

/**
 * Pending changes as a new article version would leave them (lib/claims' version import writes these rows),
 * one second apart so their order is the order given.
 */
async function changesReached(ws: TestWorkspace, reportId: string, claimIds: string[]) {
  const start = Date.now();
  for (const [i, claimId] of claimIds.entries())
    await db.reportPendingCorrection.create({
      data: {
        workspaceId: ws.workspace.id,
        reportId,
        claimId,
        reason: `change ${i + 1}`,
        createdAt: new Date(start + i * 1000),
      },
    });
}

const reasons = (page: { items: { reason: string }[] }) => page.items.map((item) => item.reason);

describe("the changes waiting for a correction", () => {
  it("page oldest first, both ways, with the total on every page", async () => {
    const { ws, report, claims } = await world();
    await changesReached(ws, report.id, [claims[0]!, claims[1]!, claims[0]!, claims[1]!, claims[0]!]);
    const read = (cursor?: string) =>
      findPendingCorrections(ws.actors.EDITOR, { reportId: report.id }, { pageSize: 2, cursor });

    const first = await read();
    expect([reasons(first), first.total, first.previousCursor]).toEqual([["change 1", "change 2"], 5, null]);
    const second = await read(first.nextCursor!);
    expect(reasons(second)).toEqual(["change 3", "change 4"]);
    const last = await read(second.nextCursor!);
    expect([reasons(last), last.nextCursor]).toEqual([["change 5"], null]);
    expect(reasons(await read(last.previousCursor!))).toEqual(["change 3", "change 4"]);
    expect(first.items[0]).toMatchObject({ reportTitle: "Fact-check of the article", claimId: claims[0] });
  });

  it("of one claim come from the published reports that show it", async () => {
    const { ws, article, report, claims } = await world();
    const draft = await articleReport(ws, article, "A draft");
    await changesReached(ws, report.id, [claims[0]!, claims[1]!]);
    await changesReached(ws, draft.id, [claims[0]!]);

    const ofClaim = await findPendingCorrections(ws.actors.EDITOR, { claimId: claims[0]! });
    expect(ofClaim.items.map((item) => item.reportId)).toEqual([report.id]);
    expect(ofClaim.total).toBe(1);

    await unpublishReport(ws.actors.REVIEWER, report.id);
    expect((await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id })).total).toBe(0);
  });
});

describe("a correction", () => {
  it("covers the changes read through the last one shown; a later one stays pending", async () => {
    const { ws, report, claims } = await world();
    await changesReached(ws, report.id, [claims[0]!, claims[1]!, claims[0]!]);
    const seen = await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id }, { pageSize: 2 });

    const result = await resolvePendingCorrections(ws.actors.REVIEWER, {
      reportId: report.id,
      note: NOTE,
      throughId: seen.items.at(-1)!.id,
    });

    expect(result).toEqual({ corrections: 2 });
    const left = await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id });
    expect([reasons(left), left.total]).toEqual([["change 3"], 1]);
    const corrections = await db.reportCorrection.findMany({
      where: { reportId: report.id },
      select: { claimId: true },
    });
    expect(corrections.map((c) => c.claimId).sort()).toEqual([...claims].sort());
  });

  it("through a change that no longer waits is refused, and nothing is resolved", async () => {
    const { ws, report, claims } = await world();
    await changesReached(ws, report.id, [claims[0]!, claims[1]!]);
    const seen = await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id });
    await resolvePendingCorrections(ws.actors.REVIEWER, {
      reportId: report.id,
      note: NOTE,
      throughId: seen.items[0]!.id,
    });

    await expect(
      resolvePendingCorrections(ws.actors.REVIEWER, { reportId: report.id, note: NOTE, throughId: seen.items[0]!.id }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(reasons(await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id }))).toEqual(["change 2"]);
    expect(await db.reportCorrection.count({ where: { reportId: report.id } })).toBe(1);
  });

  it("without throughId covers every waiting change, as before", async () => {
    const { ws, report, claims } = await world();
    await changesReached(ws, report.id, [claims[0]!, claims[1]!, claims[1]!]);
    expect(await resolvePendingCorrections(ws.actors.REVIEWER, { reportId: report.id, note: NOTE })).toEqual({
      corrections: 2,
    });
    expect((await findPendingCorrections(ws.actors.EDITOR, { reportId: report.id })).total).toBe(0);
  });
});
