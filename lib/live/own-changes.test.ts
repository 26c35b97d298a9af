import { describe, expect, it } from "vitest";
import type { LiveChange } from "@/lib/live/live-hub";
import { isMergedOwnChange, rememberOwnChange, startOwnSave, whenOwnSavesSettled } from "@/lib/live/own-changes";

const change = (entityId: string, actorId: string | null, entityType = "Annotation"): LiveChange => ({
  seq: "1",
  entityType,
  entityId,
  topics: ["article:a1"],
  actorId,
});

describe("own changes: the echo of a merged save is not refetched", () => {
  it("skips the viewer's own echo of a remembered entity, once", () => {
    rememberOwnChange("Annotation", "n1", 1_000);
    expect(isMergedOwnChange(change("n1", "me"), "me", 1_500)).toBe(true);
    expect(isMergedOwnChange(change("n1", "me"), "me", 1_600)).toBe(false);
  });

  it("refetches for someone else's change, an unknown actor, another entity or type", () => {
    rememberOwnChange("Annotation", "n2", 1_000);
    expect(isMergedOwnChange(change("n2", "someone else"), "me", 1_100)).toBe(false);
    expect(isMergedOwnChange(change("n2", null), "me", 1_100)).toBe(false);
    expect(isMergedOwnChange(change("n3", "me"), "me", 1_100)).toBe(false);
    expect(isMergedOwnChange(change("n2", "me", "Reply"), "me", 1_100)).toBe(false);
    expect(isMergedOwnChange(change("n2", "me"), "me", 1_100)).toBe(true);
  });

  it("forgets an entity whose echo never came", () => {
    rememberOwnChange("Reply", "r1", 1_000);
    expect(isMergedOwnChange(change("r1", "me", "Reply"), "me", 1_000 + 60_001)).toBe(false);
  });
});

describe("own saves in flight: an echo that comes before the answer waits for it", () => {
  it("settles once every save sent has been answered, each counted once", async () => {
    const order: string[] = [];
    await whenOwnSavesSettled().then(() => order.push("none in flight"));
    const first = startOwnSave();
    const second = startOwnSave();
    const waiting = whenOwnSavesSettled().then(() => order.push("settled"));
    first();
    first(); // a second call changes nothing
    await Promise.resolve();
    order.push("one answered");
    second();
    await waiting;
    expect(order).toEqual(["none in flight", "one answered", "settled"]);
  });
});
