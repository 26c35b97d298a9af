/**
 * One size of the workspace-size benchmark, in a process of its own (the
 * app's environment and Prisma client are set once per process, and each size
 * has its own database): `tsx bench/support/scale-child.ts generate <factor>`
 * fills the size's template database (DATABASE_URL), `… measure <factor>`
 * times the operations on a throw-away copy of it and prints the samples as
 * JSON (ScaleSamples). bench/scale.ts starts both.
 */
import pg from "pg";
import type { DetectionResult } from "@/lib/conflicts/detect-conflicts";
import type { Actor } from "@/lib/policy/actor";
import { quantile } from "./quantile";
import { seeded } from "./seeded-random";
import { APPROVALS_PER_DAY, LAST_APPROVAL_DAY, scaleSize, seedScaleWorkspace } from "./scale-seed";
import { corpus, story, storyArticle, titleOf } from "./scale-text";

export const GENERATOR_VERSION = "scale-3";
/** the table holding the generated workspace's marker (bench/scale.ts updates its version after migrating) */
export const MARKER_TABLE = "bench_scale_marker";

export interface ScaleMarker {
  version: string;
  factor: number;
  workspaceId: string;
  actors: Record<"EDITOR" | "REVIEWER" | "ADMIN" | "VIEWER", Actor>;
  generatedSeconds: number;
  counts: Record<string, number>;
}

export interface OperationSamples {
  key: string;
  name: string;
  /** milliseconds, one per timed rep */
  samples: number[];
  note?: string;
  /** per-variant samples (milliseconds), for finding what grows */
  parts?: Record<string, number[]>;
}

export interface ScaleSamples {
  factor: number;
  counts: Record<string, number>;
  operations: OperationSamples[];
}

const log = (line: string) => console.error(`bench scale: ${line}`);

// ---------------------------------------------------------------- generate

async function generate(factor: number): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const started = performance.now();
  const { createWorkspaceWithMembers } = await import("../../prisma/factories");
  const { db } = await import("@/lib/db/client");
  const { workspace, actors } = await createWorkspaceWithMembers({ name: `Scale bench ${factor}x` });
  const levels = await db.ratingLevel.findMany({
    where: { workspaceId: workspace.id, archived: false },
    select: { id: true },
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    const size = scaleSize(factor);
    await seedScaleWorkspace(
      client,
      size,
      {
        workspaceId: workspace.id,
        editorId: actors.EDITOR.userId,
        reviewerId: actors.REVIEWER.userId,
        adminId: actors.ADMIN.userId,
        ratingLevelIds: levels.map((l) => l.id),
      },
      (line) => log(`${factor}x: ${line}`),
    );
    // the claims went in without detection keys, as a database migrated with existing claims has them: the migrate step's backfill keys them
    const { backfillDetectionKeys } = await import("@/lib/conflicts/detect/refresh-detection-keys");
    const keyed = performance.now();
    const keyedClaims = await backfillDetectionKeys(db);
    log(
      `${factor}x: detection keys of ${keyedClaims} claims written in ${((performance.now() - keyed) / 1000).toFixed(1)} s`,
    );
    await client.query("VACUUM ANALYZE");
    const detected = performance.now();
    const conflicts = await storeConflicts(client, actors.EDITOR);
    log(
      `${factor}x: ${conflicts} conflicts detected by the domain's detectors in ${((performance.now() - detected) / 1000).toFixed(1)} s`,
    );
    await client.query("VACUUM ANALYZE");
    const counts = await countRows(client, workspace.id);
    const marker: ScaleMarker = {
      version: process.env.SCALE_MARKER_VERSION ?? GENERATOR_VERSION,
      factor,
      workspaceId: workspace.id,
      actors,
      generatedSeconds: (performance.now() - started) / 1000,
      counts,
    };
    await client.query(`CREATE TABLE ${MARKER_TABLE} (marker jsonb NOT NULL)`);
    await client.query(`INSERT INTO ${MARKER_TABLE} (marker) VALUES ($1)`, [JSON.stringify(marker)]);
    log(`${factor}x: generated in ${marker.generatedSeconds.toFixed(0)} s: ${JSON.stringify(counts)}`);
  } finally {
    await client.end();
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
  }
}

