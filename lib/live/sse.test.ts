import { describe, expect, it } from "vitest";
import { formatSseComment, formatSseMessage } from "@/lib/live/sse";

describe("formatSseMessage", () => {
  it("writes event, id and data fields ended by a blank line", () => {
    expect(formatSseMessage({ event: "change", id: "42", data: '{"seq":"42"}' })).toBe(
      'event: change\nid: 42\ndata: {"seq":"42"}\n\n',
    );
  });

  it("splits multi-line data into one data field per line (the client joins them with \\n)", () => {
    expect(formatSseMessage({ data: "a\nb\r\nc" })).toBe("data: a\ndata: b\ndata: c\n\n");
  });

  it("writes the reconnection delay", () => {
    expect(formatSseMessage({ retry: 2000 })).toBe("retry: 2000\n\n");
    expect(() => formatSseMessage({ retry: -1 })).toThrow();
  });

  it("refuses a line break in event or id, which would inject a field", () => {
    expect(() => formatSseMessage({ event: "change\ndata: x" })).toThrow();
    expect(() => formatSseMessage({ id: "1\n\nevent: resync" })).toThrow();
    expect(() => formatSseMessage({})).toThrow();
  });
});

describe("formatSseComment", () => {
  it("is a colon line that clients ignore", () => {
    expect(formatSseComment("heartbeat")).toBe(": heartbeat\n\n");
    expect(() => formatSseComment("a\nb")).toThrow();
  });
});
