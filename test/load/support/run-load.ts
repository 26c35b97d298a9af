/**
 * Runs N simulated editors at once against one or more app instances for a
 * fixed time, recording every request and acknowledged write.
 */
import { seeded } from "@/bench/support/seeded-random";
import { ApiClient } from "./api-client";
import { Recorder, isWrite, latencyOf, statusCounts, type LatencySummary } from "./recorder";
import { SimulatedEditor, type Newsroom, type ThinkTime } from "./simulated-editor";
import type { LoadWorld } from "./load-world";

/** Longer than any answer should take on this machine, short enough that a hang is noticed: a timed-out request counts as a failure. */
export const CLIENT_TIMEOUT_MS = 15_000;

export interface LoadRun {
  /** every request and acknowledged write, the warm-up's included (the database checks need them all) */
  recorder: Recorder;
  /** performance.now() when the editors started (after the warm-up: the figures count from here) and when the last one stopped */
  startedAt: number;
  endedAt: number;
  /** the `then` phase, when there was one: the same editors went on from where the first phase left them */
  then?: LoadRun;
}

/** A second phase after the first one, e.g. editors who think between actions after a closed loop. */
export interface LoadPhase {
  durationMs: number;
  thinkTime?: ThinkTime;
}

export interface LoadOptions {
  baseUrls: string[];
  world: LoadWorld;
  durationMs: number;
  /** a deterministic seed per run, so two runs make the same choices */
  seed: number;
  /** each editor's pause between an answer and its next action; none: a closed loop (saturation) */
  thinkTime?: ThinkTime;
  /**
   * before the run: one editor walks every kind of request once (walkEveryOperation) and another reviews
   * its verdict, so every route is loaded and every kind of write ran; recorded, left out of the figures
   */
  warmUp?: boolean;
  /** a phase after this one: the same editors with their annotations, claims, drafts and review queue, recorded apart */
  then?: LoadPhase;
  /** runs alongside the editors (the fault injection), awaited before the run ends */
  during?: (run: { startedAt: number; recorder: Recorder }) => Promise<void>;
}

export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const recorder = new Recorder();
  const newsroom: Newsroom = { articles: options.world.articles, reviewQueue: [] };
  const editors = options.world.editors.map((editor) => {
    // editors start on different instances, so two-instance runs spread evenly from the first request
    const urls = rotate(options.baseUrls, editor.index);
    const client = new ApiClient(urls, editor.token, recorder, CLIENT_TIMEOUT_MS);
    return new SimulatedEditor(editor.index, client, newsroom, recorder, seeded(options.seed * 1000 + editor.index));
  });
  if (options.warmUp) {
    await editors[0]!.walkEveryOperation();
    await editors[1 % editors.length]!.reviewOne();
  }
  const startedAt = performance.now();
  const deadline = startedAt + options.durationMs;
  const during = options.during?.({ startedAt, recorder });
  await Promise.all([...editors.map((editor) => editor.runUntil(deadline, options.thinkTime)), during]);
  const endedAt = performance.now();
  if (!options.then) return { recorder, startedAt, endedAt };
  // every request of the first phase was answered (runUntil waits for it): what starts now belongs to the next one
  const thenStartedAt = performance.now();
  await Promise.all(
    editors.map((editor) => editor.runUntil(thenStartedAt + options.then!.durationMs, options.then!.thinkTime)),
  );
  const thenEndedAt = performance.now();
  const inThen = (at: number) => at >= thenStartedAt;
  const first = new Recorder();
  const then = new Recorder();
  for (const sample of recorder.samples) (inThen(sample.start) ? then : first).sample(sample);
  for (const ack of recorder.acks) (inThen(ack.at) ? then : first).ack(ack);
  return {
    recorder: first,
    startedAt,
    endedAt,
    then: { recorder: then, startedAt: thenStartedAt, endedAt: thenEndedAt },
  };
}

export interface LoadFigures {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  acknowledgedWrites: number;
  writesPerSecond: number;
  latency: LatencySummary;
  /** every read request (article, annotation list, annotation) together */
  readLatency: LatencySummary;
  /** every write request (create, update, submit, review) together, whatever its answer */
  writeLatency: LatencySummary;
  latencyByOperation: Record<string, LatencySummary>;
  statuses: Record<string, number>;
}

export function loadFigures(run: LoadRun): LoadFigures {
  const seconds = (run.endedAt - run.startedAt) / 1000;
  // a warm-up's requests came before startedAt
  const samples = run.recorder.samples.filter((s) => s.op !== "probe" && s.start >= run.startedAt);
  const acks = run.recorder.acks.filter((a) => a.at >= run.startedAt);
  const ops = [...new Set(samples.map((s) => s.op))].sort();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    seconds: round(seconds),
    requests: samples.length,
    requestsPerSecond: round(samples.length / seconds),
    acknowledgedWrites: acks.length,
    writesPerSecond: round(acks.length / seconds),
    latency: latencyOf(samples),
    readLatency: latencyOf(samples.filter((s) => !isWrite(s.op))),
    writeLatency: latencyOf(samples.filter((s) => isWrite(s.op))),
    latencyByOperation: Object.fromEntries(ops.map((op) => [op, latencyOf(samples.filter((s) => s.op === op))])),
    statuses: statusCounts(samples),
  };
}

/** The latency figures as a table: one row per operation, then all reads, all writes and all requests. */
export function latencyTable(figures: LoadFigures): string {
  const row = (name: string, l: LatencySummary) =>
    `${name.padEnd(18)} ${String(l.requests).padStart(8)} ${String(l.p50Ms).padStart(9)} ${String(l.p99Ms).padStart(9)} ${String(l.maxMs).padStart(9)}`;
  return [
    `${"operation".padEnd(18)} ${"requests".padStart(8)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)} ${"max ms".padStart(9)}`,
    ...Object.entries(figures.latencyByOperation).map(([op, l]) => row(op, l)),
    row("reads", figures.readLatency),
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
