import pg from "pg";

/**
 * Whether PostgreSQL answers right now, for proxy.ts. A page whose render fails
 * on the database can only answer 500 (Next sets no other status from a
 * render), so while the database is down the proxy answers page requests with
 * a 503 page itself. At most one probe per second per instance, each on its own
 * short-lived connection with a 1 s limit, so a hung server cannot hold pages.
 */
const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;

let checkedAt = 0;
let answers = true;
let probing: Promise<boolean> | null = null;

export function databaseAnswers(): Promise<boolean> {
  if (Date.now() - checkedAt < PROBE_EVERY_MS) return Promise.resolve(answers);
  probing ??= probe().then((ok) => {
    answers = ok;
    checkedAt = Date.now();
    probing = null;
    return ok;
  });
  return probing;
}

async function probe(): Promise<boolean> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return true; // nothing to probe (next build, tests of the proxy alone)
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
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

/** The page sent instead while the database is down: it retries by itself. */
export function databaseDownPage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Factdesk is briefly unavailable</title></head>
<body><main><h1>Factdesk cannot reach its database</h1><p>Nothing you saved is lost. This page tries again every few seconds.</p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" } });
}
