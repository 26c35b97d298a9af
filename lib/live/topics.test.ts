import { describe, expect, it } from "vitest";
import { liveStreamRequestFrom, LiveStreamRequestSchema } from "@/lib/live/schemas";
import { splitTopic, TopicListSchema } from "@/lib/live/topics";

describe("topics", () => {
  it("accepts the page topics", () => {
    expect(TopicListSchema.parse(["article:cm3abc", "claim:x_1-2", "review"])).toEqual([
      "article:cm3abc",
      "claim:x_1-2",
      "review",
    ]);
  });

  it("refuses unknown kinds, odd ids, none and too many", () => {
    for (const bad of [
      ["workspace:1"],
      ["article:"],
      ["article:a b"],
      ["article:a:b"],
      ["review:1"],
      [],
      ["review", "review", "review", "review", "review"],
    ]) {
      expect(TopicListSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("splits a topic into kind and id", () => {
    expect(splitTopic("article:abc")).toEqual(["article", "abc"]);
    expect(splitTopic("review")).toEqual(["review", null]);
  });
});

describe("liveStreamRequestFrom", () => {
  it("reads topics, presence and since from the URL", () => {
    const raw = liveStreamRequestFrom(
      new URL("http://x/api/live/desk?topic=article:a1&presence=1&since=1700000000000"),
      null,
    );
    expect(LiveStreamRequestSchema.parse(raw)).toEqual({
      topics: ["article:a1"],
      presence: true,
      since: 1700000000000,
      resume: false,
    });
  });

  it("treats Last-Event-ID or ?resume=1 as a reconnect", () => {
    expect(liveStreamRequestFrom(new URL("http://x/?topic=review"), "17").resume).toBe(true);
    expect(liveStreamRequestFrom(new URL("http://x/?topic=review&resume=1"), null).resume).toBe(true);
  });

  it("ignores a since that is not a plain number", () => {
    expect(liveStreamRequestFrom(new URL("http://x/?topic=review&since=1e9"), null).since).toBeNull();
  });
});
