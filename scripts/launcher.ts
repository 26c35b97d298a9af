// What `npm start`, `npm run dev` and `npm run db:migrate:deploy` share: running the project's
// commands one after another, and stopping cleanly — the command running now, then whatever
// else was started (the embedded database) — on Ctrl-C, SIGTERM or the first failure.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
/** Local state of npm start / npm run dev (git-ignored): the embedded database, the session secret. */
export const stateDir = path.join(root, ".factdesk");

/** A command of the project's own node_modules/.bin (prisma, tsx, next). */
export function bin(name: string): string {
  return path.join(root, "node_modules", ".bin", name);
}

export class Launcher {
  private child: ChildProcess | undefined; // the command running now
  private readonly stopHooks: (() => Promise<void>)[] = [];
  private shuttingDown = false;

  /** `name` prefixes failures: "npm start: …". */
  constructor(private readonly name: string) {
    process.on("SIGINT", () => void this.shutdown(0));
    process.on("SIGTERM", () => void this.shutdown(0));
  }

  /** Runs `fn` on shutdown, after the running command has stopped (last registered, first run). */
  onStop(fn: () => Promise<void>): void {
    this.stopHooks.unshift(fn);
  }

  /** Runs a command in the project folder with this environment; any failure stops everything. */
  run(command: string, args: string[]): Promise<void> {
    return new Promise((resolve) => {
      const proc = this.start(command, args);
      proc.on("exit", (code, signal) => {
        if (this.shuttingDown) return; // shutdown() exits for us
        if (code === 0) resolve();
        else this.fail(`\`${path.basename(command)} ${args.join(" ")}\` failed (${signal ?? `exit code ${code}`})`);
      });
    });
  }

  /** Starts the long-running command (the server); when it exits, everything stops with its exit code. */
  serve(command: string, args: string[]): ChildProcess {
    const proc = this.start(command, args);
    proc.on("exit", (code, signal) => void this.shutdown(code ?? (signal ? 1 : 0)));
    return proc;
  }

  /** Stops the running command, then runs the stop hooks, then exits. Safe to call twice. */
  async shutdown(code: number): Promise<void> {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const hook of this.stopHooks)
      await hook().catch((error: unknown) => console.error(`${this.name}: ${String(error)}`));
    process.exit(code);
  }

  fail(message: string): void {
    console.error(`\n${this.name}: ${message}`);
    void this.shutdown(1);
  }

  get stopping(): boolean {
    return this.shuttingDown;
  }

  private start(command: string, args: string[]): ChildProcess {
    const proc = spawn(command, args, { cwd: root, stdio: "inherit" });
    this.child = proc;
    proc.on("error", (error) => this.fail(`${path.basename(command)} ${args.join(" ")}: ${error.message}`));
    return proc;
  }
}

/** NEXTAUTH_SECRET signs sessions; keeping it in .factdesk/ keeps people signed in across restarts. */
export function persistentSecret(): string {
  const file = path.join(stateDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Prints where to go once the server answers, so the URL is the last thing on screen. */
export async function announceWhenReady(
  launcher: Launcher,
  server: ChildProcess,
  where: { host: string; port: string; data: string },
): Promise<void> {
  const probeHost = where.host === "0.0.0.0" || where.host === "::" ? "127.0.0.1" : where.host;
  const origin = `http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${where.port}`;
  while (server.exitCode === null && !launcher.stopping) {
    try {
      await fetch(`${origin}/api/health/live`, { redirect: "manual" });
      const shown = probeHost === "127.0.0.1" ? "localhost" : probeHost;
      console.log(
        `\n  Factdesk is running at http://${shown}:${where.port}\n  Data: ${where.data}\n  Press Ctrl-C to stop.\n`,
      );
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
