import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "@/lib/db/client";

/**
 * An ambient transaction: while `work` runs inside runInTransaction(tx, work),
 * every use of `db` (lib/db/client.ts) goes to `tx`, and a nested
 * `db.$transaction(fn)` runs `fn` in `tx` instead of opening a second one.
 * So code that composes use cases (the API's conditional requests,
 * lib/api/http/preconditions.ts) can lock a row, check it, and run an unchanged use
 * case in one transaction: nothing can change the row between the check and
 * the use case's write. An error anywhere rolls the whole of it back.
 */
const ambient = new AsyncLocalStorage<Tx>();

export function runInTransaction<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  return ambient.run(tx, work);
}

/** The transaction `db` currently stands for, if any. */
export function ambientTransaction(): Tx | undefined {
  return ambient.getStore();
}

/** What `db[property]` is inside an ambient transaction. */
export function ambientMember(tx: Tx, property: PropertyKey): unknown {
  if (property === "$transaction") return joinAmbient(tx);
  const value = Reflect.get(tx, property, tx);
  return typeof value === "function" ? value.bind(tx) : value;
}

/** `$transaction(fn)` runs fn in the ambient transaction; `$transaction([queries])` awaits them in order (they were made on it). */
function joinAmbient(tx: Tx) {
  return async (work: ((tx: Tx) => Promise<unknown>) | readonly PromiseLike<unknown>[]): Promise<unknown> => {
    if (typeof work === "function") return work(tx);
    const results: unknown[] = [];
    for (const query of work) results.push(await query);
    return results;
  };
}
