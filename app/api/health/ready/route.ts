import { checkReadiness } from "@/lib/ops/readiness";
import { isShuttingDown } from "@/lib/ops/shutdown-hooks";

// Readiness: 200 when this instance can serve (database answers, every migration
// applied), else 503 with Retry-After and what is missing — route traffic elsewhere.
// From SIGTERM on (lib/ops/graceful-shutdown.ts) always 503: the instance is draining.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  if (isShuttingDown())
    return Response.json(
      { status: "shutting down", checks: [] },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  const readiness = await checkReadiness();
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (!readiness.ready) headers["retry-after"] = "5";
  return Response.json(
    { status: readiness.ready ? "ready" : "not ready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers },
  );
}
