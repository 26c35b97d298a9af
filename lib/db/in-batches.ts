/**
 * Rows the app reads whole (a full detection run reads every claim of a
 * workspace) come in batches of ids: Prisma loads a relation of many rows
 * with one `IN (…)` bind parameter per row, and PostgreSQL takes at most
 * 32,767 parameters a statement, so one findMany over a big workspace fails.
 */
export const BATCH_SIZE = 5_000;

/** Every row, fetched `BATCH_SIZE` at a time in id order: `load(afterId, take)` returns the next rows after `afterId`, ordered by id. */
export async function readInIdOrder<T extends { id: string }>(
  load: (afterId: string | undefined, take: number) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  let afterId: string | undefined;
  for (;;) {
    const batch = await load(afterId, BATCH_SIZE);
    rows.push(...batch);
    if (batch.length < BATCH_SIZE) return rows;
    afterId = batch[batch.length - 1]!.id;
  }
}

/** The ids in slices of `BATCH_SIZE`, loaded one slice at a time (for `id IN (…)` lists that can be long). */
export async function readByIds<T>(ids: readonly string[], load: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += BATCH_SIZE) rows.push(...(await load(ids.slice(i, i + BATCH_SIZE))));
  return rows;
}
