/**
 * Runs N simulated editors at once against one or more app instances for a
 * fixed time, recording every request and acknowledged write.
 */
import { seeded } from "@/bench/support/seeded-random";
import { ApiClient } from "./api-client";
import { Recorder, isWrite, latencyOf, statusCounts, type LatencySummary } from "./recorder";
import { SimulatedEditor, type Newsroom } from "./simulated-editor";
import type { LoadWorld } from "./load-world";

/** Longer than any answer should take on this machine, short enough that a hang is noticed: a timed-out request counts as a failure. */
export const CLIENT_TIMEOUT_MS = 15_000;

export interface LoadRun {
  recorder: Recorder;
  /** performance.now() when the editors started and when the last one stopped */
  startedAt: number;
  endedAt: number;
}

export interface LoadOptions {
  baseUrls: string[];
  world: LoadWorld;
  durationMs: number;
  /** a deterministic seed per run, so two runs make the same choices */
  seed: number;
  /** runs alongside the editors (the fault injection), awaited before the run ends */
  during?: (run: { startedAt: number; recorder: Recorder }) => Promise<void>;
}

export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const recorder = new Recorder();
  const newsroom: Newsroom = { articles: options.world.articles, reviewQueue: [] };
  const startedAt = performance.now();
  const deadline = startedAt + options.durationMs;
  const editors = options.world.editors.map((editor) => {
    // editors start on different instances, so two-instance runs spread evenly from the first request
    const urls = rotate(options.baseUrls, editor.index);
    const client = new ApiClient(urls, editor.token, recorder, CLIENT_TIMEOUT_MS);
    return new SimulatedEditor(editor.index, client, newsroom, recorder, seeded(options.seed * 1000 + editor.index));
  });
  const during = options.during?.({ startedAt, recorder });
  await Promise.all([...editors.map((editor) => editor.runUntil(deadline)), during]);
  return { recorder, startedAt, endedAt: performance.now() };
}

export interface LoadFigures {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  acknowledgedWrites: number;
  writesPerSecond: number;
  latency: LatencySummary;
  /** every write request (create, update, submit, review) together, whatever its answer */
  writeLatency: LatencySummary;
  latencyByOperation: Record<string, LatencySummary>;
  statuses: Record<string, number>;
}

export function loadFigures(run: LoadRun): LoadFigures {
  const seconds = (run.endedAt - run.startedAt) / 1000;
  const samples = run.recorder.samples.filter((s) => s.op !== "probe");
  const ops = [...new Set(samples.map((s) => s.op))].sort();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    seconds: round(seconds),
    requests: samples.length,
    requestsPerSecond: round(samples.length / seconds),
    acknowledgedWrites: run.recorder.acks.length,
    writesPerSecond: round(run.recorder.acks.length / seconds),
    latency: latencyOf(samples),
    writeLatency: latencyOf(samples.filter((s) => isWrite(s.op))),
    latencyByOperation: Object.fromEntries(ops.map((op) => [op, latencyOf(samples.filter((s) => s.op === op))])),
    statuses: statusCounts(samples),
  };
}

/** The latency figures as a table: one row per operation, then all writes and all requests. */
export function latencyTable(figures: LoadFigures): string {
  const row = (name: string, l: LatencySummary) =>
    `${name.padEnd(18)} ${String(l.requests).padStart(8)} ${String(l.p50Ms).padStart(9)} ${String(l.p99Ms).padStart(9)} ${String(l.maxMs).padStart(9)}`;
  return [
    `${"operation".padEnd(18)} ${"requests".padStart(8)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)} ${"max ms".padStart(9)}`,
    ...Object.entries(figures.latencyByOperation).map(([op, l]) => row(op, l)),
    row("writes", figures.writeLatency),
    row("all", figures.latency),
  ].join("\n");
}

/** Write requests whose outcome the client never learned as a success (the write may or may not have happened). */
export function unacknowledgedWriteAttempts(run: LoadRun): number {
  return run.recorder.samples.filter((s) => isWrite(s.op) && !(s.status >= 200 && s.status < 300)).length;
}

function rotate<T>(items: T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
