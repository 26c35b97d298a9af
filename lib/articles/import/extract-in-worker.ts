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
  () => new Histogram({ name: "factdesk_import_duration_seconds", help: "Extraction of imported articles (HTML, Markdown) in a worker thread", labelNames: ["format", "outcome"], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10], registers: [metricsRegistry] }),
);

type WorkerAnswer = { ok: true; value: FormatExtraction } | { ok: false; kind: "too_large" | "invalid" | "crashed"; message: string; fieldErrors: FieldErrors };

export interface ExtractionLimits {
  timeLimitMs?: number;
  heapMb?: number;
}

/**
 * Runs HTML or Markdown extraction in a worker thread of its own, with a
 * memory limit and a time limit: a hostile file (deeply nested, huge, built
 * to be slow) can neither block the server's event loop nor take the process
 * down; past a limit the thread is stopped and the import refused (422).
 */
export async function extractInWorker(format: UploadFormat, content: string, limits: ExtractionLimits = {}): Promise<FormatExtraction> {
  const stopTimer = importDuration.startTimer({ format });
  const answer = await runWorker(format, content, limits).catch((error: unknown): WorkerAnswer => ({ ok: false, kind: "crashed", message: String(error), fieldErrors: {} }));
  stopTimer({ outcome: answer.ok ? "ok" : answer.kind });
  if (answer.ok) return answer.value;
  if (answer.kind === "too_large") throw new PayloadTooLargeError(answer.message);
  if (answer.kind === "invalid") throw new InvalidInputError(answer.message, answer.fieldErrors);
  throw new InvalidInputError(TOO_COMPLEX, { file: [TOO_COMPLEX] });
}

const TOO_COMPLEX = "This file is too large or too complex to import: reading it took too long or too much memory. Paste the article's text instead.";

function runWorker(format: UploadFormat, content: string, limits: ExtractionLimits): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const worker = startWorker({ format, content }, limits.heapMb ?? EXTRACTION_HEAP_MB);
    const timer = setTimeout(() => {
      finish({ ok: false, kind: "crashed", message: "time limit", fieldErrors: {} });
      void worker.terminate();
    }, limits.timeLimitMs ?? EXTRACTION_TIME_LIMIT_MS);
    let settled = false;
    function finish(answer: WorkerAnswer) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    }
    worker.once("message", (answer: WorkerAnswer) => {
      finish(answer);
      void worker.terminate();
    });
    // ERR_WORKER_OUT_OF_MEMORY and any crash of the thread: only the thread dies
    worker.once("error", (error) => finish({ ok: false, kind: "crashed", message: error.message, fieldErrors: {} }));
    worker.once("exit", () => finish({ ok: false, kind: "crashed", message: "the extraction thread exited", fieldErrors: {} }));
  });
}

function startWorker(workerData: { format: UploadFormat; content: string }, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 };
  if (import.meta.url.endsWith(".ts")) {
    // from source (vitest, tsx): the thread loads the .ts worker through tsx's API
    const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "extract-worker.ts")).href;
    const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
    return new Worker(load, { eval: true, workerData, resourceLimits });
  }
  // next build (Turbopack) compiles the worker script into a chunk of its own and points this at it
  return new Worker(new URL("./extract-worker.ts", import.meta.url), { workerData, resourceLimits });
}
