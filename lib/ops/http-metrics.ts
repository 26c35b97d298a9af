import { Counter, Histogram } from "prom-client";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";

/**
 * Request metrics, recorded once per request by the HTTP hook
 * (lib/ops/observe-request.ts). Every label has few values: the route is a
 * template (lib/ops/route-template.ts), the method one of the standard ones.
 */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const requestDuration = singleMetric(
  "factdesk_http_request_duration_seconds",
  () =>
    new Histogram({
      name: "factdesk_http_request_duration_seconds",
      help: "Time from the request's arrival to the end of its response, by route template; live-update streams are left out (their duration is how long a page stayed open)",
      labelNames: ["method", "route", "status_class"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [metricsRegistry],
    }),
);

const requestsTotal = singleMetric(
  "factdesk_http_requests_total",
  () =>
    new Counter({
      name: "factdesk_http_requests_total",
      help: "Requests answered, by route template and status code",
      labelNames: ["method", "route", "status"] as const,
      registers: [metricsRegistry],
    }),
);

export interface HttpObservation {
  method: string | undefined;
  route: string;
  status: number;
  seconds: number;
  /** a live-update stream: counted, but not a latency */
  stream: boolean;
}

export function recordHttpRequest({ method, route, status, seconds, stream }: HttpObservation): void {
  const knownMethod = method && METHODS.has(method) ? method : "OTHER";
  requestsTotal.inc({ method: knownMethod, route, status: String(status) });
  if (!stream)
    requestDuration.observe({ method: knownMethod, route, status_class: `${Math.floor(status / 100)}xx` }, seconds);
}
