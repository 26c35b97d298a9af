/**
 * The production image's server: the files the Dockerfile's runtime stage
 * copies (scripts/assemble-runtime.ts, the one list of them) in a folder of
 * their own outside the project, started as the image starts it (`node
 * server.js`, a container's few environment variables) on a migrated
 * database. It must be ready, serve a page with its assets, and stop on
 * SIGTERM by itself within compose's stop_grace_period. Reuses the stage's
 * one build, which scripts/test.sh makes with NEXT_OUTPUT=standalone.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleRuntime } from "@/scripts/assemble-runtime";
import { freePort } from "@/scripts/free-port";
import { provideTestDatabase, type TestDatabase } from "@/scripts/test-db";
import { onCleanup } from "./support/cleanup";
import { ServerLog } from "./support/server-log";

/** docker-compose.yml's stop_grace_period: after it, Docker kills the container. */
const STOP_GRACE_MS = 15_000;
const START_LIMIT_MS = 90_000;

describe("the production image's standalone server (node server.js)", () => {
  let database: TestDatabase | undefined;
  let folder: string | undefined;
  let server: ChildProcess | undefined;
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let baseUrl: string;
  const log = new ServerLog("standalone-server");

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "factdesk-runtime-"));
    onCleanup(async () => rmSync(folder!, { recursive: true, force: true }));
    assembleRuntime(process.cwd(), folder, { link: true }); // the same files; links spare copying 90 MB
    database = await provideTestDatabase();
    onCleanup(database.stop);

    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["server.js"], {
      cwd: folder,
      stdio: ["ignore", "pipe", "pipe"],
      // what the container has: the Dockerfile's ENV and compose's variables, nothing from the project
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        HOSTNAME: "127.0.0.1",
        PORT: String(port),
        DATABASE_URL: database.url,
        NEXTAUTH_URL: baseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      },
    });
    server.stdout!.on("data", (chunk: Buffer) => log.append(chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => log.append(chunk.toString()));
    exited = new Promise((resolve) => server!.once("exit", (code, signal) => resolve({ code, signal })));
    onCleanup(async () => void server?.kill("SIGKILL"));
    await waitForLive(`${baseUrl}/api/health/live`, () => server!.exitCode !== null || server!.signalCode !== null);
  });

  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill("SIGKILL");
      await exited;
    }
    log.save();
    await database?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("becomes ready: the database answers, every migration of the build is applied, the job runner started", async () => {
    // the job runner connects in the background after the server answers: ready follows within seconds
    const askReady = async () => {
      const response = await fetch(`${baseUrl}/api/health/ready`);
      return {
        status: response.status,
        body: (await response.json()) as { checks: { name: string; ok: boolean; detail: string }[] },
      };
    };
    let { status, body } = await askReady();
    for (
      const deadline = Date.now() + 30_000;
      status !== 200 && Date.now() < deadline;
      { status, body } = await askReady()
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status, JSON.stringify(body)).toBe(200);
    // the migration folders came along: with none the check would pass on "0 applied"
    expect(body.checks.find((check) => check.name === "migrations")?.detail).toMatch(/^[1-9]\d* applied$/);
  });

  it("serves the sign-in page and the browser assets it links to", async () => {
    const response = await fetch(`${baseUrl}/signin`);
    const html = await response.text();
    expect(response.status, log.unexpectedErrors()).toBe(200);
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of new Set(assets)) {
      expect((await fetch(`${baseUrl}${asset}`)).status, asset).toBe(200);
    }
  });

  it("stops by itself on SIGTERM within the grace period, and no longer listens", async () => {
    server!.kill("SIGTERM");
    const outcome = await Promise.race([exited, delay(STOP_GRACE_MS).then(() => "still running" as const)]);
    // Next ends a SIGTERM-ed server with exit code 143 (128 + 15) after its cleanup; 0 is as good
    expect(outcome === "still running" ? outcome : outcome.code).toBeOneOf([0, 143]);
    expect(await accepts(new URL(baseUrl))).toBe(false);
  });
});

async function waitForLive(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (hasExited())
      throw new Error("node server.js exited before answering (test-results/load/standalone-server.log)");
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`node server.js did not answer ${url} within ${START_LIMIT_MS / 1000} s`);
}

function accepts(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
