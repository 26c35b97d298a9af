import { metricsRegistry } from "@/lib/ops/metrics";
import { metricsAccess } from "@/lib/ops/metrics-access";

// Prometheus metrics of this instance, for a scraper only (lib/ops/metrics-access.ts):
// METRICS_TOKEN unset → 404 (metrics off); any other credential → 401.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(request.headers.get("authorization"));
  if (access === "off") return new Response(null, { status: 404, headers: { "cache-control": "no-store" } });
  if (access === "denied")
    return new Response(null, {
      status: 401,
      headers: { "cache-control": "no-store", "www-authenticate": 'Bearer realm="metrics"' },
    });
  return new Response(await metricsRegistry.metrics(), {
    headers: { "content-type": metricsRegistry.contentType, "cache-control": "no-store" },
  });
}