/**
 * The conflicts of the generated data, as the app stores them: the domain's
 * detectors (runDetectors) over every live claim, group by group — each metric's
 * claims for figures, every claim with a claimant for quotes — in long
 * transactions, then the conflicts and their members inserted set-based. Not
 * the app's full run (detectConflicts): it reads every claim with one Prisma
 * query whose appearance look-up passes one parameter per claim, which
 * PostgreSQL refuses above 32,767 claims (reported), and it has a 30 s limit.
 * One verdict per claim here, so no verdict disagreements to find.
 */
async function storeConflicts(client: pg.Client, actor: Actor): Promise<number> {
  const { db } = await import("@/lib/db/client");
  const { runDetectors } = await import("@/lib/conflicts/detect/run-detectors");
  const { normalizeMetric } = await import("@/lib/claims/normalize-metric");
  const ids = async (sql: string) => (await client.query<{ id: string; g: string }>(sql, [actor.workspaceId])).rows;
  const byMetric = new Map<string, string[]>();
  for (const row of await ids(
    `SELECT id, metric AS g FROM "Claim" WHERE "workspaceId" = $1 AND "deletedAt" IS NULL AND metric IS NOT NULL`,
  )) {
    const key = normalizeMetric(row.g);
    byMetric.set(key, [...(byMetric.get(key) ?? []), row.id]);
  }
  const quoted = (
    await ids(
      `SELECT id, '' AS g FROM "Claim" WHERE "workspaceId" = $1 AND "deletedAt" IS NULL AND claimant IS NOT NULL`,
    )
  ).map((r) => r.id);
  const groups = [
    ...[...byMetric.values()].map((figureClaimIds) => ({ figureClaimIds, quoteClaimIds: [] as string[] })),
    { figureClaimIds: [] as string[], quoteClaimIds: quoted },
  ];
  const found = new Map<
    string,
    { kind: string; question: string; questionParams: unknown; fingerprint: string; claimIds: string[] }
  >();
  for (const keys of groups) {
    if (keys.figureClaimIds.length + keys.quoteClaimIds.length < 2) continue;
    const run = await db.$transaction((tx) => runDetectors(tx, actor, { ...keys, verdictClaimIds: [] } as never), {
      timeout: 3_600_000,
      maxWait: 60_000,
    });
    for (const conflict of run.conflicts)
      if (conflict.kind !== "VERDICT_DISAGREEMENT") found.set(conflict.fingerprint, conflict);
  }
  const conflicts = [...found.values()];
  if (conflicts.length === 0) return 0;
  await client.query(
    `INSERT INTO "Conflict" (id, "workspaceId", kind, question, "questionParams", fingerprint, "createdAt", "updatedAt")
     SELECT 'k' || n, $1, kind::"ConflictKind", question, params::jsonb, fingerprint, now(), now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(kind, question, params, fingerprint, n)`,
    [
      actor.workspaceId,
      conflicts.map((c) => c.kind),
      conflicts.map((c) => c.question),
      conflicts.map((c) => JSON.stringify(c.questionParams)),
      conflicts.map((c) => c.fingerprint),
    ],
  );
  const members = conflicts.flatMap((c, i) => c.claimIds.map((claimId) => ({ conflict: `k${i + 1}`, claimId })));
  await client.query(
    `INSERT INTO "ConflictMember" (id, "workspaceId", "conflictId", "claimId")
     SELECT conflict || '_' || claim, $1, conflict, claim FROM unnest($2::text[], $3::text[]) AS t(conflict, claim)`,
    [actor.workspaceId, members.map((m) => m.conflict), members.map((m) => m.claimId)],
  );
  return conflicts.length;
}

async function countRows(client: pg.Client, workspaceId: string): Promise<Record<string, number>> {
  const tables = [
    "Article",
    "ArticleVersion",
    "Annotation",
    "Claim",
    "ClaimAppearance",
    "Verdict",
    "Review",
    "Conflict",
    "ConflictMember",
    "AuditEvent",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number(
      (
        await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "workspaceId" = $1`, [
          workspaceId,
        ])
      ).rows[0]!.n,
    );
  counts.SUBMITTED = Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Verdict" WHERE "workspaceId" = $1 AND status = 'SUBMITTED'`,
        [workspaceId],
      )
    ).rows[0]!.n,
  );
  counts.APPROVED = Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Verdict" WHERE "workspaceId" = $1 AND status = 'APPROVED'`,
        [workspaceId],
      )
    ).rows[0]!.n,
  );
  return counts;
}

