/**
 * Reader benchmark: the article page with 1,000 annotations on a ~60 KB text,
 * against the same page and text with none (the baseline), both served by the
 * production build (`next start`) on a fresh database and signed in through
 * the real sign-in form.
 *
 * 1. Server render: full GET of the page's HTML with the browser's session
 *    cookie (Node's fetch), 10 warm-ups each, then 60 timed requests each,
 *    alternating the two pages. Goal: ≤ 2× the page without annotations.
 * 2. Highlight paint in Chromium: to the second animation frame after the
 *    reader has hydrated (`data-hydrated="true"`), i.e. until the first frame
 *    with live highlights has been painted. 2 warm-up loads each, then 20
 *    timed loads each, alternating. Goal: the annotations add < 100 ms
 *    (difference of the medians) to the browser's work, counted from the
 *    page's first byte (responseStart): the server's share is figure 1's.
 *    Counted from navigation start (server time included) it is also given.
 * 3. Per-request session check: what every signed-in request asks the
 *    database (lib/auth/sessions/find-active-session.ts: the session row
 *    joined to its user, so sign-out and revocation take effect at once)
 *    against what it asked before sessions were revocable (the user by id),
 *    in this process on the bench database: 50 warm-ups, then 500 timed
 *    lookups each, alternating. Goal: no extra round trip, i.e. about the same.
 *
 * Needs a production build (`npx next build`) and Chromium at /usr/bin/chromium
 * (or CHROMIUM_PATH). Run alone: `npx tsx bench/render.ts`.
 */
import { chromium, type Page } from "@playwright/test";
import { describeSpan } from "@/lib/anchoring";
import { figure, type BenchFigure } from "./figure";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { startNextApp } from "./support/next-app";
import { seeded } from "./support/seeded-random";
import { longArticle } from "./support/long-article";

const ARTICLE_SIZE = 60_000;
const ANNOTATIONS = 1_000;
const PASSWORD = "render-bench-password";
const FETCH_WARMUPS = 10;
const FETCH_RUNS = 60;
const PAINT_WARMUPS = 2;
const PAINT_RUNS = 20;
const PAINT_TIMEOUT_MS = 30_000;
const SESSION_CHECK_WARMUPS = 50;
const SESSION_CHECK_RUNS = 500;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface Seeded {
  email: string;
  userId: string;
  textLength: number;
  annotatedPath: string;
  plainPath: string;
}

