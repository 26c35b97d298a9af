import { describe, expect, it } from "vitest";
import { auditEventHash, GENESIS_HASH } from "@/lib/audit/chain-hash";
import { advance, CHAIN_START, checkLink, type ChainBreak, type StoredChainEvent } from "@/lib/audit/chain-link";

/** A correctly sealed chain of `length` events, as the database trigger would write it. */
function sealedChain(length: number): StoredChainEvent[] {
  const chain: StoredChainEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= length; i++) {
    const content = {
      id: `ev${i}`,
      workspaceId: "ws",
      chainSeq: BigInt(i),
      actorId: "u1",
      action: "claim.updated",
      entityType: "Claim",
      entityId: `c${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      beforeJson: null,
      afterJson: `{"n": ${i}}`,
      prevHash,
    };
    const hash = auditEventHash(content);
    chain.push({ ...content, hash });
    prevHash = hash;
  }
  return chain;
}

/** The first break walking `events` from the start of a chain, as verifyChain walks them. */
function firstBreak(events: StoredChainEvent[]): ChainBreak | null {
  let position = CHAIN_START;
  for (const event of events) {
    const broken = checkLink(position, event);
    if (broken) return broken;
    position = advance(event);
  }
  return null;
}

/** Re-seals an event after a forger edited it, so that only its link can give it away. */
function resealed(event: StoredChainEvent): StoredChainEvent {
  return { ...event, hash: auditEventHash(event) };
}

describe("checkLink", () => {
  it("finds nothing wrong in an intact chain", () => {
    expect(firstBreak(sealedChain(5))).toBeNull();
  });

  it("names an event whose content was edited", () => {
    const chain = sealedChain(5);
    chain[2] = { ...chain[2]!, afterJson: `{"n": 300}` };
    expect(firstBreak(chain)).toMatchObject({ kind: "content_changed", eventId: "ev3", chainSeq: 3n });
  });

  it("names two events whose numbers were swapped as reordered, with the number each was written as", () => {
    const chain = sealedChain(4);
    const [second, third] = [chain[1]!, chain[2]!];
    chain[1] = { ...third, chainSeq: 2n };
    chain[2] = { ...second, chainSeq: 3n };
    expect(firstBreak(chain)).toMatchObject({
      kind: "reordered",
      eventId: "ev3",
      chainSeq: 2n,
      detail: "Event #2 (ev3) was written as event #3: events were reordered.",
    });
  });

  it("names an event renumbered and also edited as changed", () => {
    const chain = sealedChain(3);
    chain[1] = { ...chain[1]!, chainSeq: 3n, action: "claim.deleted" };
    expect(firstBreak(chain)).toMatchObject({ kind: "content_changed", eventId: "ev2" });
  });

  it("names the missing numbers and the event after a deleted one", () => {
    const chain = sealedChain(6);
    expect(firstBreak([...chain.slice(0, 2), ...chain.slice(3)])).toMatchObject({
      kind: "event_missing",
      eventId: "ev4",
      chainSeq: 4n,
      detail: "Event #3 is missing before event #4 (ev4).",
    });
    expect(firstBreak([...chain.slice(0, 1), ...chain.slice(4)])?.detail).toBe(
      "Events #2–#4 are missing before event #5 (ev5).",
    );
    expect(firstBreak(chain.slice(1))).toMatchObject({ kind: "event_missing", eventId: "ev2" });
  });

  it("names an intact event that links to another predecessor as reordered", () => {
    const [first, second, third] = sealedChain(3);
    // ev3 moved to position 2 and re-sealed with its new number, but still linked to ev2
    const moved = resealed({ ...third!, chainSeq: 2n });
    expect(firstBreak([first!, moved, { ...second!, chainSeq: 3n }])).toMatchObject({
      kind: "reordered",
      eventId: "ev3",
      chainSeq: 2n,
    });
  });

  it("names a number that appears twice as reordered", () => {
    const [first, second] = sealedChain(2);
    const copy = resealed({ ...second!, id: "copy" });
    expect(firstBreak([first!, second!, copy])).toMatchObject({ kind: "reordered", eventId: "copy", chainSeq: 2n });
  });
});
