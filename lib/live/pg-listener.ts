import pg from "pg";

export interface PgListenerOptions {
  /** straight to PostgreSQL, never through a transaction-pooling PgBouncer (LISTEN needs its session): directDatabaseUrl() in lib/env.ts */
  connectionString: string;
  channels: readonly string[];
  onNotification(channel: string, payload: string): void;
  /**
   * Called each time LISTEN is active again. `missedSince` is null on the first
   * connection; after a lost connection it is the database time of the last
   * moment this listener was known to be listening: notifications of commits
   * after it may be lost.
   */
  onListening(missedSince: Date | null): void;
  /** a liveness query every this often; a lost connection is noticed within it plus QUERY_TIMEOUT_MS */
  keepaliveMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  log?: (message: string, error?: unknown) => void;
}

const QUERY_TIMEOUT_MS = 5_000;

/**
 * One dedicated PostgreSQL connection that LISTENs (a pooled connection cannot:
 * LISTEN belongs to the session). It reconnects with exponential backoff and
 * jitter, and runs a small query every `keepaliveMs`: a half-open TCP connection
 * (a database failover, a dropped NAT entry) gives no error on an idle
 * listener, so silence alone would go unnoticed. The same query records the
 * database clock, which tells the caller from when to catch up after a loss.
 */
export class PgListener {
  /** the connection of the current attempt: connecting, or listening when `listening` */
  private current: pg.Client | null = null;
  private isListening = false;
  private stopped = false;
  private attempt = 0;
  private lastListeningAt: Date | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private keepaliveTimer: NodeJS.Timeout | null = null;
  private waiters: (() => void)[] = [];
  private readonly log: (message: string, error?: unknown) => void;

  constructor(private readonly options: PgListenerOptions) {
    this.log = options.log ?? ((message, error) => console.warn(`[live] ${message}`, error ?? ""));
  }

  start(): void {
    if (this.current || this.retryTimer || this.stopped) return;
    void this.connect();
  }

  get listening(): boolean {
    return this.isListening;
  }

  /** Resolves once LISTEN is active; rejects after `timeoutMs`. */
  whenListening(timeoutMs: number): Promise<void> {
    if (this.isListening) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(new Error("The live-update connection to the database is not available."));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
    });
  }

  /** pg_notify on this connection; false (nothing sent) while it is down. */
  async notify(channel: string, payload: string): Promise<boolean> {
    const client = this.current;
    if (!client || !this.isListening) return false;
    try {
      await client.query("SELECT pg_notify($1, $2)", [channel, payload]);
      return true;
    } catch (error) {
      this.lost(client, error);
      return false;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    const client = this.current;
    this.current = null;
    this.isListening = false;
    await client?.end().catch(() => undefined);
  }

  /** Kills this listener's backend from another session: for tests of the reconnect path. */
  async backendPid(): Promise<number | null> {
    const client = this.current;
    if (!client || !this.isListening) return null;
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    return rows[0]?.pid ?? null;
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: withoutSchemaParameter(this.options.connectionString),
      keepAlive: true,
      query_timeout: QUERY_TIMEOUT_MS,
      connectionTimeoutMillis: QUERY_TIMEOUT_MS,
      application_name: "factdesk-live",
    });
    this.current = client;
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      if (this.current === client && message.payload !== undefined)
        this.options.onNotification(message.channel, message.payload);
    });
    try {
      await client.connect();
      for (const channel of this.options.channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      const now = await databaseNow(client);
      if (this.current !== client) return; // stopped, or lost meanwhile
      const missedSince = this.lastListeningAt;
      this.isListening = true;
      this.attempt = 0;
      this.lastListeningAt = now;
      this.keepaliveTimer = setInterval(() => void this.keepalive(client), this.options.keepaliveMs ?? 10_000);
      this.keepaliveTimer.unref();
      for (const waiter of this.waiters.splice(0)) waiter();
      this.options.onListening(missedSince);
    } catch (error) {
      this.lost(client, error);
    }
  }

  private async keepalive(client: pg.Client): Promise<void> {
    try {
      this.lastListeningAt = await databaseNow(client);
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (client !== this.current) return; // an old connection, already given up
    const wasListening = this.isListening;
    this.current = null;
    this.isListening = false;
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    this.keepaliveTimer = null;
    client.removeAllListeners("notification");
    client.end().catch(() => undefined);
    if (this.stopped || this.retryTimer) return;
    if (wasListening) this.log("lost the LISTEN connection; reconnecting", error);
    const base = Math.min(this.options.maxBackoffMs ?? 10_000, (this.options.minBackoffMs ?? 250) * 2 ** this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.connect(), base / 2 + Math.random() * (base / 2));
    this.retryTimer.unref();
  }
}

async function databaseNow(client: pg.Client): Promise<Date> {
  const { rows } = await client.query<{ now: Date }>("SELECT clock_timestamp() AS now");
  return rows[0]!.now;
}

// `?schema=` is Prisma's convention (lib/db/client.ts); LISTEN does not depend on the search path.
function withoutSchemaParameter(connectionString: string): string {
  const url = new URL(connectionString);
  url.searchParams.delete("schema");
  return url.toString();
}