export async function benchRender(): Promise<BenchFigure[]> {
  // Undone in reverse order, whatever happens: browser, server, db client, database.
  const cleanups: Cleanup[] = [];
  try {
    const database = await useBenchDatabase(cleanups);
    const data = await seed(database.url);

    const app = await startNextApp({ databaseUrl: database.url });
    cleanups.push({ what: "stop next start", run: () => app.stop() });

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    cleanups.push({ what: "close Chromium", run: () => browser.close() });
    const context = await browser.newContext({ baseURL: app.baseUrl });
    await context.addInitScript(installPaintProbe);
    const page = await context.newPage();
    await signIn(page, data.email);
    const cookie = (await context.cookies(app.baseUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
    if (!/session-token=/.test(cookie))
      throw new Error(`No session cookie after signing in (cookies: ${cookie || "none"})`);

    const annotatedUrl = `${app.baseUrl}${data.annotatedPath}`;
    const plainUrl = `${app.baseUrl}${data.plainPath}`;
    const server = await measureServerRender(annotatedUrl, plainUrl, cookie);
    const paint = await measurePaint(page, annotatedUrl, plainUrl, data.textLength);
    const sessionCheck = await measureSessionCheck(data.userId);

    const serverBaseline = (stat: string, value: number) => ({
      name: `same page without annotations, ${stat} of ${FETCH_RUNS} GETs`,
      value,
    });
    const paintBaseline = {
      name: `same page without annotations, median of ${PAINT_RUNS} loads`,
      value: paint.plain.painted - paint.plain.firstByte,
    };
    const fromNavigation = {
      name: `same page without annotations, median of ${PAINT_RUNS} loads`,
      value: paint.plain.painted,
    };
    return [
      figure(
        `server render: article page with ${ANNOTATIONS} annotations, median of ${FETCH_RUNS} GETs`,
        server.annotated.median,
        "ms",
        serverBaseline("median", server.plain.median),
        "≤ 2× the page without annotations",
      ),
      figure(
        `server render: article page with ${ANNOTATIONS} annotations, p95 of ${FETCH_RUNS} GETs`,
        server.annotated.p95,
        "ms",
        serverBaseline("p95", server.plain.p95),
        "≤ 2× the page without annotations",
      ),
      figure(`article page HTML size with ${ANNOTATIONS} annotations`, server.annotated.kilobytes, "KB", {
        name: "same page without annotations",
        value: server.plain.kilobytes,
      }),
      figure(
        `highlight paint: first byte → first frame after hydration, ${ANNOTATIONS} annotations, median of ${PAINT_RUNS} loads`,
        paint.annotated.painted - paint.annotated.firstByte,
        "ms",
        paintBaseline,
      ),
      figure(
        `highlight paint overhead of ${ANNOTATIONS} annotations, from the first byte (difference of the medians)`,
        paint.annotated.painted - paint.annotated.firstByte - (paint.plain.painted - paint.plain.firstByte),
        "ms",
        paintBaseline,
        "< 100 ms",
      ),
      figure(
        `highlight paint overhead of ${ANNOTATIONS} annotations, from navigation start (server time included)`,
        paint.annotated.painted - paint.plain.painted,
        "ms",
        fromNavigation,
      ),
      figure(
        `hydration: navigation start → data-hydrated="true", ${ANNOTATIONS} annotations, median of ${PAINT_RUNS} loads`,
        paint.annotated.hydrated,
        "ms",
        {
          name: `same page without annotations, median of ${PAINT_RUNS} loads`,
          value: paint.plain.hydrated,
        },
      ),
      figure(
        `per-request session check: session row joined to its user (revocable sessions), median of ${SESSION_CHECK_RUNS}`,
        sessionCheck.session,
        "ms",
        {
          name: `user lookup by id only (before revocable sessions), median of ${SESSION_CHECK_RUNS}`,
          value: sessionCheck.userOnly,
        },
        "one query, no extra round trip (≈ 1×)",
      ),
    ];
  } finally {
    await runCleanups("render", cleanups);
  }
}

/** A workspace, an editor with a password, and the same text twice: with 1,000 annotations and with none. */
async function seed(databaseUrl: string): Promise<Seeded> {
  const { env } = await import("@/lib/env");
  if (env().DATABASE_URL !== databaseUrl) {
    throw new Error(
      "The app's environment was read before this benchmark set DATABASE_URL; run the render benchmark in its own process",
    );
  }
  const { createArticle, createUser, createWorkspaceWithMembers } = await import("../prisma/factories");
  const { db } = await import("@/lib/db/client");

  const { workspace, actors } = await createWorkspaceWithMembers({ name: "Render bench" });
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const author = { workspaceId: workspace.id, userId: editor.id };
  const text = longArticle(ARTICLE_SIZE);
  const annotated = await createArticle(author, { title: `Render bench: ${ANNOTATIONS} annotations`, text });
  const plain = await createArticle(author, { title: "Render bench: no annotations", text });
  if (annotated.version.text !== plain.version.text) throw new Error("The two articles should have the same text");

  const stored = annotated.version.text;
  const authors = [editor.id, actors.ADMIN.userId, actors.REVIEWER.userId];
  const rows = pickSpans(stored, seeded(20_251_122)).map(({ start, end }, i) => {
    const { quote } = describeSpan(stored, start, end);
    return {
      workspaceId: workspace.id,
      articleId: annotated.article.id,
      versionId: annotated.version.id,
      kind: i % 3 === 1 ? ("CLAIM" as const) : ("NOTE" as const),
      start,
      end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      body:
        i % 4 === 0
          ? ""
          : `Check this against the **original source** (${i}). See [the wire copy](https://news.example.test/wire/${i}).`,
      tags: i % 5 === 0 ? ["casualties", "sources"] : i % 5 === 1 ? ["numbers"] : [],
      authorId: authors[i % authors.length]!,
    };
  });
  const { count } = await db.annotation.createMany({ data: rows });
  if (count !== ANNOTATIONS) throw new Error(`Inserted ${count} annotations, expected ${ANNOTATIONS}`);
  // Planner statistics as autovacuum leaves them a minute after a bulk insert; measured
  // straight after one, PostgreSQL plans for the empty tables it last saw.
  await db.$executeRawUnsafe("ANALYZE");

  const base = `/w/${workspace.slug}/articles`;
  return {
    email: editor.email,
    userId: editor.id,
    textLength: stored.length,
    annotatedPath: `${base}/${annotated.article.id}`,
    plainPath: `${base}/${plain.article.id}`,
  };
}

/**
 * 1,000 spans on word boundaries: 60 % short (1–8 words), 25 % longer (9–30
 * words, some across paragraphs), 15 % nested inside an earlier span. Placed at
 * random, so many also partly overlap their neighbours.
 */
function pickSpans(text: string, random: () => number): { start: number; end: number }[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const picked: { first: number; last: number }[] = [];
  while (picked.length < ANNOTATIONS) {
    const r = random();
    if (r < 0.15 && picked.length > 0) {
      const outer = picked[Math.floor(random() * picked.length)]!;
      const first = outer.first + Math.floor(random() * (outer.last - outer.first + 1));
      picked.push({ first, last: first + Math.floor(random() * (outer.last - first + 1)) });
    } else {
      const length = r < 0.4 ? 9 + Math.floor(random() * 22) : 1 + Math.floor(random() * 8);
      const first = Math.floor(random() * (words.length - length));
      picked.push({ first, last: first + length - 1 });
    }
  }
  return picked.map(({ first, last }) => ({ start: words[first]!.start, end: words[last]!.end }));
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
}

interface FetchStats {
  median: number;
  p95: number;
  kilobytes: number;
}

async function measureServerRender(
  annotatedUrl: string,
  plainUrl: string,
  cookie: string,
): Promise<{ annotated: FetchStats; plain: FetchStats }> {
  const get = async (url: string) => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
    const html = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200)
      throw new Error(
        `GET ${url}: HTTP ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`,
      );
    return { ms, html };
  };

  // The server HTML really has the highlights (3 legend marks besides) and the text.
  const first = await get(annotatedUrl);
  // BENCH_DUMP_HTML=<file> keeps the annotated page's HTML, to see what makes it heavy
  if (process.env.BENCH_DUMP_HTML) (await import("node:fs")).writeFileSync(process.env.BENCH_DUMP_HTML, first.html);
  const plainFirst = await get(plainUrl);
  const highlights = first.html.split('class="hl"').length - 1;
  if (highlights < ANNOTATIONS)
    throw new Error(`The server HTML of the annotated article has ${highlights} highlights, expected ≥ ${ANNOTATIONS}`);
  if (!plainFirst.html.includes('data-testid="article-text"'))
    throw new Error("The server HTML of the article without annotations has no article text");

  for (let i = 1; i < FETCH_WARMUPS; i++) {
    await get(annotatedUrl);
    await get(plainUrl);
  }
  const times = { annotated: [] as number[], plain: [] as number[] };
  for (let i = 0; i < FETCH_RUNS; i++) {
    // alternate which page goes first, so neither always follows the other
    const order = i % 2 === 0 ? (["annotated", "plain"] as const) : (["plain", "annotated"] as const);
    for (const which of order) times[which].push((await get(which === "annotated" ? annotatedUrl : plainUrl)).ms);
  }
  const stats = (ms: number[], html: string): FetchStats => ({
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    kilobytes: Buffer.byteLength(html) / 1000,
  });
  return { annotated: stats(times.annotated, first.html), plain: stats(times.plain, plainFirst.html) };
}

