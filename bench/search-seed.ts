/**
 * Test data for the search benchmark, generated deterministically and
 * inserted in bulk (unnest of arrays, 1,000–10,000 rows per statement): a
 * newsroom's articles mixing the sentences of the project's test articles (test/articles)
 * with generated reporting about many places, people, organisations and
 * topics (picked with a skew, so a few are everywhere and most are rare, as in
 * real news), annotations on real spans of those texts, claims made from
 * claim annotations, and verdicts in every review state.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { splitSentences } from "@/lib/claims/split-sentences";
import { seeded } from "./support/seeded-random";
import { inventWord } from "./support/invented-word";
import { testArticles } from "@/test/articles/test-articles";

export interface SeedSize {
  articles: number;
  annotations: number;
  claims: number;
}

export interface SeedTarget {
  workspaceId: string;
  /** members who write annotations and claims */
  authorIds: string[];
  /** the workspace's rating level ids */
  ratingLevelIds: string[];
  /** row id prefix, unique per workspace */
  prefix: string;
  seed: number;
}

const TOPICS = [
  "ceasefire",
  "inflation",
  "election",
  "flood",
  "wildfire",
  "strike",
  "protest",
  "vaccine",
  "budget",
  "tariff",
  "earthquake",
  "drought",
  "refugees",
  "sanctions",
  "pipeline",
  "merger",
  "hospital",
  "school",
  "pension",
  "housing",
  "drone",
  "missile",
  "harvest",
  "heatwave",
  "blackout",
  "ferry",
  "bridge",
  "bank",
  "census",
  "smuggling",
];
const EVENTS = ["killed", "injured", "evacuated", "arrested", "displaced", "rescued", "detained", "missing"];
const OUTLETS = [
  "The Daily Ledger",
  "Northern Post",
  "Kyiv Courier",
  "Le Petit Quotidien",
  "Zürcher Blatt",
  "Harbour Times",
  "Evening Standard-Bearer",
  "Radio Delta",
  "Wire Service One",
  "Metro Herald",
  "Coastal Gazette",
  "São Paulo Diário",
];
const TAGS = [
  "casualties",
  "numbers",
  "quote",
  "sources",
  "economy",
  "health",
  "climate",
  "election",
  "attribution",
  "context",
  "follow-up",
  "legal",
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
  "RELOCATED",
  "TEXT_CHANGED",
  "AMBIGUOUS",
  "ORPHANED",
];
const VERDICT_STATES = ["APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DRAFT", "REJECTED", "CHANGES_REQUESTED"];
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
/** rows are made over two years, in insertion order, as a real desk makes them */
const SPAN = 730 * DAY;

export interface Vocabulary {
  places: string[];
  people: string[];
  orgs: string[];
  corpus: string[];
}

export function vocabulary(seed: number): Vocabulary {
  const random = seeded(seed);
  const word = (parts: number) => inventWord(random, parts);
  const places = Array.from({ length: 1_500 }, () => word(2 + Math.floor(random() * 2)));
  const people = Array.from({ length: 2_000 }, () => `${word(2)} ${word(2 + Math.floor(random() * 2))}`);
  const orgs = Array.from(
    { length: 300 },
    () =>
      `${["Ministry of", "Council of", "Institute for", "Agency for", "Union of"][Math.floor(random() * 5)]} ${word(3)}`,
  );
  const corpus = testArticles()
    .flatMap((a) => splitSentences(a.text).map((s) => s.text))
    .filter((s) => s.length > 40);
  return { places, people, orgs, corpus };
}

