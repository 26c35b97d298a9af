// The worker thread of extract-in-worker.ts: it stays warm (jsdom loaded once) and answers one
// extraction request at a time, each by one message carrying the request's id.
import { parentPort } from "node:worker_threads";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import type { UploadFormat } from "./detect-upload";
import { extractFormat } from "./extract-format";

parentPort!.on("message", ({ id, format, content }: { id: number; format: UploadFormat; content: string }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: extractFormat(format, content) });
  } catch (error) {
    const kind =
      error instanceof PayloadTooLargeError ? "too_large" : error instanceof InvalidInputError ? "invalid" : "crashed";
    parentPort!.postMessage({
      id,
      ok: false,
      kind,
      message: error instanceof Error ? error.message : String(error),
      fieldErrors: error instanceof InvalidInputError ? error.fieldErrors : {},
    });
  }
});
