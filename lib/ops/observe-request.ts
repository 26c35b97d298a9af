import type http from "node:http";
import { writeAccessLog } from "@/lib/ops/access-log";
import { recordHttpRequest } from "@/lib/ops/http-metrics";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/ops/request-id";
import { matchRoute, pathnameOf, type RouteTree } from "@/lib/ops/route-template";

/**
 * What happens to every request before Next.js sees it (installed by
 * lib/ops/http-hooks.ts): it gets its request id, written into the request
 * headers (so proxy.ts, pages, route handlers and onRequestError read it as
 * `x-request-id`) and into the response; and when the response ends — sent,
 * or the client gone — one access log line and the request metrics.
 */
export function observeRequest(request: http.IncomingMessage, response: http.ServerResponse, routes: RouteTree): void {
  const started = process.hrtime.bigint();
  const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  // pages can read this one (PerformanceNavigationTiming), unlike X-Request-Id: the error page when the root layout failed (app/_components/use-request-id.ts)
  response.setHeader("Server-Timing", `request-id;desc="${requestId}"`);
  const socket = request.socket;
  const bytesBefore = socket.bytesWritten;

  // "close" comes once per response, after "finish" when it was sent completely, or alone when the connection dropped.
  response.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { route, path } = matchRoute(pathnameOf(request.url), routes);
    // no answer was sent at all: nginx's 499 ("client closed request") rather than a 200 that never happened
    const status = !response.headersSent && !response.writableFinished ? 499 : response.statusCode;
    const stream = String(response.getHeader("content-type") ?? "").startsWith("text/event-stream");
    recordHttpRequest({ method: request.method, route, status, seconds, stream });
    writeAccessLog({
      method: request.method,
      route,
      path,
      status,
      durationMs: seconds * 1000,
      requestId,
      bytes: socket.bytesWritten >= bytesBefore ? socket.bytesWritten - bytesBefore : undefined,
      aborted: !response.writableFinished,
    });
  });
}
