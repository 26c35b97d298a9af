/** A server-sent event as a test sees it. */
export interface SseEvent {
  event: string;
  id: string | null;
  data: string;
}

/**
 * Reads SSE messages from a response body, for integration tests of live
 * streams. Comments (heartbeats) and retry-only messages are skipped.
 */
export function sseReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parsed: SseEvent[] = [];
  let buffer = "";
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  let ended = false;

  function parseBuffer(): void {
    let end: number;
    while ((end = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message: SseEvent = { event: "message", id: null, data: "" };
      const data: string[] = [];
      let hasData = false;
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = line.slice(0, colon);
        const value = line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") message.event = value;
        else if (field === "id") message.id = value;
        else if (field === "data") {
          hasData = true;
          data.push(value);
        }
      }
      if (hasData) parsed.push({ ...message, data: data.join("\n") });
    }
  }

  /** The next event, or an error after `timeoutMs`. */
  async function next(timeoutMs = 3_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    while (parsed.length === 0) {
      if (ended) throw new Error("the stream ended");
      pending ??= reader.read();
      const left = deadline - Date.now();
      const result = await Promise.race([
        pending,
        new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), Math.max(0, left))),
      ]);
      if (result === "timeout") throw new Error(`no event within ${timeoutMs} ms`);
      pending = null;
      if (result.done) ended = true;
      else buffer += decoder.decode(result.value, { stream: true });
      parseBuffer();
    }
    return parsed.shift()!;
  }

  /** Events up to and including the first named `event`. */
  async function until(event: string, timeoutMs = 3_000): Promise<SseEvent[]> {
    const seen: SseEvent[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = await next(Math.max(1, deadline - Date.now()));
      seen.push(message);
      if (message.event === event) return seen;
    }
  }

  /** The events that arrive within `ms` (for "nothing arrives" checks). */
  async function within(ms: number): Promise<SseEvent[]> {
    const seen: SseEvent[] = [];
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        seen.push(await next(Math.max(1, deadline - Date.now())));
      } catch (error) {
        if (error instanceof Error && error.message.startsWith("no event")) return seen;
        throw error;
      }
    }
  }

  return { next, until, within, cancel: () => reader.cancel() };
}