/** Medians (ms) of the one per-request lookup, after vs before revocable sessions. */
async function measureSessionCheck(userId: string): Promise<{ session: number; userOnly: number }> {
  const { db } = await import("@/lib/db/client");
  const { startSession } = await import("@/lib/auth/sessions/start-session");
  const { findActiveSession } = await import("@/lib/auth/sessions/find-active-session");
  const sessionId = await startSession({ userId, method: "password", userAgent: "render bench", ipAddress: null });
  const lookups = {
    session: async () => {
      if (!(await findActiveSession(sessionId))) throw new Error("the bench session should be active");
    },
    userOnly: async () => {
      if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } })))
        throw new Error("the bench user should exist");
    },
  };
  const timed = async (lookup: () => Promise<void>) => {
    const started = performance.now();
    await lookup();
    return performance.now() - started;
  };
  for (let i = 0; i < SESSION_CHECK_WARMUPS; i++) {
    await lookups.session();
    await lookups.userOnly();
  }
  const times = { session: [] as number[], userOnly: [] as number[] };
  for (let i = 0; i < SESSION_CHECK_RUNS; i++) {
    const order = i % 2 === 0 ? (["session", "userOnly"] as const) : (["userOnly", "session"] as const);
    for (const which of order) times[which].push(await timed(lookups[which]));
  }
  return { session: quantile(times.session, 0.5), userOnly: quantile(times.userOnly, 0.5) };
}

