/**
 * Server-sent events wire format (WHATWG HTML, "server-sent events"). Pure.
 * A message is a block of `field: value` lines ended by a blank line; a line
 * starting with ":" is a comment, which clients ignore and proxies see as traffic.
 */
export interface SseMessage {
  /** the event name clients listen for with addEventListener; "message" when absent */
  event?: string;
  /** becomes the stream's Last-Event-ID, sent back by the browser when it reconnects */
  id?: string;
  /** any text; several lines become several `data:` lines, joined again by the client */
  data?: string;
  /** how long the browser waits before reconnecting, in milliseconds */
  retry?: number;
}

export function formatSseMessage(message: SseMessage): string {
  const lines: string[] = [];
  if (message.event !== undefined) lines.push(`event: ${singleLine("event", message.event)}`);
  if (message.id !== undefined) lines.push(`id: ${singleLine("id", message.id)}`);
  if (message.retry !== undefined) {
    if (!Number.isInteger(message.retry) || message.retry < 0)
      throw new Error(`SSE retry must be a non-negative integer, not ${message.retry}`);
    lines.push(`retry: ${message.retry}`);
  }
  if (message.data !== undefined) {
    for (const line of message.data.split(/\r\n|\r|\n/)) lines.push(`data: ${line}`);
  }
  if (lines.length === 0) throw new Error("An SSE message needs at least one field");
  return `${lines.join("\n")}\n\n`;
}

/** A comment line: keeps proxies and load balancers from closing an idle stream. */
export function formatSseComment(text: string): string {
  return `: ${singleLine("comment", text)}\n\n`;
}

// A line break inside event, id or a comment would start a new field: refuse it.
// The id also must not contain NUL (the browser would ignore it).
function singleLine(field: string, value: string): string {
  if (/[\r\n\0]/.test(value)) throw new Error(`SSE ${field} must be one line without NUL`);
  return value;
}
