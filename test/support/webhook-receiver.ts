import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  receivedAt: Date;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:<port>/hooks */
  url: string;
  received: ReceivedWebhook[];
  /** the status (and body) of the next answers, in order; after them, 200 "ok" */
  answerNext(...answers: { status: number; body?: string }[]): void;
  /** the first received webhook that `match` accepts, waiting up to timeoutMs */
  waitFor(match: (hook: ReceivedWebhook) => boolean, timeoutMs?: number): Promise<ReceivedWebhook>;
  stop(): Promise<void>;
}

/**
 * A real HTTP server on a free local port that keeps every POST it gets, with
 * its headers and raw body (what a receiver verifies the signature over).
 * Tests read what the app really sent over HTTP: no mocked fetch.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers: { status: number; body?: string }[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
      );
      received.push({ headers, body: Buffer.concat(chunks).toString("utf8"), receivedAt: new Date() });
      const answer = answers.shift() ?? { status: 200, body: "ok" };
      response.writeHead(answer.status, { "content-type": "text/plain" }).end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answerNext: (...next) => void answers.push(...next),
    async waitFor(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hook = received.find(match);
        if (hook) return hook;
        if (Date.now() > deadline)
          throw new Error(`no matching webhook within ${timeoutMs} ms (got ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a test file that delivers webhooks: a job runner (retries after 1 s) and
 * a receiver, started before its tests and stopped after them, with
 * WEBHOOK_ALLOWED_HOSTS letting deliveries reach 127.0.0.1 meanwhile. Tests
 * read `.receiver` once the file's tests run.
 */
export function webhookDeliveryBench(): { receiver: WebhookReceiver } {
  const bench = {} as { receiver: WebhookReceiver; jobs: TestJobs };
  beforeAll(async () => {
    bench.jobs = await startTestJobRunner({ retryDelaySeconds: 1 });
    bench.receiver = await startWebhookReceiver();
    process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
  });
  afterAll(async () => {
    delete process.env.WEBHOOK_ALLOWED_HOSTS;
    await bench.receiver.stop();
    await bench.jobs.stop();
  });
  return bench;
}
