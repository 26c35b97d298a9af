import { describe, expect, it } from "vitest";
import type { PresenceMessage } from "@/lib/live/channels";
import { PresenceRegistry, presenceKey } from "@/lib/live/presence-registry";

const TTL = 30_000;
const KEY = presenceKey("ws1", "art1");

function message(
  kind: PresenceMessage["kind"],
  viewerId: string,
  userId: string,
  name = `Name ${userId}`,
): PresenceMessage {
  return { kind, instanceId: "i1", viewerId, workspaceId: "ws1", articleId: "art1", userId, name };
}

describe("PresenceRegistry", () => {
  it("lists each person once, sorted by name, however many tabs they have open", () => {
    const registry = new PresenceRegistry(TTL);
    expect(registry.apply(message("join", "v1", "u2", "Zoë"), 0)).toBe(true);
    expect(registry.apply(message("join", "v2", "u1", "Ana"), 0)).toBe(true);
    expect(registry.apply(message("join", "v3", "u2", "Zoë"), 0)).toBe(false); // second tab: nobody new
    expect(registry.viewers(KEY)).toEqual([
      { userId: "u1", name: "Ana" },
      { userId: "u2", name: "Zoë" },
    ]);
  });

  it("keeps a person while one of their tabs is open", () => {
    const registry = new PresenceRegistry(TTL);
    registry.apply(message("join", "v1", "u1"), 0);
    registry.apply(message("join", "v2", "u1"), 0);
    expect(registry.apply(message("leave", "v1", "u1"), 1)).toBe(false);
    expect(registry.viewers(KEY)).toHaveLength(1);
    expect(registry.apply(message("leave", "v2", "u1"), 2)).toBe(true);
    expect(registry.viewers(KEY)).toEqual([]);
  });

  it("expires viewers whose heartbeats stopped (their instance crashed) and reports the article", () => {
    const registry = new PresenceRegistry(TTL);
    registry.apply(message("join", "v1", "u1"), 0);
    registry.apply(message("join", "v2", "u2"), 0);
    expect(registry.apply(message("beat", "v2", "u2"), 20_000)).toBe(false); // a heartbeat changes nobody
    expect(registry.expire(TTL - 1)).toEqual([]);
    expect(registry.expire(TTL)).toEqual([KEY]); // v1 silent for the whole TTL
    expect(registry.viewers(KEY)).toEqual([{ userId: "u2", name: "Name u2" }]);
    expect(registry.expire(20_000 + TTL)).toEqual([KEY]);
    expect(registry.viewers(KEY)).toEqual([]);
  });

  it("keeps articles and workspaces apart", () => {
    const registry = new PresenceRegistry(TTL);
    registry.apply(message("join", "v1", "u1"), 0);
    registry.apply({ ...message("join", "v2", "u2"), workspaceId: "ws2" }, 0);
    registry.apply({ ...message("join", "v3", "u3"), articleId: "art2" }, 0);
    expect(registry.viewers(KEY).map((v) => v.userId)).toEqual(["u1"]);
    expect(registry.viewers(presenceKey("ws2", "art1")).map((v) => v.userId)).toEqual(["u2"]);
  });

  it("treats a leave for an unknown viewer as no change", () => {
    const registry = new PresenceRegistry(TTL);
    expect(registry.apply(message("leave", "nobody", "u9"), 0)).toBe(false);
  });
});
