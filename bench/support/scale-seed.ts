/**
 * The workspace of the workspace-size benchmark (bench/scale.ts), generated
 * in bulk: at size factor f, 500·f articles (10 % with an older version),
 * about 10,000·f annotations, 500·f claims (each from a claim annotation on a
 * sentence, its fields extracted the way createClaim fills them, a third
 * with a second appearance in another report of the same story) and 200·f
 * verdicts in every review state, plus an audit row for every annotation and
 * claim (through the database's hash-chain trigger) and the conflicts the
 * domain's own detectors find in that data.
 *
 * Texts come from the project's test articles (scale-text.ts). Rows are built
 * in JS for one batch of about 1,000 articles at a time and inserted
 * set-based (INSERT … SELECT FROM unnest(arrays), thousands of rows per
 * statement); nothing goes through a use case row by row.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { describeSpan } from "@/lib/anchoring";
import { extractPassage } from "@/lib/claims/extract/extract-passage";
import { findEventPlace } from "@/lib/claims/extract/find-event-place";
import { suggestClaimFields } from "@/lib/claims/extract/suggest-claim-fields";
import { splitSentences } from "@/lib/claims/split-sentences";
import { corpus, story, storyArticle, titleOf, type Corpus } from "./scale-text";
import { seeded } from "./seeded-random";

export interface ScaleSize {
  factor: number;
  articles: number;
  annotations: number;
  claims: number;
  verdicts: number;
}

export function scaleSize(factor: number): ScaleSize {
  return { factor, articles: 500 * factor, annotations: 10_000 * factor, claims: 500 * factor, verdicts: 200 * factor };
}

export interface SeedPeople {
  workspaceId: string;
  editorId: string;
  reviewerId: string;
  adminId: string;
  ratingLevelIds: string[];
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 6, 1);
/** two years of a desk's work, rows made in insertion order */
const SPAN = 720 * DAY;
const BATCH_ARTICLES = 1_000;
const OUTLETS = [
  "Coastal Courier",
  "Northwire",
  "Radio Delta",
  "Metro Herald",
  "Harbour Times",
  "Kyiv Courier",
  "Wire Service One",
  "Evening Ledger",
];
const TAGS = [
  "casualties",
  "numbers",
  "quote",
  "sources",
  "economy",
  "health",
  "climate",
  "attribution",
  "context",
  "follow-up",
];
const NOTES = [
  "",
  "",
  "Check the figure against the hospital statement.",
  "Source? Ask the desk.",
  "Quote attributed: find the recording.",
  "Other outlets give another number.",
  "Verify with the **ministry**.",
  "Context: see last week's report.",
];
const STATES = [
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "EXACT",
  "RELOCATED",
  "TEXT_CHANGED",
  "AMBIGUOUS",
  "ORPHANED",
];
/** 58 % approved (at 100× more than the export's 10,000), 17 % waiting for review, the rest in the other states */
const VERDICT_STATES = [
  "APPROVED",
  "APPROVED",
  "APPROVED",
  "APPROVED",
  "APPROVED",
  "APPROVED",
  "APPROVED",
  "SUBMITTED",
  "SUBMITTED",
  "DRAFT",
  "CHANGES_REQUESTED",
  "REJECTED",
] as const;
/** Approvals are dated newest first, this many a day, so a workspace report of the last 400 days holds at most 10,000. */
export const APPROVALS_PER_DAY = 25;
export const LAST_APPROVAL_DAY = "2026-06-30";

type Verdict = (typeof VERDICT_STATES)[number];

function columns<K extends string>(...keys: K[]) {
  const values = Object.fromEntries(keys.map((k) => [k, [] as unknown[]])) as Record<K, unknown[]>;
  return {
    push: (row: Record<K, unknown>) => keys.forEach((k) => values[k].push(row[k])),
    arrays: () => keys.map((k) => values[k]),
    get length() {
      return values[keys[0]!].length;
    },
  };
}

