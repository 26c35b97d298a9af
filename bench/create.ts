/**
 * Write-path benchmark: creating annotations through the real use case
 * (policy check, validation, selectors with context, article lock, audit event)
 * against the same rows written with bare INSERTs of the annotation and its
 * audit event in one transaction through pg, the least an audited write costs
 * written as separate statements. Both sequential (one editor) and with 10
 * concurrent writers (pool of 10), on a fresh database. Run alone:
 * `npx tsx bench/create.ts`.
 *
 * Round trips per create: the baseline makes 4 (BEGIN, INSERT, INSERT,
 * COMMIT); the use case 1 (one statement that locks the article, inserts the
 * annotation and its audit event, committing on its own), once the version's
 * text is in its cache (the warm-up puts it there). Until December 2026 it made
 * 5 (BEGIN, lock, INSERT, INSERT, COMMIT) and reached 0.48 of the baseline with
 * 10 writers: the workspace's audit-chain lock, taken by the audit INSERT's
 * trigger, was held across the round trip to COMMIT, which serialized writers.
 */
import pg from "pg";
import { describeSpan } from "@/lib/anchoring";
import { figure, type BenchFigure } from "./figure";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { longArticle } from "./support/long-article";
import { seeded } from "./support/seeded-random";

const CREATES = 400;
const WRITERS = 10;

interface Span {
  start: number;
  end: number;
  exact: string;
}

export async function benchCreate(): Promise<BenchFigure[]> {
  const cleanups: Cleanup[] = [];
  try {
    const database = await useBenchDatabase(cleanups);
    const raw = new pg.Pool({ connectionString: database.url, max: WRITERS });
    cleanups.push({ what: "close the pg pool", run: () => raw.end() });
    const { createArticle, createUser, createWorkspaceWithMembers } = await import("../prisma/factories");
    const { createAnnotation } = await import("@/lib/annotations/create-annotation");
    const { workspace } = await createWorkspaceWithMembers({ name: "Create bench" });
    const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR" });
    const actor = { workspaceId: workspace.id, userId: editor.id, role: "EDITOR" as const };
    const { article, version } = await createArticle(actor, { text: longArticle(20_000) });
    const spans = pickSpans(version.text, CREATES);

    const viaUseCase = (span: Span) =>
      createAnnotation(actor, {
        articleId: article.id,
        versionId: version.id,
        ...span,
        kind: "NOTE",
        body: "Check the **figure**",
        tags: ["bench"],
      });
    // the least a write with its audit row costs: one transaction, the annotation INSERT and the
    // audit INSERT (whose trigger takes the workspace's audit-chain lock, as the use case's does)
    const viaInsert = async (span: Span) => {
      const { quote } = describeSpan(version.text, span.start, span.end);
      const client = await raw.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix, body, tags, "authorId", "updatedAt")
           VALUES (gen_random_uuid()::text, $1, $2, $3, 'NOTE', $4, $5, $6, $7, $8, $9, $10, $11, now()) RETURNING id`,
          [
            workspace.id,
            article.id,
            version.id,
            span.start,
            span.end,
            quote.exact,
            quote.prefix,
            quote.suffix,
            "Check the **figure**",
            ["bench"],
            editor.id,
          ],
        );
        await client.query(
          `INSERT INTO "AuditEvent" (id, "workspaceId", "actorId", action, "entityType", "entityId", after) VALUES (gen_random_uuid()::text, $1, $2, 'annotation.created', 'Annotation', $3, $4)`,
          [
            workspace.id,
            editor.id,
            rows[0]!.id,
            JSON.stringify({ id: rows[0]!.id, start: span.start, end: span.end, exact: quote.exact }),
          ],
        );
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    };

    // warm both paths (connections, prepared plans, JIT), then time them
    await runAll(spans.slice(0, 20), viaUseCase, 1);
    await runAll(spans.slice(0, 20), viaInsert, 1);
    const sequentialUseCase = await runAll(spans, viaUseCase, 1);
    const sequentialInsert = await runAll(spans, viaInsert, 1);
    const concurrentUseCase = await runAll(spans, viaUseCase, WRITERS);
    const concurrentInsert = await runAll(spans, viaInsert, WRITERS);

    const perCreate = (ms: number) => ms / CREATES;
    const perSecond = (ms: number) => (CREATES / ms) * 1000;
    return [
      figure(
        `create annotation through the use case (authorize, validate, one statement: lock, insert + audit), 1 writer, mean of ${CREATES}`,
        perCreate(sequentialUseCase),
        "ms",
        {
          name: "bare INSERT + audit INSERT in a transaction through pg, 1 writer",
          value: perCreate(sequentialInsert),
        },
      ),
      figure(
        `annotations created per second through the use case, ${WRITERS} concurrent writers`,
        perSecond(concurrentUseCase),
        "per s",
        {
          name: `bare INSERT + audit INSERT transactions per second through pg, ${WRITERS} concurrent writers`,
          value: perSecond(concurrentInsert),
        },
        "≥ 0.5",
      ),
    ];
  } finally {
    await runCleanups("create", cleanups);
  }
}

/** Runs `work` over every item with `concurrency` workers; returns the elapsed milliseconds. */
async function runAll<T>(items: T[], work: (item: T) => Promise<unknown>, concurrency: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return performance.now() - started;
}

function pickSpans(text: string, count: number): Span[] {
  const random = seeded(20_261_122);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return Array.from({ length: count }, () => {
    const first = Math.floor(random() * (words.length - 8));
    const last = first + Math.floor(random() * 6);
    const start = words[first]!.start;
    const end = words[last]!.end;
    return { start, end, exact: text.slice(start, end) };
  });
}

runWhenMain(import.meta.url, benchCreate);