/** Generated reporting: picks with a skew (a few names everywhere, most rare) and sentences of the test articles. */
export function writer(v: Vocabulary, random: () => number) {
  const skewed = <T>(list: T[]) => list[Math.floor(list.length * random() ** 3)]!;
  const any = <T>(list: T[]) => list[Math.floor(list.length * random())]!;
  const n = () => String(2 + Math.floor(random() ** 2 * 400));
  const templates: (() => string)[] = [
    () =>
      `${skewed(v.people)}, a spokesperson for the ${skewed(v.orgs)}, said ${n()} people were ${any(EVENTS)} in ${skewed(v.places)}.`,
    () => `Officials in ${skewed(v.places)} reported ${n()} cases linked to the ${any(TOPICS)}.`,
    () => `The ${skewed(v.orgs)} denied reports about the ${any(TOPICS)} in ${skewed(v.places)}.`,
    () => `“We will not accept this,” ${skewed(v.people)} told reporters in ${skewed(v.places)}.`,
    () => `According to the ${skewed(v.orgs)}, at least ${n()} people were ${any(EVENTS)} after the ${any(TOPICS)}.`,
    () => `${skewed(v.people)} announced a ${any(TOPICS)} plan worth ${n()} million euros for ${skewed(v.places)}.`,
    () => `Residents of ${skewed(v.places)} said the ${any(TOPICS)} had lasted ${n()} days.`,
  ];
  const sentence = () => (random() < 0.45 ? any(v.corpus) : any(templates)());
  return {
    title: () =>
      `${any(TOPICS)[0]!.toUpperCase()}${any(TOPICS).slice(1)} in ${skewed(v.places)}: ${skewed(v.people)} says ${n()} ${any(EVENTS)}`,
    paragraph: () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(" "),
    note: () =>
      random() < 0.3
        ? ""
        : any([
            () => `Check the figure ${n()} against the ${skewed(v.orgs)} statement.`,
            () => `Source: ${skewed(v.people)}, interviewed in ${skewed(v.places)}.`,
            () => `Verify the ${any(TOPICS)} numbers with the ${skewed(v.orgs)}.`,
            () => `Other outlets report ${n()} ${any(EVENTS)}, not this figure.`,
            () => `Quote attributed to ${skewed(v.people)}: find the recording.`,
          ])(),
    person: () => skewed(v.people),
    outlet: () => any(OUTLETS),
    tags: () =>
      random() < 0.5
        ? []
        : random() < 0.7
          ? [any(TAGS)]
          : [any(TAGS), any(TAGS)].filter((t, i, a) => a.indexOf(t) === i),
    state: () => any(STATES),
    verdictState: () => any(VERDICT_STATES),
    day: () => new Date(START + Math.floor(random() * 700) * DAY),
    /** the creation time of the i-th of n rows: in order over the span, a few hours of jitter */
    at: (i: number, n: number) => new Date(START + Math.floor((i / n) * SPAN + random() * 6 * 3_600_000)),
    /** an index below `limit`, most often a recent one */
    recent: (limit: number) => Math.max(0, limit - 1 - Math.floor(random() ** 3 * limit)),
  };
}

/** Collects rows as one array per column, the shape `unnest($1::text[], …)` takes. */
function columns<K extends string>(...keys: K[]) {
  const values = Object.fromEntries(keys.map((k) => [k, [] as unknown[]])) as Record<K, unknown[]>;
  return {
    push: (row: Record<K, unknown>) => keys.forEach((k) => values[k].push(row[k])),
    arrays: () => keys.map((k) => values[k]),
  };
}

/** Inserts one workspace's articles (10 % with an older version), annotations, claims and verdicts. */
export async function seedWorkspace(
  client: pg.Client,
  target: SeedTarget,
  size: SeedSize,
  v: Vocabulary,
): Promise<void> {
  const random = seeded(target.seed);
  const w = writer(v, random);
  const ws = target.workspaceId;
  const author = (i: number) => target.authorIds[i % target.authorIds.length]!;
  const id = (kind: string, i: number) => `${target.prefix}${kind}${i.toString(36)}`;

  const articles: { id: string; versionId: string; text: string }[] = [];
  for (let start = 0; start < size.articles; start += 1_000) {
    const a = columns("id", "title", "outlet", "byline", "published", "created", "creator");
    const ver = columns("id", "article", "number", "text", "sha", "creator");
    for (let i = start; i < Math.min(start + 1_000, size.articles); i++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 4) }, w.paragraph).join("\n\n");
      const created = w.at(i, size.articles);
      a.push({
        id: id("a", i),
        title: w.title(),
        outlet: w.outlet(),
        byline: w.person(),
        published: new Date(created.getTime() - Math.floor(random() * 2 * DAY)),
        created,
        creator: author(i),
      });
      const versions = random() < 0.1 ? [`${w.paragraph()}\n\n${text}`, text] : [text];
      versions.forEach((t, k) =>
        ver.push({
          id: id(`v${k}_`, i),
          article: id("a", i),
          number: k + 1,
          text: t,
          sha: createHash("sha256").update(t).digest("hex"),
          creator: author(i),
        }),
      );
      articles.push({ id: id("a", i), versionId: id(`v${versions.length - 1}_`, i), text });
    }
    await client.query(
      `INSERT INTO "Article" (id, "workspaceId", title, outlet, author, "publishedAt", language, "createdById", "createdAt", "updatedAt")
       SELECT id, $1, title, outlet, byline, published, 'en', creator, created, created
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp[], $7::timestamp[], $8::text[]) AS t(id, title, outlet, byline, published, created, creator)`,
      [ws, ...a.arrays()],
    );
    await client.query(
      `INSERT INTO "ArticleVersion" (id, "workspaceId", "articleId", number, text, sha256, "createdById")
       SELECT id, $1, article, number, text, sha, creator
       FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[]) AS t(id, article, number, text, sha, creator)`,
      [ws, ...ver.arrays()],
    );
  }

  const annotationIds: string[] = [];
  for (let start = 0; start < size.annotations; start += 10_000) {
    const rows = columns(
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
      "deleted",
    );
    for (let i = start; i < Math.min(start + 10_000, size.annotations); i++) {
      // annotations come after their article, mostly on recent ones
      const article = articles[w.recent(Math.ceil(((i + 1) / size.annotations) * articles.length))]!;
      const from = Math.floor(random() * (article.text.length - 200));
      const to = from + 20 + Math.floor(random() * 120);
      annotationIds.push(id("n", i));
      rows.push({
        id: id("n", i),
        article: article.id,
        version: article.versionId,
        kind: random() < 0.3 ? "CLAIM" : "NOTE",
        start: from,
        end: to,
        exact: article.text.slice(from, to),
        prefix: article.text.slice(Math.max(0, from - 32), from),
        suffix: article.text.slice(to, to + 32),
        state: w.state(),
        body: w.note(),
        tags: JSON.stringify(w.tags()),
        author: author(i),
        created: w.at(i, size.annotations),
        deleted: random() < 0.02 ? w.day() : null,
      });
    }
    await client.query(
      `INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix, "anchorState", body, tags, "authorId", "createdAt", "updatedAt", "deletedAt")
       SELECT id, $1, article, version, kind::"AnnotationKind", s, e, exact, prefix, suffix, state::"AnchorState", body,
              ARRAY(SELECT jsonb_array_elements_text(tags::jsonb)), author, created, created, deleted
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamp[], $16::timestamp[])
         AS t(id, article, version, kind, s, e, exact, prefix, suffix, state, body, tags, author, created, deleted)`,
      [ws, ...rows.arrays()],
    );
  }
  await seedClaims(client, target, size.claims, annotationIds, w, random);
}

