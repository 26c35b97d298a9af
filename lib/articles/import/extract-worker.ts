// The worker thread of extract-in-worker.ts: one extraction per thread, answered by one message.
import { parentPort, workerData } from "node:worker_threads";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import type { UploadFormat } from "./detect-upload";
import { extractFormat } from "./extract-format";

const { format, content } = workerData as { format: UploadFormat; content: string };
try {
  parentPort!.postMessage({ ok: true, value: extractFormat(format, content) });
} catch (error) {
  const kind = error instanceof PayloadTooLargeError ? "too_large" : error instanceof InvalidInputError ? "invalid" : "crashed";
  parentPort!.postMessage({ ok: false, kind, message: error instanceof Error ? error.message : String(error), fieldErrors: error instanceof InvalidInputError ? error.fieldErrors : {} });
}
