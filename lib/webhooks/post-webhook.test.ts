/** One webhook POST against a real local server: what is kept of the answer, the time limit, redirects, and the private-address refusal. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "@/lib/webhooks/post-webhook";

let server: http.Server;
let base: string;
const seen: string[] = [];
beforeAll(async () => {
  server = http.createServer((request, response) => {
    seen.push(request.url ?? "");
    if (request.url === "/long") return void response.writeHead(200).end("x".repeat(5_000));
    if (request.url === "/moved") return void response.writeHead(302, { location: "/elsewhere" }).end();
    if (request.url === "/silent") return; // never answers
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  delete process.env.WEBHOOK_ALLOWED_HOSTS;
});

const post = (path: string, timeoutMs?: number) =>
  postWebhook(`${base}${path}`, { "content-type": "application/json" }, "{}", timeoutMs);

describe("postWebhook", () => {
  it("keeps the status and the first 2,000 characters of the answer, and how long it took", async () => {
    process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    const outcome = await post("/long");
    expect(outcome).toMatchObject({ httpStatus: 200, error: null });
    expect(outcome.response).toHaveLength(2_000);
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("does not follow a redirect: its status is the answer", async () => {
    process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    expect(await post("/moved")).toMatchObject({ httpStatus: 302 });
    expect(seen).not.toContain("/elsewhere");
  });

  it("gives up at the time limit", async () => {
    process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    expect(await post("/silent", 300)).toMatchObject({
      httpStatus: null,
      response: null,
      error: "no answer within 0.3 seconds",
    });
  });

  it("refuses a loopback address that WEBHOOK_ALLOWED_HOSTS does not name, before connecting", async () => {
    const before = seen.length;
    expect(await post("/refused")).toMatchObject({
      httpStatus: null,
      error: expect.stringMatching(/private network address/),
    });
    expect(await postWebhook("http://169.254.169.254/latest/meta-data", {}, "{}")).toMatchObject({
      httpStatus: null,
      error: expect.stringMatching(/private network address/),
    });
    expect(seen.length).toBe(before);
  });

  it("refuses other schemes", async () => {
    expect(await postWebhook("file:///etc/passwd", {}, "{}")).toMatchObject({
      httpStatus: null,
      error: expect.stringMatching(/only http and https/),
    });
  });
});
