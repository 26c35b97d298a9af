import { Gauge } from "prom-client";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";
import { isShuttingDown, onShutdown } from "@/lib/ops/shutdown-hooks";
import type { SseStream } from "@/lib/live/sse-stream";

/**
 * The live-update streams open in this process: counted for the metrics and
 * ended all at once when the server shuts down. An open stream is a response
 * that never ends by itself, so without this a stopping server waited for
 * every reader to leave. Ended, a browser's EventSource reconnects after the
 * stream's `retry` (2 s) — through the load balancer, to an instance that is
 * still serving — and refetches the page once (lib/live/README.md).
 * On globalThis: the route bundle tracks, the instrumentation bundle counts.
 */
const globalForStreams = globalThis as unknown as { factdeskLiveStreams?: Set<SseStream> };
const open = (globalForStreams.factdeskLiveStreams ??= new Set());

/** Counts `stream` as open; call the returned function when it closes. */
export function trackLiveStream(stream: SseStream): () => void {
  if (isShuttingDown()) {
    // it was being opened when the streams were ended: end it too, or the server would wait for it
    endStream(stream);
    return () => {};
  }
  open.add(stream);
  return () => void open.delete(stream);
}

export function openLiveStreamCount(): number {
  return open.size;
}

/** Tells every open stream why it ends (a comment: browsers ignore it, people reading the stream see it), then ends it. */
export function endLiveStreams(): void {
  for (const stream of [...open]) endStream(stream);
}

function endStream(stream: SseStream): void {
  stream.comment("server shutting down: reconnect for live updates");
  stream.close();
}

singleMetric(
  "factdesk_live_connections",
  () =>
    new Gauge({
      name: "factdesk_live_connections",
      help: "Live-update (server-sent events) streams open on this instance",
      registers: [metricsRegistry],
      collect() {
        this.set(open.size);
      },
    }),
);
onShutdown("live-update streams", endLiveStreams);
