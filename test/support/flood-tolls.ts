/**
 * Test data for conflict detection (not used by the app): many toll claims of
 * events other than the one a test is about, written straight to the table (no
 * annotation, no detection run), to show that a run does not read them.
 */
import { db } from "@/lib/db/client";
import type { TestWorkspace } from "@/prisma/factories";

/** `count` "killed" claims of floods in as many towns, a day apart from 1 January 2024 (2, 3, … killed). */
export async function createFloodTolls(ws: TestWorkspace, count: number): Promise<void> {
  await db.claim.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      workspaceId: ws.workspace.id,
      statement: `${i + 2} killed in the flood`,
      metric: "killed",
      valueLow: i + 2,
      eventLabel: `Flood in town ${i}`,
      eventDate: new Date(Date.UTC(2024, 0, 1 + i)),
      eventPlace: `Town ${i}`,
      createdById: ws.actors.EDITOR.userId,
    })),
  });
}
