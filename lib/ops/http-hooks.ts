import http from "node:http";

/**
 * Next.js has no hook that runs for every request (proxy.ts skips static
 * files and cannot see when a response ends), so the Node HTTP server itself
 * is observed: `http.Server.prototype.emit` is wrapped so that every
 * "request" event first passes through `onRequest`. This is the technique of
 * OpenTelemetry's http instrumentation. Patching the prototype also reaches
 * the server Next created before instrumentation.ts ran, and the servers seen
 * are remembered so that graceful shutdown can close them.
 */
type RequestListener = (request: http.IncomingMessage, response: http.ServerResponse, server: http.Server) => void;

const PATCHED = Symbol.for("factdesk.http.emitPatched");
const globalForHttp = globalThis as unknown as {
  factdeskHttpServers?: Set<http.Server>;
  factdeskOnRequest?: RequestListener;
};

/** Installs the hook once per process; calling it again (dev reloads, a second bundle) only replaces the listener. */
export function installRequestHook(onRequest: RequestListener): void {
  globalForHttp.factdeskOnRequest = onRequest;
  const prototype = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const originalEmit = prototype.emit;
  prototype.emit = function emitWithRequestHook(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === "request") {
      servers().add(this);
      try {
        globalForHttp.factdeskOnRequest?.(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, this);
      } catch (error) {
        // observing must never cost the request itself
        console.error("[factdesk] request hook failed", error);
      }
    }
    return Reflect.apply(originalEmit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
  prototype[PATCHED] = true;
}

/** The HTTP servers of this process that have served a request. */
export function servers(): Set<http.Server> {
  return (globalForHttp.factdeskHttpServers ??= new Set());
}