/** Claims made from annotations (their quote, cut to about 120 characters, as statement), with one or two appearances; most have a verdict. */
async function seedClaims(
  client: pg.Client,
  target: SeedTarget,
  count: number,
  annotationIds: string[],
  w: ReturnType<typeof writer>,
  random: () => number,
): Promise<void> {
  const ws = target.workspaceId;
  const id = (kind: string, i: number) => `${target.prefix}${kind}${i.toString(36)}`;
  const authorAt = (i: number) => target.authorIds[i % target.authorIds.length]!;
  const claims = columns("id", "annotation", "claimant", "day", "created", "author");
  const appearances = columns("id", "claim", "annotation");
  const verdicts = columns("id", "claim", "author", "status", "level");
  for (let i = 0; i < count; i++) {
    const first = annotationIds[w.recent(Math.ceil(((i + 1) / count) * annotationIds.length))]!;
    claims.push({
      id: id("c", i),
      annotation: first,
      claimant: w.person(),
      day: w.day(),
      created: w.at(i, count),
      author: authorAt(i),
    });
    const linked = new Set(
      random() < 0.3 ? [first, annotationIds[Math.floor(random() * annotationIds.length)]!] : [first],
    );
    [...linked].forEach((annotation, k) => appearances.push({ id: id(`p${k}_`, i), claim: id("c", i), annotation }));
    if (random() < 0.7) {
      const level = target.ratingLevelIds[Math.floor(random() * target.ratingLevelIds.length)]!;
      verdicts.push({ id: id("d", i), claim: id("c", i), author: authorAt(i + 1), status: w.verdictState(), level });
    }
  }
  await client.query(
    `INSERT INTO "Claim" (id, "workspaceId", statement, claimant, "claimDate", "createdById", "createdAt", "updatedAt")
     SELECT t.id, $1, substring(regexp_replace(an.exact, '[[:space:]]+', ' ', 'g') from '^.{1,120}[^[:space:]]*'), t.claimant, t.day, t.author, t.created, t.created
     FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamp[], $6::timestamp[], $7::text[]) AS t(id, annotation, claimant, day, created, author)
     JOIN "Annotation" an ON an.id = t.annotation`,
    [ws, ...claims.arrays()],
  );
  await client.query(
    `INSERT INTO "ClaimAppearance" (id, "workspaceId", "claimId", "annotationId", "createdById")
     SELECT id, $1, claim, annotation, $2 FROM unnest($3::text[], $4::text[], $5::text[]) AS t(id, claim, annotation)`,
    [ws, target.authorIds[0], ...appearances.arrays()],
  );
  const [ids, claimIds, authors, statuses, levels] = verdicts.arrays();
  await client.query(
    `INSERT INTO "Verdict" (id, "workspaceId", "claimId", "authorId", status, "updatedAt")
     SELECT id, $1, claim, author, status::"VerdictStatus", now() FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, claim, author, status)`,
    [ws, ids, claimIds, authors, statuses],
  );
  await client.query(
    `INSERT INTO "VerdictRevision" (id, "workspaceId", "verdictId", number, "ratingLevelId", summary, "authorId")
     SELECT id || '_r1', $1, id, 1, level, 'Checked against the primary sources.', author FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, level, author)`,
    [ws, ids, levels, authors],
  );
}
