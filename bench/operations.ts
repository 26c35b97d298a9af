/**
 * Operations benchmark: what observing every request costs a page render.
 * lib/ops/install-operations.ts hooks `http.Server.prototype.emit`: each
 * request gets its id, one pino access log line (JSON on stdout) and its
 * Prometheus metrics. Two production servers (`next start`) on one fresh
 * database, one as shipped (ON) and one with FACTDESK_OPERATIONS_HOOKS=off
 * (OFF); both log at info to a pipe this process reads, as a container
 * platform would, and neither runs the job runner (JOBS_DISABLED=1: its
 * polling is not what is measured and would only add noise).
 *
 * Pages, fetched with Node's fetch, one request at a time: the article page
 * with 1,000 annotations on a ~60 KB text and the same text without any (the
 * pages bench/render.ts measures, signed in), and the sign-in page (the
 * cheapest page, where a fixed cost per request weighs most). Requests
 * alternate ON/OFF, the order swapping every iteration (ABAB, BABA), so drift
 * of the machine falls on both alike; and the whole is done in two rounds,
 * each with a freshly started pair of servers started in the opposite order,
 * so neither setting keeps one process's luck. Goal: ON within 5 % of OFF
 * (p50), and the median of the paired differences (ON − OFF of the same
 * iteration) under 5 % of the render. The p95 is shown, not held to the goal:
 * the tail of 120 requests on a shared 2-core machine moves by several %
 * either way between runs.
 *
 * Needs a production build (`npx next build`) that contains the switch.
 * Run alone: `npx tsx bench/operations.ts` (`npm run bench -- operations`).
 */
import { signIn } from "@/e2e/support/authz/http";
import { figure, type BenchFigure } from "./figure";
import { seedAnnotatedArticles, type AnnotatedArticleWorld } from "./support/annotated-article-world";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { startNextApp, type NextApp } from "./support/next-app";
import { quantile } from "./support/quantile";

const ANNOTATIONS = 1_000;
const ARTICLE_SIZE = 60_000;
const PASSWORD = "operations-bench-password";
const ROUNDS = 2;
const WARMUPS_PER_ROUND = 8;
const RUNS_PER_ROUND = 60;
const GOAL = "< 5 % slower than without (ratio < 1.05)";
const PAIRED_GOAL = "< 5 % of the render (ratio < 0.05)";

const SETTINGS = ["on", "off"] as const;
type Setting = (typeof SETTINGS)[number];
const PAGES = ["annotated", "plain", "signin"] as const;
type PageName = (typeof PAGES)[number];

const PAGE_LABELS: Record<PageName, string> = {
  annotated: `article page with ${ANNOTATIONS} annotations`,
  plain: "article page without annotations",
  signin: "sign-in page (signed out)",
};

interface Server {
  app: NextApp;
  cookie: string;
  /** access log lines this server printed (component "http") */
  accessLines: () => number;
}

export async function benchOperations(): Promise<BenchFigure[]> {
  const cleanups: Cleanup[] = [];
  try {
    const started = performance.now();
    const database = await useBenchDatabase(cleanups);
    const world = await seedAnnotatedArticles({
      annotations: ANNOTATIONS,
      articleSize: ARTICLE_SIZE,
      password: PASSWORD,
      seed: 20_261_206,
    });
    const times = { on: emptyTimes(), off: emptyTimes() };

    for (let round = 0; round < ROUNDS; round++) {
      const startOrder: readonly Setting[] = round % 2 === 0 ? ["on", "off"] : ["off", "on"];
      const servers = {} as Record<Setting, Server>;
      for (const setting of startOrder) {
        servers[setting] = await startServer(database.url, setting, world, cleanups);
      }
      const timedRequests = await measureRound(servers, world, times);
      const logged = servers.on.accessLines();
      if (logged < timedRequests)
        throw new Error(
          `the server with hooks on wrote ${logged} access log lines, fewer than the ${timedRequests} requests it served`,
        );
      if (servers.off.accessLines() > 0)
        throw new Error(
          "the server with FACTDESK_OPERATIONS_HOOKS=off wrote access log lines: is the build older than the switch?",
        );
      await Promise.all(SETTINGS.map((setting) => servers[setting].app.stop()));
      console.error(
        `bench operations: round ${round + 1} of ${ROUNDS} done after ${Math.round((performance.now() - started) / 1000)} s`,
      );
    }

    const count = ROUNDS * RUNS_PER_ROUND;
    const off = (stat: string, value: number) => ({
      name: `same page, FACTDESK_OPERATIONS_HOOKS=off, ${stat} of ${count} GETs`,
      value,
    });
    return PAGES.flatMap((page) => {
      const onTimes = times.on[page];
      const offTimes = times.off[page];
      // the two requests of one iteration ran back to back: their difference carries least drift
      const paired = onTimes.map((ms, i) => ms - offTimes[i]!);
      return [
        figure(
          `${PAGE_LABELS[page]}: p50 of ${count} GETs, request hooks on`,
          quantile(onTimes, 0.5),
          "ms",
          off("p50", quantile(offTimes, 0.5)),
          GOAL,
        ),
        figure(
          `${PAGE_LABELS[page]}: p95 of ${count} GETs, request hooks on`,
          quantile(onTimes, 0.95),
          "ms",
          off("p95", quantile(offTimes, 0.95)),
        ),
        figure(
          `${PAGE_LABELS[page]}: added by the hooks, median of ${count} paired differences (on − off, same iteration)`,
          quantile(paired, 0.5),
          "ms",
          off("p50", quantile(offTimes, 0.5)),
          PAIRED_GOAL,
        ),
      ];
    });
  } finally {
    await runCleanups("operations", cleanups);
  }
}

