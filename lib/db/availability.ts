import pg from "pg";

/**
 * Whether PostgreSQL is known to be down, for proxy.ts. A page whose render
 * fails on the database can only answer 500 (Next sets no other status from a
 * render), so while the database is down the proxy answers page requests with
 * a 503 page itself.
 *
 * "Known down" comes from the app's own connections, never from a probe run
 * while all is well: a probe with a deadline fails on a saturated CPU and
 * would send every tenant the outage page while PostgreSQL is up (issue 14).
 * The app's pool reports a connection the server refused or ended
 * (`watchPoolAvailability`); from then on a recovery check, one at a time,
 * asks the server every second and clears the state once it answers. Waiting
 * for a connection too long is load, not an outage, and never counts.
 *
 * The state lives on globalThis: proxy.ts and the app's routes are separate
 * bundles in one server process.
 */
const RECOVERY_CHECK_EVERY_MS = 1_000;
const RECOVERY_CHECK_TIMEOUT_MS = 3_000;

interface AvailabilityState {
  downSince?: number;
  recovering?: boolean;
}

const state = ((globalThis as { factdeskDatabaseAvailability?: AvailabilityState }).factdeskDatabaseAvailability ??=
  {});

/** True while the app's connections say PostgreSQL is down and no recovery check has succeeded since. */
export function databaseKnownDown(): boolean {
  return state.downSince !== undefined;
}

/** The server refused or ended a connection of the app: pages answer the outage page until it answers again. */
export function reportDatabaseUnreachable(connectionString = process.env.DATABASE_URL): void {
  state.downSince ??= Date.now();
  if (!state.recovering && connectionString) void checkUntilRecovered(connectionString);
}

/** The recovery check got an answer: the database is back. */
export function reportDatabaseAnswered(): void {
  state.downSince = undefined;
}

async function checkUntilRecovered(connectionString: string): Promise<void> {
  state.recovering = true;
  try {
    while (databaseKnownDown()) {
      await new Promise((resolve) => setTimeout(resolve, RECOVERY_CHECK_EVERY_MS).unref());
      if (await answersNow(connectionString)) reportDatabaseAnswered();
    }
  } finally {
    state.recovering = false;
  }
}

async function answersNow(connectionString: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: RECOVERY_CHECK_TIMEOUT_MS,
    query_timeout: RECOVERY_CHECK_TIMEOUT_MS,
  });
  client.on("error", () => undefined); // a dying server must not crash the process
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => undefined);
  }
}

// The server said no or went away: refused, reset, unknown host, shutting down or starting up (57P01–57P03).
const SERVER_GONE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
]);
const SERVER_GONE_MESSAGES = ["Connection terminated unexpectedly"];

/** Whether a failed connect means the server is down, as opposed to slow (a timeout is never taken as down). */
export function meansServerGone(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && SERVER_GONE_CODES.has(code)) return true;
  return typeof message === "string" && SERVER_GONE_MESSAGES.includes(message.trim());
}

/**
 * Reports the pool's connects: a refused one marks the database down (only
 * the recovery check clears it: a connect that succeeds may have been handed
 * an idle connection from before the outage). Wraps the pool's own `connect` (the driver
 * adapter calls it for every query and transaction), in both its forms.
 */
export function watchPoolAvailability(pool: pg.Pool, connectionString: string): void {
  const connect = pool.connect.bind(pool) as (
    callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void,
  ) => Promise<pg.PoolClient> | void;
  const observe = (error: unknown) => {
    if (error && meansServerGone(error)) reportDatabaseUnreachable(connectionString);
  };
  pool.connect = ((callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => {
    if (callback) {
      return connect((error, client, done) => {
        observe(error);
        callback(error, client, done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => client,
      (error: unknown) => {
        observe(error);
        throw error;
      },
    );
  }) as typeof pool.connect;
}

/** The page sent instead while the database is down: it retries by itself. */
export function databaseDownPage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Factdesk is briefly unavailable</title></head>
<body><main><h1>Factdesk cannot reach its database</h1><p>Nothing you saved is lost. This page tries again every few seconds.</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
  });
}