/** The marker of a generated database, or null (not generated, or generation did not finish). */
export async function readMarker(client: pg.Client): Promise<ScaleMarker | null> {
  const exists = await client.query(`SELECT to_regclass($1) AS t`, [MARKER_TABLE]);
  if (!exists.rows[0]?.t) return null;
  const { rows } = await client.query<{ marker: ScaleMarker }>(`SELECT marker FROM ${MARKER_TABLE} LIMIT 1`);
  return rows[0]?.marker ?? null;
}

// ---------------------------------------------------------------- measure

/**
 * Timed repetitions per operation: a p95 of 30 samples is the second slowest
 * one, and moved a ratio by ±0.3× from one run to the next; of 60, the third.
 */
const REPS = Number(process.env.SCALE_REPS || 60);
/**
 * The parent measures the sizes in alternating rounds (bench/scale.ts): this
 * child is round SCALE_ROUND of SCALE_ROUNDS, and takes its share of the reps.
 */
const ROUND = Number(process.env.SCALE_ROUND || 0);
const ROUNDS = Number(process.env.SCALE_ROUNDS || 1);
const WARMUP = 3;
/** a slow operation stops after this much timed work (at least MIN_REPS reps) */
const BUDGET_MS = 60_000;
const MIN_REPS = 5;
/** an operation this slow (median of the timed reps) stops after 3 reps, its warm-up after 1 */
const SLOW_MS = 10_000;
/** the line of the measure process's stdout that holds its samples (the app's logger writes to stdout too) */
export const SAMPLES_MARK = "scale-samples: ";
const EXPORT_REPS = 5;

interface Operation {
  key: string;
  name: string;
  reps?: number;
  warmup?: number;
  /** untimed set-up of one rep */
  prepare?: (rep: number) => Promise<unknown>;
  /** the timed work; may return a variant label */
  run: (rep: number, prepared: unknown) => Promise<string | void>;
  note?: string;
}