function emptyTimes(): Record<PageName, number[]> {
  return { annotated: [], plain: [], signin: [] };
}

async function startServer(
  databaseUrl: string,
  setting: Setting,
  world: AnnotatedArticleWorld,
  cleanups: Cleanup[],
): Promise<Server> {
  let accessLines = 0;
  let partial = ""; // a line may arrive in two chunks
  const app = await startNextApp({
    databaseUrl,
    env: { FACTDESK_OPERATIONS_HOOKS: setting, LOG_LEVEL: "info", JOBS_DISABLED: "1" },
    onOutput: (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop()!;
      accessLines += lines.filter((line) => line.includes('"component":"http"')).length;
    },
  });
  cleanups.push({ what: `stop next start (hooks ${setting})`, run: () => app.stop() });
  // the switch really took: only the observed server gives requests an id
  const probe = await fetch(`${app.baseUrl}/api/health/live`);
  await probe.arrayBuffer();
  if (Boolean(probe.headers.get("x-request-id")) !== (setting === "on")) {
    throw new Error(
      `hooks ${setting}, yet X-Request-Id is ${probe.headers.get("x-request-id") ?? "absent"}: is the build older than FACTDESK_OPERATIONS_HOOKS?`,
    );
  }
  const cookie = await signIn(app.baseUrl, world.email, world.password);
  return { app, cookie, accessLines: () => accessLines };
}

/** Warm-ups, then RUNS_PER_ROUND iterations of every page on both servers, alternating; returns how many timed requests each server served. */
async function measureRound(
  servers: Record<Setting, Server>,
  world: AnnotatedArticleWorld,
  times: Record<Setting, Record<PageName, number[]>>,
): Promise<number> {
  const get = async (setting: Setting, page: PageName): Promise<number> => {
    const { app, cookie } = servers[setting];
    const path = page === "annotated" ? world.annotatedPath : page === "plain" ? world.plainPath : "/signin";
    const headers: Record<string, string> = { accept: "text/html", ...(page === "signin" ? {} : { cookie }) };
    const started = performance.now();
    const response = await fetch(`${app.baseUrl}${path}`, { headers, redirect: "manual" });
    const html = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200)
      throw new Error(
        `GET ${path} (hooks ${setting}): HTTP ${response.status} ${response.headers.get("location") ?? ""}`,
      );
    if (page !== "signin" && !html.includes('data-testid="article-text"'))
      throw new Error(`GET ${path} (hooks ${setting}) has no article text`);
    return ms;
  };

  for (let i = 0; i < WARMUPS_PER_ROUND; i++) {
    for (const page of PAGES) for (const setting of SETTINGS) await get(setting, page);
  }
  for (let i = 0; i < RUNS_PER_ROUND; i++) {
    const order: readonly Setting[] = i % 2 === 0 ? ["on", "off"] : ["off", "on"];
    for (const page of PAGES) for (const setting of order) times[setting][page].push(await get(setting, page));
  }
  return RUNS_PER_ROUND * PAGES.length;
}

runWhenMain(import.meta.url, benchOperations);
