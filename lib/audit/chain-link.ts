import { auditEventHash, GENESIS_HASH, type ChainedEventContent } from "@/lib/audit/chain-hash";

/** An event as stored: its content and the hash the database sealed it with. */
export interface StoredChainEvent extends ChainedEventContent {
  hash: string;
}

/**
 * - content_changed: the event no longer matches its own hash (its content or time was edited);
 * - event_missing: numbers were skipped, or the event it was written after is gone;
 * - reordered: the event sits elsewhere than where it was written: renumbered, linked after another event, or its number appears twice.
 */
export type ChainBreakKind = "content_changed" | "event_missing" | "reordered";

export interface ChainBreak {
  kind: ChainBreakKind;
  /** the first event that does not continue the chain */
  eventId: string;
  chainSeq: bigint;
  detail: string;
}

/** Where a walk along a chain stands: the number and prevHash the next event must have. */
export interface ChainPosition {
  nextSeq: bigint;
  prevHash: string;
}

export const CHAIN_START: ChainPosition = { nextSeq: 1n, prevHash: GENESIS_HASH };

/**
 * Pure: whether `event` is the intact next link after `position`; the break otherwise.
 * Its own hash is checked first, so an edited event is named as such even when
 * its number or link also changed.
 */
export function checkLink(position: ChainPosition, event: StoredChainEvent): ChainBreak | null {
  const at = { eventId: event.id, chainSeq: event.chainSeq };
  const name = `event #${event.chainSeq} (${event.id})`;
  if (auditEventHash(event) !== event.hash) {
    const writtenAs = numberItWasWrittenAs(event);
    if (writtenAs !== null)
      return {
        ...at,
        kind: "reordered",
        detail: `${capital(name)} was written as event #${writtenAs}: events were reordered.`,
      };
    return {
      ...at,
      kind: "content_changed",
      detail: `${capital(name)} no longer matches its hash: its content, time or position was changed after it was written.`,
    };
  }
  if (event.chainSeq > position.nextSeq) {
    const missing =
      event.chainSeq - position.nextSeq === 1n
        ? `Event #${position.nextSeq} is`
        : `Events #${position.nextSeq}–#${event.chainSeq - 1n} are`;
    return { ...at, kind: "event_missing", detail: `${missing} missing before ${name}.` };
  }
  if (event.chainSeq < position.nextSeq) {
    return {
      ...at,
      kind: "reordered",
      detail: `${capital(name)} appears out of order: number #${event.chainSeq} was already taken.`,
    };
  }
  if (event.prevHash !== position.prevHash) {
    return {
      ...at,
      kind: "reordered",
      detail: `${capital(name)} was not written after event #${position.nextSeq - 1n}: events were moved or replaced.`,
    };
  }
  return null;
}

/** How far from its place a renumbered event is looked for (2 × 500 hashes: about a millisecond). */
const REORDER_WINDOW = 500n;

/** The number an event whose only change is its number was sealed with, if it is within REORDER_WINDOW of where it sits now. */
function numberItWasWrittenAs(event: StoredChainEvent): bigint | null {
  for (let distance = 1n; distance <= REORDER_WINDOW; distance++) {
    for (const chainSeq of [event.chainSeq - distance, event.chainSeq + distance]) {
      if (chainSeq >= 1n && auditEventHash({ ...event, chainSeq }) === event.hash) return chainSeq;
    }
  }
  return null;
}

/** The position after an intact `event`. */
export function advance(event: StoredChainEvent): ChainPosition {
  return { nextSeq: event.chainSeq + 1n, prevHash: event.hash };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