/** Inserts the whole workspace's data; logs progress to stderr. */
export async function seedScaleWorkspace(
  client: pg.Client,
  size: ScaleSize,
  people: SeedPeople,
  log: (line: string) => void,
): Promise<void> {
  const random = seeded(20_261_207 + size.factor);
  const c: Corpus = corpus(20_261_207, 4_000 + 200 * size.factor);
  const annotationsPerArticle = size.annotations / size.articles;
  const claimsPerArticle = size.claims / size.articles;
  const verdictChance = size.verdicts / size.claims;
  let articleIndex = 0;
  let storyIndex = 0;
  let annotationIndex = 0;
  let claimIndex = 0;
  let verdictIndex = 0;
  const authors = [people.editorId, people.adminId, people.editorId, people.reviewerId];
  while (articleIndex < size.articles) {
    const a = columns("id", "title", "outlet", "url", "published", "created", "creator");
    const ver = columns("id", "article", "number", "text", "sha", "creator", "created");
    const an = columns(
      "id",
      "article",
      "version",
      "kind",
      "start",
      "end",
      "exact",
      "prefix",
      "suffix",
      "state",
      "body",
      "tags",
      "author",
      "created",
    );
    const cl = columns(
      "id",
      "statement",
      "claimant",
      "claimDate",
      "metric",
      "valueLow",
      "valueHigh",
      "qualifier",
      "unit",
      "eventDate",
      "eventPlace",
      "creator",
      "editor",
      "reviewer",
      "created",
    );
    const ap = columns("id", "claim", "annotation", "creator", "created", "extraction");
    const vd = columns("id", "claim", "author", "status", "lock", "created", "updated");
    const rev = columns("id", "verdict", "number", "level", "summary", "author", "created");
    const ev = columns("id", "revision", "url", "title", "created");
    const rw = columns("id", "verdict", "revision", "reviewer", "decision", "reason", "created");
    while (a.length < BATCH_ARTICLES && articleIndex < size.articles) {
      const s = story(c, 7_000_000 + storyIndex++);
      const reports = Math.min(1 + Math.floor(random() * 5), size.articles - articleIndex);
      // per report: its latest text and sentences, to link the same sentence across reports of the story
      const told: {
        articleId: string;
        versionId: string;
        text: string;
        sentences: { start: number; end: number; text: string }[];
        created: Date;
        published: Date;
      }[] = [];
      for (let variant = 0; variant < reports; variant++) {
        const i = articleIndex++;
        const id = `a${i}`;
        const created = new Date(START + Math.floor((i / size.articles) * SPAN));
        const published = new Date(
          Date.UTC(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate()) - DAY,
        );
        const text = storyArticle(s, variant);
        const older = random() < 0.1 ? storyArticle(s, variant + 1_000) : null;
        const outlet = OUTLETS[(s.seed + variant) % OUTLETS.length]!;
        a.push({
          id,
          title: titleOf(text),
          outlet,
          url: `https://news.example.test/${outlet.toLowerCase().replace(/\s+/g, "-")}/${i}`,
          published,
          created,
          creator: authors[i % 2]!,
        });
        const versions = older ? [older, text] : [text];
        versions.forEach((t, k) =>
          ver.push({
            id: `${id}v${k + 1}`,
            article: id,
            number: k + 1,
            text: t,
            sha: createHash("sha256").update(t).digest("hex"),
            creator: authors[i % 2]!,
            created: new Date(created.getTime() + k * 3_600_000),
          }),
        );
        const versionId = `${id}v${versions.length}`;
        const sentences = splitSentences(text)
          .map((x) => ({ start: x.start, end: x.end, text: x.text }))
          .filter((x) => x.text.trim().length > 20);
        told.push({ articleId: id, versionId, text, sentences, created, published });
        // notes on spans of words inside sentences
        const notes = Math.max(
          1,
          Math.round(annotationsPerArticle * (0.25 + random() * 1.5)) - Math.round(claimsPerArticle),
        );
        for (let n = 0; n < notes && sentences.length > 0; n++) {
          const sentence = sentences[Math.floor(random() * sentences.length)]!;
          const words = [...sentence.text.matchAll(/\S+/g)];
          const first = Math.floor(random() * words.length);
          const last = Math.min(words.length - 1, first + Math.floor(random() * 8));
          const start = sentence.start + words[first]!.index;
          const end = sentence.start + words[last]!.index + words[last]![0].length;
          const { quote } = describeSpan(text, start, end);
          an.push({
            id: `n${annotationIndex++}`,
            article: id,
            version: versionId,
            kind: "NOTE",
            start,
            end,
            exact: quote.exact,
            prefix: quote.prefix,
            suffix: quote.suffix,
            state: STATES[Math.floor(random() * STATES.length)],
            body: NOTES[Math.floor(random() * NOTES.length)],
            tags: JSON.stringify(random() < 0.5 ? [] : [TAGS[Math.floor(random() * TAGS.length)]]),
            author: authors[n % authors.length],
            created: new Date(created.getTime() + (n + 1) * 60_000),
          });
        }
      }
      // claims: sentences of the story, preferably with a figure, made from a claim annotation on a sentence of a report;
      // the same sentence in another report of the story is a second appearance when word for word the same, else
      // (another outlet gave another figure) sometimes a claim of its own: the disagreements conflict detection finds
      for (const report of told) {
        const claims = random() < 0.45 ? 0 : random() < 0.64 ? 1 : 2;
        for (let k = 0; k < Math.round(claims * claimsPerArticle) && report.sentences.length > 0; k++) {
          const figured = report.sentences.filter((x) => /\d/.test(x.text));
          const pool = figured.length > 0 && random() < 0.8 ? figured : report.sentences;
          const sentence = pool[Math.floor(random() * pool.length)]!;
          const index = report.sentences.indexOf(sentence);
          const claimId = pushClaim(report, sentence, k);
          for (const other of told) {
            if (other === report || other.sentences.length !== report.sentences.length) continue;
            const same = other.sentences[index]!;
            if (same.text === sentence.text) {
              if (random() < 0.3) pushAppearance(claimId, other, same, 1);
            } else if (random() < 0.5) pushClaim(other, same, k + 2);
          }
        }
      }
    }

    type Report = { articleId: string; versionId: string; text: string; created: Date; published: Date };
    type Sentence = { start: number; end: number; text: string };
    function pushClaim(report: Report, sentence: Sentence, k: number): string {
      const claimId = `c${claimIndex++}`;
      const created = new Date(report.created.getTime() + 2 * 3_600_000 + k * 60_000);
      const quote = describeSpan(report.text, sentence.start, sentence.end).quote;
      const extraction = extractPassage(
        { text: report.text, start: sentence.start, end: sentence.end },
        { publishedAt: report.published },
      );
      const fields = suggestClaimFields(quote.exact, extraction);
      cl.push({
        id: claimId,
        statement: fields.statement,
        claimant: fields.claimant,
        claimDate: report.published,
        metric: fields.metric,
        valueLow: fields.valueLow,
        valueHigh: fields.valueHigh,
        qualifier: fields.qualifier,
        unit: fields.unit,
        eventDate: fields.eventDate ? new Date(`${fields.eventDate}T00:00:00Z`) : null,
        eventPlace: findEventPlace(sentence.text),
        creator: people.editorId,
        editor: random() < 0.5 ? people.editorId : null,
        reviewer: random() < 0.3 ? people.reviewerId : null,
        created,
      });
      pushAppearance(claimId, report, sentence, 0, created);
      if (random() < verdictChance) pushVerdict(claimId, created);
      return claimId;
    }

    function pushAppearance(
      claimId: string,
      report: Report,
      sentence: Sentence,
      n: number,
      at = new Date(report.created.getTime() + 3 * 3_600_000),
    ): void {
      const annotationId = `n${annotationIndex++}`;
      const quote = describeSpan(report.text, sentence.start, sentence.end).quote;
      an.push({
        id: annotationId,
        article: report.articleId,
        version: report.versionId,
        kind: "CLAIM",
        start: sentence.start,
        end: sentence.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        state: "EXACT",
        body: "",
        tags: "[]",
        author: people.editorId,
        created: at,
      });
      const extraction = extractPassage(
        { text: report.text, start: sentence.start, end: sentence.end },
        { publishedAt: report.published },
      );
      ap.push({
        id: `p${claimId}_${n}_${ap.length}`,
        claim: claimId,
        annotation: annotationId,
        creator: people.editorId,
        created: at,
        extraction: JSON.stringify(extraction),
      });
    }

    function pushVerdict(claimId: string, claimCreated: Date): void {
      const id = `d${verdictIndex++}`;
      const status: Verdict = VERDICT_STATES[Math.floor(random() * VERDICT_STATES.length)]!;
      const created = new Date(claimCreated.getTime() + DAY);
      const reviewed = new Date(created.getTime() + 2 * DAY);
      const level = people.ratingLevelIds[Math.floor(random() * people.ratingLevelIds.length)]!;
      const lock = status === "DRAFT" ? 1 : status === "SUBMITTED" ? 2 : 3;
      vd.push({
        id,
        claim: claimId,
        author: people.editorId,
        status,
        lock,
        created,
        updated: status === "DRAFT" || status === "SUBMITTED" ? created : reviewed,
      });
      rev.push({
        id: `${id}r1`,
        verdict: id,
        number: 1,
        level,
        summary: "Checked against the primary sources: the hospital register and the council minutes.",
        author: people.editorId,
        created,
      });
      ev.push({
        id: `${id}e1`,
        revision: `${id}r1`,
        url: `https://evidence.example.test/${claimId}`,
        title: "Primary source",
        created,
      });
      const decision =
        status === "APPROVED"
          ? "APPROVE"
          : status === "REJECTED"
            ? "REJECT"
            : status === "CHANGES_REQUESTED"
              ? "REQUEST_CHANGES"
              : null;
      if (decision)
        rw.push({
          id: `${id}w1`,
          verdict: id,
          revision: `${id}r1`,
          reviewer: people.reviewerId,
          decision,
          reason: decision === "APPROVE" ? null : "The second source does not say this.",
          created: reviewed,
        });
    }

    const ws = people.workspaceId;
    await client.query(
      `INSERT INTO "Article" (id, "workspaceId", title, outlet, url, "publishedAt", language, "createdById", "createdAt", "updatedAt")
       SELECT id, $1, title, outlet, url, published, 'en', creator, created, created
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp[], $7::timestamp[], $8::text[]) AS t(id, title, outlet, url, published, created, creator)`,
      [ws, ...a.arrays()],
    );
    await client.query(
      `INSERT INTO "ArticleVersion" (id, "workspaceId", "articleId", number, text, sha256, "createdById", "createdAt")
       SELECT id, $1, article, number, text, sha, creator, created
       FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::timestamp[]) AS t(id, article, number, text, sha, creator, created)`,
      [ws, ...ver.arrays()],
    );
    await client.query(
      `INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix, "anchorState", body, tags, "authorId", "createdAt", "updatedAt")
       SELECT id, $1, article, version, kind::"AnnotationKind", s, e, exact, prefix, suffix, state::"AnchorState", body,
              ARRAY(SELECT jsonb_array_elements_text(tags::jsonb)), author, created, created
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamp[])
         AS t(id, article, version, kind, s, e, exact, prefix, suffix, state, body, tags, author, created)`,
      [ws, ...an.arrays()],
    );
    await client.query(
      `INSERT INTO "Claim" (id, "workspaceId", statement, claimant, "claimDate", metric, "valueLow", "valueHigh", qualifier, unit, "eventDate", "eventPlace", "createdById", "assignedEditorId", "assignedReviewerId", "createdAt", "updatedAt")
       SELECT id, $1, statement, claimant, claim_date, metric, low, high, qualifier::"ValueQualifier", unit, event_date, place, creator, editor, reviewer, created, created
       FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamp[], $6::text[], $7::numeric[], $8::numeric[], $9::text[], $10::text[], $11::timestamp[], $12::text[], $13::text[], $14::text[], $15::text[], $16::timestamp[])
         AS t(id, statement, claimant, claim_date, metric, low, high, qualifier, unit, event_date, place, creator, editor, reviewer, created)`,
      [ws, ...cl.arrays()],
    );
    await client.query(
      `INSERT INTO "ClaimAppearance" (id, "workspaceId", "claimId", "annotationId", "createdById", "createdAt", extraction)
       SELECT id, $1, claim, annotation, creator, created, extraction::jsonb FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp[], $7::text[]) AS t(id, claim, annotation, creator, created, extraction)`,
      [ws, ...ap.arrays()],
    );
    await client.query(
      `INSERT INTO "Verdict" (id, "workspaceId", "claimId", "authorId", status, "lockVersion", "createdAt", "updatedAt")
       SELECT id, $1, claim, author, status::"VerdictStatus", lock, created, updated FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamp[], $8::timestamp[]) AS t(id, claim, author, status, lock, created, updated)`,
      [ws, ...vd.arrays()],
    );
    await client.query(
      `INSERT INTO "VerdictRevision" (id, "workspaceId", "verdictId", number, "ratingLevelId", summary, "authorId", "createdAt")
       SELECT id, $1, verdict, number, level, summary, author, created FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::timestamp[]) AS t(id, verdict, number, level, summary, author, created)`,
      [ws, ...rev.arrays()],
    );
    await client.query(
      `INSERT INTO "Evidence" (id, "workspaceId", "revisionId", url, title, "isPrimary", "createdAt")
       SELECT id, $1, revision, url, title, true, created FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp[]) AS t(id, revision, url, title, created)`,
      [ws, ...ev.arrays()],
    );
    await client.query(
      `INSERT INTO "Review" (id, "workspaceId", "verdictId", "revisionId", "reviewerId", decision, reason, "createdAt")
       SELECT id, $1, verdict, revision, reviewer, decision::"ReviewDecision", reason, created FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamp[]) AS t(id, verdict, revision, reviewer, decision, reason, created)`,
      [ws, ...rw.arrays()],
    );
    log(
      `${articleIndex.toLocaleString("en")} articles, ${annotationIndex.toLocaleString("en")} annotations, ${claimIndex.toLocaleString("en")} claims, ${verdictIndex.toLocaleString("en")} verdicts`,
    );
  }

  // approvals newest first, APPROVALS_PER_DAY a day back from LAST_APPROVAL_DAY (the export's window is counted in days)
  await client.query(
    `WITH ranked AS (SELECT rv.id, rv."verdictId", (row_number() OVER (ORDER BY rv."createdAt" DESC, rv.id) - 1) AS k FROM "Review" rv WHERE rv."workspaceId" = $1 AND rv.decision = 'APPROVE'),
          dated AS (SELECT id, "verdictId", timestamp '${LAST_APPROVAL_DAY} 12:00' - (k / ${APPROVALS_PER_DAY}) * interval '1 day' - (k % ${APPROVALS_PER_DAY}) * interval '1 minute' AS at FROM ranked),
          reviews AS (UPDATE "Review" rv SET "createdAt" = d.at FROM dated d WHERE rv.id = d.id RETURNING rv."verdictId", d.at)
     UPDATE "Verdict" v SET "updatedAt" = r.at FROM reviews r WHERE v.id = r."verdictId"`,
    [people.workspaceId],
  );
  log("approval dates set");
  const audited = performance.now();
  // the audit trail: one event per claim and per annotation created, in time order (the trigger chains the hashes)
  await client.query(
    `INSERT INTO "AuditEvent" (id, "workspaceId", "actorId", action, "entityType", "entityId", after, "createdAt")
     SELECT 'ev_' || kind || id, $1, author, action, entity, id, after, created FROM (
       SELECT 'n' AS kind, id, "authorId" AS author, 'annotation.created' AS action, 'Annotation' AS entity, jsonb_build_object('id', id, 'start', start, 'end', "end", 'exact', exact) AS after, "createdAt" AS created FROM "Annotation" WHERE "workspaceId" = $1
       UNION ALL
       SELECT 'c', id, "createdById", 'claim.created', 'Claim', jsonb_build_object('statement', statement, 'claimant', claimant, 'metric', metric), "createdAt" FROM "Claim" WHERE "workspaceId" = $1
     ) e ORDER BY created, id`,
    [people.workspaceId],
  );
  log(`audit events written in ${((performance.now() - audited) / 1000).toFixed(1)} s`);
}