async function measure(factor: number): Promise<ScaleSamples> {
  const url = process.env.DATABASE_URL!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const marker = await readMarker(client);
  if (!marker) throw new Error(`no generated workspace in ${url}`);
  const { EDITOR: editor, REVIEWER: reviewer, VIEWER: viewer } = marker.actors;
  const ws = marker.workspaceId;
  // each round draws other targets: a round repeating the last one's would find them cached
  const random = seeded(20_261_208 + ROUND);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

  const { db, disconnectDb } = await import("@/lib/db/client");
  const { getArticle } = await import("@/lib/articles/get-article");
  const { findImportFindings } = await import("@/lib/articles/find-import-findings");
  const { getClaim } = await import("@/lib/claims/get-claim");
  const { findRatingLevels } = await import("@/lib/verdicts/find-rating-levels");
  const { findAssignableMembers } = await import("@/lib/members/find-assignable-members");
  const { findClaimSuggestions } = await import("@/lib/claims/find-claim-suggestions");
  const { findPublishedReportsForClaim } = await import("@/lib/reports/find-published-reports-for-claim");
  const { findPendingCorrections } = await import("@/lib/reports/find-pending-corrections");
  const { findSourceMarks } = await import("@/lib/sources/find-source-marks");
  const { findClaims } = await import("@/lib/claims/find-claims");
  const { parseClaimListQuery } = await import("@/lib/claims/claim-list-query");
  const { findReviewQueue } = await import("@/lib/verdicts/find-review-queue");
  const { findMyReviewedVerdicts } = await import("@/lib/verdicts/find-my-reviewed-verdicts");
  const { parseReviewQueueQuery } = await import("@/lib/verdicts/review-queue-query");
  const { searchWorkspace } = await import("@/lib/search/search-workspace");
  const { findSearchFilterOptions } = await import("@/lib/search/find-search-filter-options");
  const { parseSearchParams } = await import("@/lib/search/schemas");
  const { createAnnotation } = await import("@/lib/annotations/create-annotation");
  const { insertClaim } = await import("@/lib/claims/create-claim");
  const { requestConflictDetection } = await import("@/lib/claims/request-conflict-detection");
  const { importArticle } = await import("@/lib/articles/import-article");
  const { createReport } = await import("@/lib/reports/create-report");
  const { publishReport } = await import("@/lib/reports/publish-report");
  const { getReport } = await import("@/lib/reports/get-report");
  const { exportReport } = await import("@/lib/reports/export-report");
  const { CreateReportInputSchema } = await import("@/lib/reports/schemas");
  const { CreateClaimInputSchema } = await import("@/lib/claims/schemas");
  const { can, authorize } = await import("@/lib/policy/policy");
  const { jobRunnerStarted } = await import("@/lib/jobs/job-runner-state");
  if (jobRunnerStarted())
    throw new Error("a job runner is started in the bench process: detection would be queued, not run");

  // targets, drawn deterministically
  const articleIds = (
    await client.query<{ id: string }>(
      `SELECT id FROM "Article" WHERE "workspaceId" = $1 AND "deletedAt" IS NULL ORDER BY id`,
      [ws],
    )
  ).rows.map((r) => r.id);
  const claimIds = (
    await client.query<{ id: string }>(
      `SELECT id FROM "Claim" WHERE "workspaceId" = $1 AND "deletedAt" IS NULL ORDER BY id`,
      [ws],
    )
  ).rows.map((r) => r.id);
  const claimants = (
    await client.query<{ claimant: string }>(
      `SELECT DISTINCT claimant FROM "Claim" WHERE "workspaceId" = $1 AND claimant IS NOT NULL ORDER BY claimant LIMIT 200`,
      [ws],
    )
  ).rows.map((r) => r.claimant);
  const titles = (
    await client.query<{ title: string }>(
      `SELECT title FROM "Article" WHERE "workspaceId" = $1 ORDER BY id LIMIT 2000`,
      [ws],
    )
  ).rows.map((r) => r.title);
  const latest = async (articleId: string) =>
    (
      await client.query<{ id: string; text: string }>(
        `SELECT id, text FROM "ArticleVersion" WHERE "articleId" = $1 ORDER BY number DESC LIMIT 1`,
        [articleId],
      )
    ).rows[0]!;
  const c = corpus(20_261_207, 4_000 + 200 * factor);
  const storyCount =
    Number(
      (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Article" WHERE "workspaceId" = $1`, [ws])).rows[0]!
        .n,
    ) / 3;

  // search: names and places of the generated stories (common and rare), topic words, a claimant, a phrase
  const searchQueries = (rep: number): Record<string, string> => {
    const word = () => c.words[Math.floor(c.words.length * random() ** 2)]!;
    switch (rep % 6) {
      case 0:
        return { q: word() };
      case 1:
        return { q: `${word()} ${pick(["explosion", "storm", "parliament", "hospital", "firefighters"])}` };
      case 2:
        return { q: pick(["fire", "evacuation", "audit", "bridge", "warehouses"]) };
      case 3:
        return { q: pick(claimants.length ? claimants : ["mayor"]), type: "claims" };
      case 4:
        return { q: `"${pick(titles).split(" ").slice(1, 4).join(" ")}"` };
      default:
        return { q: `${word()} OR ${word()}`, type: "articles" };
    }
  };

  // a sentence with a figure in an article's latest version, for a new claim
  const figureSentence = async (articleId: string) => {
    const { splitSentences } = await import("@/lib/claims/split-sentences");
    const version = await latest(articleId);
    const sentences = splitSentences(version.text).filter((s) => /\d/.test(s.text) && s.text.trim().length > 20);
    const s = sentences.length ? pick(sentences) : splitSentences(version.text)[0]!;
    return { version, start: s.start, end: s.end };
  };

  let reportRecord: Awaited<ReturnType<typeof getReport>>["record"] | null = null;
  let exportItems = 0;
  const fromDay = new Date(Date.parse(`${LAST_APPROVAL_DAY}T00:00:00Z`) - (10_000 / APPROVALS_PER_DAY - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const toDay = new Date(Date.parse(`${LAST_APPROVAL_DAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

  const operations: Operation[] = [
    {
      key: "article",
      name: "article page (getArticle + findImportFindings)",
      run: async () => {
        const id = pick(articleIds);
        await Promise.all([
          getArticle(editor, id),
          can(editor, "annotation.create") ? findImportFindings(editor, id) : null,
        ]);
      },
    },
    {
      key: "claim",
      name: "claim page with its suggestions (getClaim, findClaimSuggestions, …)",
      run: async () => {
        const claim = await getClaim(editor, pick(claimIds));
        await Promise.all([
          findRatingLevels(editor),
          can(editor, "claim.assign") ? findAssignableMembers(editor) : [],
          can(editor, "claim.update") ? findClaimSuggestions(editor, claim.id) : null,
          findPublishedReportsForClaim(editor, claim.id),
          can(editor, "report.exportInternal") ? findPendingCorrections(editor, { claimId: claim.id }) : [],
        ]);
        await findSourceMarks(
          editor,
          claim.verdicts.flatMap((v) => v.revisions[0]?.evidence.map((e) => e.url) ?? []),
        );
      },
    },
    {
      key: "claims",
      name: "claims list, first and next page (findClaims)",
      run: async (rep) => {
        const variant = (
          ["", "sort=newest", "sort=oldest", "verdict=APPROVED", "verdict=SUBMITTED", "next page"] as const
        )[rep % 6]!;
        const params = Object.fromEntries(new URLSearchParams(variant === "next page" ? "" : variant));
        const first = await findClaims(editor, parseClaimListQuery(params));
        if (variant === "next page" && first.nextCursor)
          await findClaims(editor, parseClaimListQuery({ cursor: first.nextCursor }));
        return variant || "default";
      },
    },
    {
      key: "review",
      // "your reviewed verdicts" lists the verdicts a person wrote: the editor wrote the workspace's (14,718
      // reviewed at 100×), the reviewer none, so that list is read as the editor
      name: "review queue (findReviewQueue as the reviewer + findMyReviewedVerdicts as the verdicts' author)",
      run: async (rep) => {
        const variant = (["", "assigned=me", "sort=newest"] as const)[rep % 3]!;
        const [queue] = await Promise.all([
          findReviewQueue(reviewer, parseReviewQueueQuery(Object.fromEntries(new URLSearchParams(variant)))),
          findMyReviewedVerdicts(editor),
        ]);
        await findSourceMarks(
          reviewer,
          queue.items.flatMap((item) => item.verdict.revisions[0]?.evidence.map((e) => e.url) ?? []),
        );
        return variant || "default";
      },
    },
    {
      key: "search",
      name: "search page (findSearchFilterOptions + searchWorkspace)",
      run: async (rep) => {
        const params = searchQueries(rep);
        await Promise.all([findSearchFilterOptions(editor), searchWorkspace(editor, parseSearchParams(params))]);
        return `${rep % 6}`;
      },
    },
    {
      key: "detect",
      name: "conflict detection after one new claim (requestConflictDetection, incremental, inline)",
      // untimed: the annotation and the claim (createClaim's transaction), as the use case makes them
      prepare: async () => {
        const articleId = pick(articleIds);
        const { version, start, end } = await figureSentence(articleId);
        const annotation = await createAnnotation(editor, {
          articleId,
          versionId: version.id,
          start,
          end,
          exact: version.text.slice(start, end),
          kind: "NOTE",
          body: "",
          tags: [],
        });
        authorize(editor, "claim.create");
        return db.$transaction((tx) =>
          insertClaim(
            tx,
            editor,
            CreateClaimInputSchema.parse({
              annotationId: annotation.id,
              statement: version.text.slice(start, end).replace(/\s+/g, " ").trim(),
            }),
          ),
        );
      },
      run: async (_rep, prepared) => {
        const result = await requestConflictDetection(editor, [(prepared as { id: string }).id]);
        if (result.queued) throw new Error("detection was queued, not run inline");
        // a failed run is logged by requestConflictDetection (e.g. past its transaction's 30 s limit): timed all the same, labelled
        const detection = result.result as DetectionResult | null; // the conflicts.detect job's answer
        if (!detection) return "failed (see the log line above)";
        const read = detection.claimsRead;
        return `claims read ${read < 100 ? "< 100" : read < 1_000 ? "100–999" : read < 10_000 ? "1,000–9,999" : "≥ 10,000"}`;
      },
    },
    {
      key: "import",
      name: "import of one article with its repeated-claim check (importArticle + findImportFindings)",
      run: async (rep) => {
        // another outlet's report of a story the desk already covered
        const s = story(c, 7_000_000 + Math.floor(random() * storyCount));
        const text = storyArticle(s, 50 + rep);
        const { id } = await importArticle(
          editor,
          { kind: "text", text },
          { title: `${titleOf(text)} (${rep})`, outlet: "Scale Bench Wire" },
        );
        const findings = await findImportFindings(editor, id);
        const n = findings.repeats.length + findings.disagreements.length;
        return `findings ${n < 10 ? "< 10" : n < 100 ? "10–99" : "≥ 100"}`;
      },
    },
    {
      key: "annotate",
      name: "one annotation created (createAnnotation)",
      prepare: async () => {
        const articleId = pick(articleIds);
        const { version, start, end } = await figureSentence(articleId);
        const words = [...version.text.slice(start, end).matchAll(/\S+/g)];
        const first = words[Math.floor(random() * Math.max(1, words.length - 3))]!;
        return {
          articleId,
          versionId: version.id,
          start: start + first.index,
          end: start + first.index + first[0].length,
          text: version.text,
        };
      },
      run: async (_rep, prepared) => {
        const p = prepared as { articleId: string; versionId: string; start: number; end: number; text: string };
        await createAnnotation(editor, {
          articleId: p.articleId,
          versionId: p.versionId,
          start: p.start,
          end: p.end,
          exact: p.text.slice(p.start, p.end),
          kind: "NOTE",
          body: "Check the **figure**",
          tags: ["bench"],
        });
      },
    },
    {
      key: "export",
      name: "ClaimReview export of the latest 10,000 approved verdicts (exportReport, drained)",
      reps: EXPORT_REPS,
      warmup: 1,
      prepare: async () => {
        if (reportRecord) return;
        const { id } = await createReport(
          editor,
          CreateReportInputSchema.parse({
            title: "Scale bench: latest approvals",
            scope: "WORKSPACE",
            fromDate: fromDay,
            toDate: toDay,
          }),
        );
        await publishReport(reviewer, id);
        reportRecord = (await getReport(viewer, id, { internal: false })).record;
      },
      run: async () => {
        const link = "https://factdesk.example.test/r/scale";
        const file = await exportReport(viewer, reportRecord!, {
          format: "claimreview",
          internal: false,
          bom: false,
          url: link,
          links: { report: link, article: () => link },
        });
        let bytes = 0;
        for await (const chunk of file.body)
          bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
        exportItems = file.totalItems;
        return `${file.totalItems} items, ${(bytes / 1e6).toFixed(1)} MB`;
      },
    },
  ];

  const only = (process.env.SCALE_OPERATIONS ?? "").split(",").filter(Boolean);
  const results: OperationSamples[] = [];
  for (const op of operations) {
    if (only.length && !only.includes(op.key)) continue;
    const reps = Math.ceil((op.reps ?? REPS) / ROUNDS);
    const warmup = op.warmup ?? WARMUP;
    const samples: number[] = [];
    const variants = new Map<string, number[]>();
    let spent = 0;
    for (let rep = 0; rep < warmup + reps; rep++) {
      const prepared = op.prepare ? await op.prepare(rep) : undefined;
      const started = performance.now();
      const variant = await op.run(rep, prepared);
      const ms = performance.now() - started;
      if (rep < warmup) {
        if (ms > SLOW_MS) rep = warmup - 1;
        continue;
      }
      samples.push(ms);
      spent += ms;
      if (variant) variants.set(variant, [...(variants.get(variant) ?? []), ms]);
      if (spent > BUDGET_MS && samples.length >= MIN_REPS) break;
      if (samples.length >= 3 && quantile(samples, 0.5) > SLOW_MS) break;
    }
    const parts = Object.fromEntries(variants);
    const note = op.key === "export" ? `${exportItems} verdicts exported` : undefined;
    log(
      `${factor}x${ROUNDS > 1 ? ` round ${ROUND + 1}/${ROUNDS}` : ""}: ${op.key.padEnd(9)} p50 ${quantile(samples, 0.5).toFixed(1)} ms, p95 ${quantile(samples, 0.95).toFixed(1)} ms (${samples.length} reps)${note ? `, ${note}` : ""}`,
    );
    results.push({
      key: op.key,
      name: op.name,
      samples,
      ...(note ? { note } : {}),
      ...(variants.size > 1 || op.key === "detect" || op.key === "import" ? { parts } : {}),
    });
  }
  await client.end();
  await disconnectDb();
  return { factor, counts: { ...marker.counts, exportItems }, operations: results };
}

async function main(): Promise<void> {
  const [mode, factorText] = process.argv.slice(2);
  const factor = Number(factorText);
  if (!process.env.DATABASE_URL || !Number.isInteger(factor) || factor < 1)
    throw new Error("usage: DATABASE_URL=… tsx bench/support/scale-child.ts generate|measure <factor>");
  // no job runner here: the use cases measured run conflict detection inline
  (await import("@/lib/worker/install-job-handlers")).installJobHandlers();
  if (mode === "generate") await generate(factor);
  else if (mode === "measure") console.log(`\n${SAMPLES_MARK}${JSON.stringify(await measure(factor))}`);
  else throw new Error(`unknown mode ${mode}`);
}

if (process.argv[1]?.endsWith("scale-child.ts")) {
  // exits explicitly: after a failure the Prisma pool and the pg client would keep the process alive
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
