import { checkReadiness } from "@/lib/ops/readiness";

// Readiness: 200 when this instance can serve (database answers, every migration
// applied), else 503 with Retry-After and what is missing — route traffic elsewhere.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (!readiness.ready) headers["retry-after"] = "5";
  return Response.json({ status: readiness.ready ? "ready" : "not ready", checks: readiness.checks }, { status: readiness.ready ? 200 : 503, headers });
}
