/**
 * Search benchmark: 10,000 articles (≈ 4 KB each, 10 % with two versions),
 * 100,000 annotations and 5,000 claims with verdicts in one workspace, plus a
 * second workspace a tenth that size, in a throw-away database (TEST_DATABASE_URL's
 * server, or an embedded PostgreSQL). Data from bench/search-seed.ts, bulk
 * inserted; then VACUUM ANALYZE, as autovacuum would after a real import.
 *
 * Measured: the search use case (searchWorkspace: validation, the three
 * ranked, filtered, highlighted result queries and the claim details), as the
 * search page calls it, over a set of realistic queries — common and rare
 * names, phrases, OR, exclusions, misspelt claimants, filters, deep pages, a
 * viewer — 2 warm-up rounds, then 10 timed rounds. Goal: p95 < 50 ms.
 * Baseline in the same run: a trivial indexed lookup (one article by id,
 * through the same Prisma client), timed as often.
 *
 * Run alone: `npx tsx bench/search.ts` (`npm run bench -- search`).
 */
import pg from "pg";
import { figure, type BenchFigure } from "./figure";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { seedWorkspace, vocabulary, type Vocabulary } from "./search-seed";

const SIZE = { articles: 10_000, annotations: 100_000, claims: 5_000 };
const OTHER_SIZE = { articles: 1_000, annotations: 10_000, claims: 500 };
const WARMUP_ROUNDS = 2;
const TIMED_ROUNDS = 10;
const VOCABULARY_SEED = 20_261_123;

type Params = Record<string, string>;

/** The measurement, in a process of its own (bench/run.ts starts one per benchmark). */
export async function measureSearch(): Promise<BenchFigure[]> {
  const cleanups: Cleanup[] = [];
  try {
    const database = await useBenchDatabase(cleanups);

    const v = vocabulary(VOCABULARY_SEED);
    const seededAt = performance.now();
    const { actors, articleId } = await seed(database.url, v);
    console.error(`bench search: seeded in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);

    const { searchWorkspace } = await import("@/lib/search/search-workspace");
    const { parseSearchParams } = await import("@/lib/search/schemas");
    const { db } = await import("@/lib/db/client");
    const queries = realisticQueries(v, actors.EDITOR.userId);
    const search = (params: Params, viewer = false) =>
      searchWorkspace(viewer ? actors.VIEWER : actors.EDITOR, parseSearchParams(params));
    const lookup = () =>
      db.article.findFirst({
        where: { id: articleId, workspaceId: actors.EDITOR.workspaceId },
        select: { id: true, title: true },
      });

    const searchTimes: number[] = [];
    const lookupTimes: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
      for (const { label, params, viewer } of queries) {
        const started = performance.now();
        await search(params, viewer);
        const searched = performance.now() - started;
        const lookupStarted = performance.now();
        await lookup();
        const looked = performance.now() - lookupStarted;
        if (round < WARMUP_ROUNDS) continue;
        searchTimes.push(searched);
        lookupTimes.push(looked);
        perQuery.set(label, [...(perQuery.get(label) ?? []), searched]);
      }
    }
    for (const [label, times] of perQuery)
      console.error(
        `bench search: ${label.padEnd(52)} median ${percentile(times, 50).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
      );

    const samples = `${queries.length} queries × ${TIMED_ROUNDS} rounds`;
    const data = `${SIZE.articles.toLocaleString("en")} articles, ${SIZE.annotations.toLocaleString("en")} annotations, ${SIZE.claims.toLocaleString("en")} claims`;
    const baseline = (stat: string, p: number) => ({
      name: `indexed lookup of one article by id, ${stat} of ${lookupTimes.length}`,
      value: percentile(lookupTimes, p),
    });
    return [
      figure(`search p95 (${data}; ${samples})`, percentile(searchTimes, 95), "ms", baseline("p95", 95), "< 50 ms"),
      figure(`search median (${samples})`, percentile(searchTimes, 50), "ms", baseline("median", 50)),
      figure(`search max (${samples})`, Math.max(...searchTimes), "ms", baseline("max", 100)),
    ];
  } finally {
    await runCleanups("search", cleanups);
  }
}

/** Two workspaces (through the real createWorkspace, so with their rating scales), then the bulk data. */
async function seed(databaseUrl: string, v: Vocabulary) {
  const { createWorkspaceWithMembers } = await import("../prisma/factories");
  const { db } = await import("@/lib/db/client");
  const [main, other] = [
    await createWorkspaceWithMembers({ name: "Search bench" }),
    await createWorkspaceWithMembers({ name: "Search bench (other desk)" }),
  ];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [ws, size, prefix, seedNumber] of [
      [main, SIZE, "sa_", 1],
      [other, OTHER_SIZE, "sb_", 2],
    ] as const) {
      const levels = await db.ratingLevel.findMany({ where: { workspaceId: ws.workspace.id }, select: { id: true } });
      const authorIds = [ws.actors.EDITOR.userId, ws.actors.REVIEWER.userId, ws.actors.ADMIN.userId];
      await seedWorkspace(
        client,
        { workspaceId: ws.workspace.id, authorIds, ratingLevelIds: levels.map((l) => l.id), prefix, seed: seedNumber },
        size,
        v,
      );
    }
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
  return { actors: main.actors, articleId: "sa_a1" };
}

