/**
 * The built app (`next start`, as e2e/support/serve.ts runs it) on a given
 * database, for benchmarks that measure it through HTTP or a browser. The
 * server runs in its own process group, so stop() ends Next.js and any worker
 * it forked; a process exit handler kills the group should the caller die
 * before calling stop().
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/free-port";

export interface NextApp {
  baseUrl: string;
  stop(): Promise<void>;
  /** the `next start` process, for a test that signals it itself (test/load/shutdown.load.test.ts) */
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

export async function startNextApp(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  onOutput?: (text: string) => void;
}): Promise<NextApp> {
  const root = process.cwd();
  const next = path.join(root, "node_modules", ".bin", "next");
  if (!existsSync(next))
    throw new Error(`${next} not found: run the benchmark from the project folder after npm install`);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("No production build in .next: run `npx next build` first");

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(next, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    detached: true, // its own process group: stop() signals the whole group
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  // The last few KB of output, shown if the server fails to start.
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
    options.onOutput?.(chunk.toString()); // the load tests show the server's errors next to a failed check
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);

  let exited = child.exitCode !== null;
  const exitStatus = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => ((exited = true), resolve({ code, signal }))),
  );
  const exit = exitStatus.then(() => undefined);
  const killGroup = (signal: NodeJS.Signals, evenAfterExit = false) => {
    if ((exited && !evenAfterExit) || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  // The group does not get the terminal's Ctrl-C: end it if this process exits or is interrupted first.
  const onParentExit = () => killGroup("SIGKILL");
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup("SIGKILL");
    forget();
    // Nobody else handles it: die of the signal as the default behaviour would.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const forget = () => {
    process.removeListener("exit", onParentExit);
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
  process.once("exit", onParentExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      killGroup("SIGTERM");
      if (!(await within(exit, STOP_TIMEOUT_MS))) {
        killGroup("SIGKILL");
        await within(exit, STOP_TIMEOUT_MS);
      }
      // Workers Next.js forked share the group; make sure none outlives it.
      killGroup("SIGKILL", true);
      forget();
    })());

  try {
    await waitUntilServing(`${baseUrl}/signin`, () => exited);
  } catch (error) {
    await stop();
    throw new Error(
      `next start did not serve ${baseUrl}/signin: ${(error as Error).message}\n--- server output ---\n${output}`,
    );
  }
  return { baseUrl, stop, pid: child.pid!, exited: exitStatus };
}

async function waitUntilServing(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error("the server exited");
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String((error as Error).message);
    }
    await delay(250);
  }
  throw new Error(`timed out after ${READY_TIMEOUT_MS / 1000} s (last: ${last})`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `promise` settled within `ms`; the timer is cleared either way, so it never holds the process open. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
