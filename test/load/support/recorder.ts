/**
 * Every request of a load run, as it was answered, and every write the app
 * acknowledged (a 2xx naming what it wrote): what the checks compare with the
 * database afterwards.
 */

export type ReadOp = "article.read" | "annotations.list" | "annotation.read" | "probe";
export type WriteOp =
  "annotation.create" | "annotation.update" | "claim.create" | "verdict.create" | "verdict.submit" | "verdict.review";
export type Op = ReadOp | WriteOp;

/** A request that got no HTTP answer: it timed out on the client (a hang), or the connection failed. */
export const TIMED_OUT = -1;
export const NO_RESPONSE = 0;

export interface Sample {
  op: Op;
  /** which app instance answered (index into the run's base URLs) */
  instance: number;
  /** the HTTP status, or TIMED_OUT / NO_RESPONSE */
  status: number;
  /** performance.now() when the request was sent and when its body was read (or it failed) */
  start: number;
  end: number;
  retryAfter: string | null;
  error?: string;
}

/** One acknowledged write, and the audit event it must have left. */
export interface Ack {
  op: WriteOp;
  action: string;
  entityType: string;
  entityId: string;
  at: number;
}

export class Recorder {
  readonly samples: Sample[] = [];
  readonly acks: Ack[] = [];

  sample(sample: Sample): void {
    this.samples.push(sample);
  }

  ack(ack: Ack): void {
    this.acks.push(ack);
  }
}

export function isWrite(op: Op): op is WriteOp {
  return op !== "article.read" && op !== "annotations.list" && op !== "annotation.read" && op !== "probe";
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[rank]!;
}

export interface LatencySummary {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function latencyOf(samples: Sample[]): LatencySummary {
  const sorted = samples.map((s) => s.end - s.start).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: samples.length,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Statuses and how often each was answered, e.g. {"200": 812, "201": 400}. */
export function statusCounts(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) {
    const key = s.status === TIMED_OUT ? "timeout" : s.status === NO_RESPONSE ? "no response" : String(s.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
