import { AsyncLocalStorage } from "node:async_hooks";
import { db, type Tx } from "@/lib/db/client";
import { runInTransaction } from "@/lib/db/ambient-transaction";
import { enqueuePreservation } from "./enqueue-preservation";

/** Snapshot ids requested inside the running use case, for preservingSources to enqueue after its commit. */
const requestedInUseCase = new AsyncLocalStorage<{ id: string; workspaceId: string }[]>();

/**
 * Inside the transaction that cites URLs (evidence, a URL import): makes sure
 * each (workspace, url) has its SourceSnapshot row, so a citation is never
 * without one even if the process dies before the fetch. Rows that exist are
 * left alone (ON CONFLICT DO NOTHING). New rows are fetched by a
 * `sources.preserve` job after the commit (preservingSources), or by the sweep.
 */
export async function requestPreservation(tx: Tx, workspaceId: string, urls: readonly string[]): Promise<void> {
  const unique = [...new Set(urls.filter((u) => u !== ""))];
  if (unique.length === 0) return;
  const created = await tx.sourceSnapshot.createManyAndReturn({
    data: unique.map((url) => ({ workspaceId, url })),
    skipDuplicates: true,
    select: { id: true, workspaceId: true },
  });
  requestedInUseCase.getStore()?.push(...created);
}

/**
 * Wraps a use case whose transaction may call requestPreservation: once it has
 * returned (committed), enqueues the preservation of the sources it cited.
 * Enqueuing never fails the use case: the sweep (sources.sweep) picks up
 * whatever was not enqueued.
 */
export async function preservingSources<T>(work: () => Promise<T>): Promise<T> {
  const requested: { id: string; workspaceId: string }[] = [];
  const result = await requestedInUseCase.run(requested, work);
  await enqueuePreservation(requested);
  return result;
}

/**
 * A use case that stores one cited URL (an article imported from it): runs
 * `work` and requests the URL's preservation in one transaction (work's own
 * db.$transaction joins it), and enqueues the fetch after the commit.
 */
export function preservingCitedUrl<T>(workspaceId: string, url: string, work: () => Promise<T>): Promise<T> {
  return preservingSources(() =>
    db.$transaction((tx) =>
      runInTransaction(tx, async () => {
        const result = await work();
        await requestPreservation(tx, workspaceId, [url]);
        return result;
      }),
    ),
  );
}
