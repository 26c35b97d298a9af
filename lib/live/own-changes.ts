import type { LiveChange } from "@/lib/live/live-hub";

/**
 * Browser-side (pure, no DOM): changes this tab made and already shows: a page that merged an action's
 * answer (the reader) remembers the changed entity here, and LiveClient skips
 * refetching the stream's echo of it. Only an echo of the same person's change
 * to the same entity is skipped, once; anything else (another person, another
 * tab, a change the action did not answer with) refetches as before.
 */
const remembered = new Map<string, number>();
/** An echo arrives within a second; one that never comes (a lost stream) is forgotten after this. */
const FORGET_AFTER_MS = 60_000;

const keyOf = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

export function rememberOwnChange(entityType: string, entityId: string, now = Date.now()): void {
  for (const [key, at] of remembered) if (now - at > FORGET_AFTER_MS) remembered.delete(key);
  remembered.set(keyOf(entityType, entityId), now);
}

/** Whether `change` is the echo of a change this tab already shows (it is then forgotten). */
export function isMergedOwnChange(change: LiveChange, viewerId: string, now = Date.now()): boolean {
  if (change.actorId === null || change.actorId !== viewerId) return false;
  const key = keyOf(change.entityType, change.entityId);
  const at = remembered.get(key);
  if (at === undefined) return false;
  remembered.delete(key);
  return now - at <= FORGET_AFTER_MS;
}

/**
 * Saves this tab has sent and not yet merged. The stream's echo can arrive
 * before the action's answer (PostgreSQL notifies at commit; the answer still
 * loads the annotation), so an echo of the viewer's own change waits for them.
 */
let inFlight = 0;
let settledWaiters: (() => void)[] = [];

/** A save has been sent; call the returned function once its answer is merged (or failed). */
export function startOwnSave(): () => void {
  inFlight++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    inFlight--;
    if (inFlight > 0) return;
    const waiters = settledWaiters;
    settledWaiters = [];
    waiters.forEach((resolve) => resolve());
  };
}

/** Resolves when no save of this tab is waiting for its answer. */
export function whenOwnSavesSettled(): Promise<void> {
  return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => settledWaiters.push(resolve));
}
