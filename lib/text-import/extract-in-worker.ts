import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { Histogram } from "prom-client";
import { InvalidInputError, PayloadTooLargeError, type FieldErrors } from "@/lib/errors";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";
import type { UploadFormat } from "./detect-upload";
import type { FormatExtraction } from "./extract-format";

/** A hostile page may take this long to parse before its thread is stopped; real articles take well under a second. */
export const EXTRACTION_TIME_LIMIT_MS = 10_000;
/** Heap of the extraction thread: a 5 MB page parsed by jsdom fits; a page built to exhaust memory does not, and only its thread dies. */
const EXTRACTION_HEAP_MB = 256;

const importDuration = singleMetric(
  "factdesk_import_duration_seconds",
  () =>
    new Histogram({
      name: "factdesk_import_duration_seconds",
      help: "Extraction of imported articles (HTML, Markdown) in a worker thread",
      labelNames: ["format", "outcome"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [metricsRegistry],
    }),
);

type WorkerAnswer =
  | { ok: true; value: FormatExtraction }
  | { ok: false; kind: "too_large" | "invalid" | "crashed"; message: string; fieldErrors: FieldErrors };

export interface ExtractionLimits {
  timeLimitMs?: number;
  heapMb?: number;
}

/**
 * Runs HTML or Markdown extraction in a worker thread, with a memory limit
 * and a time limit: a hostile file (deeply nested, huge, built to be slow)
 * can neither block the server's event loop nor take the process down; past
 * a limit its thread is stopped and the import refused (422).
 *
 * Threads stay warm between imports (starting one loads jsdom: seconds on a
 * busy machine). At most MAX_THREADS run; further imports wait for one. A
 * thread that hit a limit or crashed is thrown away, never reused.
 */
export async function extractInWorker(
  format: UploadFormat,
  content: string,
  limits: ExtractionLimits = {},
): Promise<FormatExtraction> {
  const stopTimer = importDuration.startTimer({ format });
  const answer = await extractOnThread(format, content, limits).catch((error: unknown): WorkerAnswer => ({
    ok: false,
    kind: "crashed",
    message: String(error),
    fieldErrors: {},
  }));
  stopTimer({ outcome: answer.ok ? "ok" : answer.kind });
  if (answer.ok) return answer.value;
  if (answer.kind === "too_large") throw new PayloadTooLargeError(answer.message);
  if (answer.kind === "invalid") throw new InvalidInputError(answer.message, answer.fieldErrors);
  throw new InvalidInputError(TOO_COMPLEX, { file: [TOO_COMPLEX] });
}

const TOO_COMPLEX =
  "This file is too large or too complex to import: reading it took too long or too much memory. Paste the article's text instead.";
/** Two cores here; more threads would only compete with the server for them. */
const MAX_THREADS = 2;

/** Warm threads by heap limit (tests ask for a small one), and how many are running. */
const idle = new Map<number, Worker[]>();
let running = 0;
const waiting: (() => void)[] = [];
let nextRequestId = 0;

/** Threads started and not thrown away (busy or warm): for tests and a glance in a debugger. */
export function extractionThreads(): number {
  return running;
}

async function extractOnThread(format: UploadFormat, content: string, limits: ExtractionLimits): Promise<WorkerAnswer> {
  const heapMb = limits.heapMb ?? EXTRACTION_HEAP_MB;
  const worker = await acquire(heapMb);
  const id = ++nextRequestId;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: WorkerAnswer, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (reusable) release(worker, heapMb);
      else discard(worker);
      resolve(answer);
    };
    const onMessage = (answer: WorkerAnswer & { id: number }) => answer.id === id && finish(answer, true);
    // ERR_WORKER_OUT_OF_MEMORY and any crash of the thread: only the thread dies
    const onError = (error: Error) =>
      finish({ ok: false, kind: "crashed", message: error.message, fieldErrors: {} }, false);
    const onExit = () =>
      finish({ ok: false, kind: "crashed", message: "the extraction thread exited", fieldErrors: {} }, false);
    const timer = setTimeout(
      () => finish({ ok: false, kind: "crashed", message: "time limit", fieldErrors: {} }, false),
      limits.timeLimitMs ?? EXTRACTION_TIME_LIMIT_MS,
    );
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.ref(); // busy: keep the process alive until it answers
    worker.postMessage({ id, format, content });
  });
}

async function acquire(heapMb: number): Promise<Worker> {
  for (;;) {
    const warm = idle.get(heapMb)?.pop();
    if (warm) return warm;
    if (running < MAX_THREADS) {
      running++;
      return startWorker(heapMb);
    }
    const spare = [...idle.values()].find((list) => list.length > 0)?.pop();
    if (spare) {
      discard(spare); // a warm thread of another heap size makes room for this one
      continue;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

function release(worker: Worker, heapMb: number): void {
  worker.unref(); // an idle thread never keeps the process alive
  idle.set(heapMb, [...(idle.get(heapMb) ?? []), worker]);
  waiting.shift()?.();
}

function discard(worker: Worker): void {
  running--;
  void worker.terminate();
  waiting.shift()?.();
}

function startWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 };
  if (import.meta.url.endsWith(".ts")) {
    // from source (vitest, tsx): the thread loads the .ts worker through tsx's API
    const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "extract-worker.ts")).href;
    const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
    return new Worker(load, { eval: true, resourceLimits });
  }
  // next build (Turbopack) compiles the worker script into a chunk of its own and points this at it
  return new Worker(new URL("./extract-worker.ts", import.meta.url), { resourceLimits });
}
