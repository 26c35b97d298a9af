import { describe, expect, it } from "vitest";
import {
  formatPresenceMessage,
  parseChangeNotification,
  parsePresenceMessage,
  type PresenceMessage,
} from "@/lib/live/channels";

describe("change notifications", () => {
  it("parses the trigger's payload (json_build_object spacing included)", () => {
    const payload =
      '{"seq" : "7", "workspaceId" : "w1", "entityType" : "Annotation", "entityId" : "a1", "action" : "annotation.created"}';
    expect(parseChangeNotification(payload)).toEqual({
      seq: "7",
      workspaceId: "w1",
      entityType: "Annotation",
      entityId: "a1",
      action: "annotation.created",
    });
  });

  it("ignores payloads that are not ours", () => {
    expect(parseChangeNotification("hello")).toBeNull();
    expect(parseChangeNotification('{"seq":"x"}')).toBeNull();
  });
});

describe("presence messages", () => {
  const message: PresenceMessage = {
    kind: "join",
    instanceId: "i",
    viewerId: "v",
    workspaceId: "w",
    articleId: "a",
    userId: "u",
    name: "Ana",
  };

  it("round-trips", () => {
    expect(parsePresenceMessage(formatPresenceMessage(message))).toEqual(message);
  });

  it("cuts long names so the payload stays far below NOTIFY's 8000 bytes", () => {
    const long = formatPresenceMessage({ ...message, name: "x".repeat(10_000) });
    expect(long.length).toBeLessThan(1000);
    expect(parsePresenceMessage(long)?.name).toHaveLength(200);
  });

  it("ignores unknown kinds", () => {
    expect(parsePresenceMessage(JSON.stringify({ ...message, kind: "wave" }))).toBeNull();
  });
});
