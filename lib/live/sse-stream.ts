import { formatSseComment, formatSseMessage, type SseMessage } from "@/lib/live/sse";

/** Queued messages beyond which a client that stopped reading is cut off (it reconnects and refetches). */
const MAX_QUEUED_MESSAGES = 500;

export interface SseStream {
  readonly stream: ReadableStream<Uint8Array>;
  readonly closed: boolean;
  send(message: SseMessage): void;
  comment(text: string): void;
  close(): void;
}

/**
 * A byte stream to write SSE messages into, for a Response body. `onClose`
 * runs once, whether the server closes it or the client goes away (the
 * runtime cancels the body).
 */
export function createSseStream(onClose: () => void): SseStream {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
    try {
      controller.close();
    } catch {
      // already cancelled by the client
    }
  };
  const write = (text: string) => {
    if (closed) return;
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED_MESSAGES) return close();
    controller.enqueue(encoder.encode(text));
  };
  // start() runs synchronously inside the constructor, so `controller` is set below.
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c), cancel: close });
  return {
    stream,
    get closed() {
      return closed;
    },
    send: (message) => write(formatSseMessage(message)),
    comment: (text) => write(formatSseComment(text)),
    close,
  };
}