/** What newsroom staff type: names common and rare, phrases, OR, exclusions, misspellings, filters, later pages. */
function realisticQueries(v: Vocabulary, editorId: string): { label: string; params: Params; viewer?: boolean }[] {
  const surname = (person: string) => person.split(" ")[1]!;
  // a dropped letter in a plain-ASCII surname of 7 letters or more
  const misspelt = surname(v.people.find((p) => /^[A-Za-z]{7,}$/.test(surname(p)))!);
  const typo = misspelt.slice(0, 3) + misspelt.slice(4);
  const accented = v.places.find((p) => /[üïã]/.test(p)) ?? v.places[3]!;
  return [
    { label: "common corpus word: Kyiv", params: { q: "Kyiv" } },
    { label: "two words: Trump Putin", params: { q: "Trump Putin" } },
    { label: 'phrase: "at least 12"', params: { q: '"at least 12"' } },
    { label: "OR: ceasefire OR sanctions", params: { q: "ceasefire OR sanctions" } },
    { label: "exclusion: missile -drone", params: { q: "missile -drone" } },
    { label: "frequent place", params: { q: v.places[0]! } },
    { label: "rare place", params: { q: v.places[900]! } },
    {
      label: "accent-free spelling of an accented place",
      params: { q: accented.normalize("NFD").replace(/\p{M}/gu, "") },
    },
    { label: "person and topic", params: { q: `${surname(v.people[5]!)} pension` } },
    { label: "claims: claimant's full name", params: { q: v.people[20]!, type: "claims" } },
    { label: "claims: misspelt claimant (trigram)", params: { q: typo, type: "claims" } },
    { label: "notes: tag filter", params: { q: "hospital", tag: "casualties" } },
    {
      label: "claims: rating and review state",
      params: { q: "killed", rating: "FALSE_CLAIM", status: "APPROVED", type: "claims" },
    },
    {
      label: "outlet and date range",
      params: { q: "killed", outlet: "Kyiv Courier", from: "2024-03-01", to: "2024-06-30" },
    },
    { label: "notes: orphaned anchors", params: { q: "strike", anchor: "ORPHANED", type: "annotations" } },
    { label: "notes: by author", params: { q: "figure", author: editorId, type: "annotations" } },
    { label: "articles, page 3 of a very common word", params: { q: "said", type: "articles", page: "3" } },
    { label: "viewer: claims about a topic", params: { q: "flood", type: "claims" }, viewer: true },
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

runWhenMain(import.meta.url, measureSearch);
