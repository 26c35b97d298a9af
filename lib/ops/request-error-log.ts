import { componentLogger } from "@/lib/ops/logger";
import { REQUEST_ID_HEADER } from "@/lib/ops/request-id";

const log = componentLogger("request-error");

export interface FailedRequest {
  method: string;
  headers: NodeJS.Dict<string | string[]>;
}

export interface FailureContext {
  /** the route as in app/, e.g. `/w/[slug]/articles/[articleId]` */
  routePath: string;
  routeType: string;
}

/**
 * An error that escaped a page, server action, route handler or proxy.ts
 * (Next's onRequestError, instrumentation.ts): logged with the request id and
 * Next's digest — the two references a person can see on the error page — and
 * the route as a template, never the URL (its query could hold a secret).
 */
export function logRequestError(error: unknown, request: FailedRequest, context: FailureContext): void {
  const id = request.headers[REQUEST_ID_HEADER];
  const digest =
    typeof error === "object" && error !== null && "digest" in error
      ? String((error as { digest: unknown }).digest)
      : undefined;
  log.error(
    {
      err: error,
      requestId: typeof id === "string" ? id : undefined,
      digest,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
    },
    `${request.method} ${context.routePath} failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