interface PaintTimes {
  /** the response's first byte (PerformanceNavigationTiming.responseStart) */
  firstByte: number;
  hydrated: number;
  painted: number;
}

/**
 * Runs in every document before its own scripts (context.addInitScript): a
 * promise of the time, since navigation start, at which the reader flips
 * data-hydrated to "true", and of the time two animation frames later, when
 * the first frame after hydration has been painted.
 */
function installPaintProbe(): void {
  const w = window as unknown as { __renderBench?: Promise<PaintTimes> };
  w.__renderBench = new Promise<PaintTimes>((resolve) => {
    const observer = new MutationObserver((records) => {
      const flipped = records.some(
        (r) =>
          (r.target as Element).getAttribute("data-hydrated") === "true" &&
          (r.target as Element).matches('[data-testid="article-text"]'),
      );
      if (!flipped) return;
      observer.disconnect();
      const hydrated = performance.now();
      const firstByte = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ firstByte, hydrated, painted: performance.now() })),
      );
    });
    // Attribute changes only: no callback per parsed chunk of the long article.
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-hydrated"] });
  });
}

async function measurePaint(
  page: Page,
  annotatedUrl: string,
  plainUrl: string,
  textLength: number,
): Promise<{ annotated: PaintTimes; plain: PaintTimes }> {
  const load = async (url: string): Promise<PaintTimes> => {
    await page.goto("about:blank");
    await page.goto(url, { waitUntil: "commit" });
    const times = await page.evaluate(
      (timeout) =>
        Promise.race([
          (window as unknown as { __renderBench: Promise<PaintTimes> }).__renderBench,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error(`the reader did not hydrate within ${timeout} ms`)), timeout),
          ),
        ]),
      PAINT_TIMEOUT_MS,
    );
    if (new URL(page.url()).pathname !== new URL(url).pathname)
      throw new Error(`Loading ${url} ended on ${page.url()}`);
    return times;
  };
  const highlights = () =>
    page.evaluate(() => {
      const root = document.querySelector('[data-testid="article-text"]');
      const marks = root ? [...root.querySelectorAll("mark.hl")] : [];
      const ids = new Set(marks.flatMap((m) => (m.getAttribute("data-ids") ?? "").split(" ").filter(Boolean)));
      return { marks: marks.length, annotations: ids.size, textLength: root?.textContent?.length ?? 0 };
    });

  // Warm-ups, checking that each page shows what it should.
  for (let i = 0; i < PAINT_WARMUPS; i++) {
    await load(annotatedUrl);
    const annotated = await highlights();
    if (annotated.annotations < ANNOTATIONS || annotated.marks < ANNOTATIONS) {
      throw new Error(
        `The annotated article shows ${annotated.marks} highlights of ${annotated.annotations} annotations, expected ≥ ${ANNOTATIONS}`,
      );
    }
    await load(plainUrl);
    const plain = await highlights();
    if (plain.marks !== 0 || plain.textLength < textLength * 0.9) {
      throw new Error(
        `The article without annotations shows ${plain.marks} highlights and ${plain.textLength} characters of text, expected 0 and ~${textLength}`,
      );
    }
  }
  const runs = { annotated: [] as PaintTimes[], plain: [] as PaintTimes[] };
  for (let i = 0; i < PAINT_RUNS; i++) {
    const order = i % 2 === 0 ? (["annotated", "plain"] as const) : (["plain", "annotated"] as const);
    for (const which of order) runs[which].push(await load(which === "annotated" ? annotatedUrl : plainUrl));
  }
  // The median of each load's own span from its first byte, not the difference of two medians.
  const median = (times: PaintTimes[], of: (t: PaintTimes) => number) => quantile(times.map(of), 0.5);
  const medians = (times: PaintTimes[]): PaintTimes => {
    const painted = median(times, (t) => t.painted);
    return {
      hydrated: median(times, (t) => t.hydrated),
      painted,
      firstByte: painted - median(times, (t) => t.painted - t.firstByte),
    };
  };
  return { annotated: medians(runs.annotated), plain: medians(runs.plain) };
}

/** Nearest-rank quantile (the median of an even count is the mean of the middle two). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

runWhenMain(import.meta.url, benchRender);
