import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { holdServerCloseForHooks, shutDown } from "@/lib/ops/graceful-shutdown";
import { installRequestHook, servers } from "@/lib/ops/http-hooks";
import { isShuttingDown, onShutdown } from "@/lib/ops/shutdown-hooks";

/**
 * The drain on a real Node HTTP server in this process (the load test
 * test/load/shutdown.load.test.ts does it to the built app with SIGTERM):
 * a never-ending stream ended by its hook, a request in flight finishing, the
 * server closing. shutDown runs once per process, so one scenario per file.
 */
const started: http.Server[] = [];
afterEach(() => started.forEach((server) => server.closeAllConnections()));

function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  started.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

describe("graceful shutdown", () => {
  it("ends streams through their hook, lets the request in flight finish, closes the server, and does not exit", async () => {
    const seen: string[] = [];
    installRequestHook((request) => seen.push(request.url ?? ""));
    holdServerCloseForHooks();
    const openStreams = new Set<http.ServerResponse>();
    let finishSlowRequest = () => {};
    const base = await listen((request, response) => {
      if (request.url === "/stream") {
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.write(": open\n\n");
        openStreams.add(response);
      } else {
        finishSlowRequest = () => response.end("done");
      }
    });
    let releaseHook = () => {};
    let hookFinished = false;
    onShutdown("streams", async () => {
      for (const stream of openStreams) stream.end(": bye\n\n");
      await new Promise<void>((resolve) => (releaseHook = resolve)); // a hook still at work (a job finishing) when the server has closed
      hookFinished = true;
    });

    const streams = await Promise.all([1, 2, 3].map(() => fetch(`${base}/stream`)));
    const streamBodies = streams.map((response) => response.text());
    const slow = fetch(`${base}/slow`).then(async (response) => ({
      status: response.status,
      body: await response.text(),
    }));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the slow request has reached the handler

    const exits: number[] = [];
    let closedCallback = false;
    started[0]!.close(() => (closedCallback = true)); // what Next's own SIGTERM handler does before ours
    const drained = shutDown("SIGTERM", { servers, timeoutMs: 5_000, exit: (code) => exits.push(code) });
    expect(isShuttingDown()).toBe(true);

    expect(await Promise.all(streamBodies)).toEqual([
      ": open\n\n: bye\n\n",
      ": open\n\n: bye\n\n",
      ": open\n\n: bye\n\n",
    ]);
    const serverClosed = new Promise((resolve) => started[0]!.once("close", resolve));
    finishSlowRequest();
    expect(await slow).toEqual({ status: 200, body: "done" });
    // every connection gone (the kept-alive ones closed once idle): the server closes, but Next's callback waits for the hook
    await serverClosed;
    expect(closedCallback).toBe(false);
    releaseHook();
    await drained;

    expect(hookFinished).toBe(true);
    expect(closedCallback).toBe(true);
    expect(exits).toEqual([]); // the normal exit is Next's; the backstop never fired
    expect(servers().has(started[0]!)).toBe(true);
    expect(seen).toEqual(["/stream", "/stream", "/stream", "/slow"]);
  });
});
