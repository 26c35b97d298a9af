/**
 * The demo workspace's story, told through the app's own use cases (so every
 * step is authorized and audited like real work): claims across two outlets'
 * flood coverage, verdicts in every state, a review waiting, a figure conflict
 * and an altered-quote conflict, notes with replies, a published report with
 * a dated correction, and an invitation waiting for a new reporter.
 */
import { db } from "../../lib/db/client";
import { importArticle } from "../../lib/articles/import-article";
import { createAnnotation } from "../../lib/annotations/create-annotation";
import { createReply } from "../../lib/annotations/create-reply";
import { createClaim } from "../../lib/claims/create-claim";
import { linkAppearance } from "../../lib/claims/link-appearance";
import { CreateClaimInputSchema, LinkAppearanceInputSchema } from "../../lib/claims/schemas";
import { createVerdict } from "../../lib/verdicts/create-verdict";
import { reviseVerdict } from "../../lib/verdicts/revise-verdict";
import { reviewVerdict } from "../../lib/verdicts/review-verdict";
import { submitVerdict } from "../../lib/verdicts/step-verdict";
import {
  CreateVerdictInputSchema,
  ReviseVerdictInputSchema,
  ReviewVerdictInputSchema,
} from "../../lib/verdicts/schemas";
import { createReport } from "../../lib/reports/create-report";
import { publishReport } from "../../lib/reports/publish-report";
import { CreateReportInputSchema } from "../../lib/reports/schemas";
import { storeDetectedConflicts } from "../../lib/conflicts/detect-conflicts";
import { inviteMember } from "../../lib/invitations/invite-member";
import { InviteMemberInputSchema } from "../../lib/invitations/schemas";
import type { Actor, Role } from "../../lib/policy/actor";
import { readFileSync } from "node:fs";

/** The three demo articles, written by the Factdesk team (read at run time, so every runner — tsx, Vitest, Playwright — loads them alike). */
const articles = JSON.parse(readFileSync(new URL("./articles.json", import.meta.url), "utf8")) as {
  title: string;
  outlet: string;
  author: string;
  language: string;
  publishedAt: string;
  text: string;
}[];

type Cast = Record<Role, Actor>;
interface DemoArticle {
  id: string;
  versionId: string;
  text: string;
}

const FIRE_SERVICE = {
  url: "https://fire.maren-region.example/statements/flood",
  title: "Regional fire service: flood statement",
};
const HEALTH_AUTHORITY = {
  url: "https://health.maren-region.example/flood-update",
  title: "Regional health authority: flood update",
};

export async function tellDemoStory(cast: Cast): Promise<void> {
  const [storm, tollRises, cycling] = (await importDemoArticles(cast.EDITOR)) as [
    DemoArticle,
    DemoArticle,
    DemoArticle,
  ];
  const flood = { eventLabel: "Maren flood", eventDate: "2026-11-17", eventPlace: "Maren valley" };

  // 1. A toll in the first report: checked, approved, published — and later corrected.
  const toll = await claim(cast.EDITOR, storm, "At least 12 people were killed", {
    statement: "At least 12 people were killed in the Maren flood",
    claimant: "Regional fire service",
    metric: "killed",
    valueLow: "12",
    qualifier: "AT_LEAST",
    ...flood,
  });
  const tollVerdict = await verdict(
    cast.EDITOR,
    toll,
    "ACCURATE",
    "The regional fire service's statement of Wednesday morning lists twelve confirmed deaths.",
    [FIRE_SERVICE],
  );
  let lock = await submit(cast.EDITOR, tollVerdict, 1);
  lock = await review(cast.REVIEWER, tollVerdict, lock, "APPROVE");

  // 2. The same aid figure in both outlets: one claim, two appearances, approved.
  const aid = await claim(cast.EDITOR, storm, "40 million euros in emergency aid", {
    statement: "The regional government promised 40 million euros in emergency aid",
    claimant: "Regional government",
    metric: "emergency aid",
    valueLow: "40000000",
    qualifier: "EXACT",
    unit: "EUR",
    ...flood,
  });
  await linkAppearance(
    cast.EDITOR,
    LinkAppearanceInputSchema.parse({
      claimId: aid,
      annotationId: await mark(cast.EDITOR, tollRises, "40 million euros"),
    }),
  );
  const aidVerdict = await verdict(
    cast.EDITOR,
    aid,
    "ACCURATE",
    "The government's press release and the budget committee's agenda both give 40 million euros.",
    [{ url: "https://gov.maren-region.example/aid", title: "Aid package press release" }],
  );
  await review(cast.REVIEWER, aidVerdict, await submit(cast.EDITOR, aidVerdict, 1), "APPROVE");

  // 3. The report on the first article, published; then the toll changes and the correction is dated.
  const report = await createReport(
    cast.EDITOR,
    CreateReportInputSchema.parse({
      title: "Fact-check: Night of storms leaves river towns under water",
      scope: "ARTICLE",
      articleId: storm.id,
    }),
  );
  await publishReport(cast.REVIEWER, report.id);
  lock = (
    await reviseVerdict(
      cast.EDITOR,
      ReviseVerdictInputSchema.parse({
        verdictId: tollVerdict,
        lockVersion: lock,
        ratingKey: "MOSTLY_ACCURATE",
        summary:
          "Twelve deaths were confirmed on Wednesday morning; by the evening the health authority counted 19, so 'at least 12' was right but soon out of date.",
        evidence: [FIRE_SERVICE, HEALTH_AUTHORITY],
        correctionNote: "Under revision: the toll rose to 19 later that day.",
      }),
    )
  ).lockVersion;
  lock = await submit(cast.EDITOR, tollVerdict, lock);
  await review(
    cast.REVIEWER,
    tollVerdict,
    lock,
    "APPROVE",
    null,
    "Rating changed from Accurate to Mostly accurate: the toll rose to 19 later that day.",
  );

  // 4. The second outlet's toll: submitted, waiting in the review queue.
  const higherToll = await claim(cast.EDITOR, tollRises, "At least 19 people died", {
    statement: "At least 19 people died in the Maren flood",
    claimant: "Regional health authority",
    metric: "killed",
    valueLow: "19",
    qualifier: "AT_LEAST",
    ...flood,
  });
  const waiting = await verdict(
    cast.EDITOR,
    higherToll,
    "ACCURATE",
    "The health authority's update of Wednesday evening lists 19 deaths by name and age.",
    [HEALTH_AUTHORITY],
  );
  await submit(cast.EDITOR, waiting, 1);

  // 5. A figure conflict: about 3,400 evacuated in one report, more than 5,000 in the other.
  await claim(cast.EDITOR, storm, "evacuated about 3,400 residents", {
    statement: "About 3,400 residents were evacuated from Lowbridge and Eastholm",
    claimant: "Rescue crews",
    metric: "evacuated",
    valueLow: "3400",
    qualifier: "ABOUT",
    ...flood,
  });
  await claim(cast.EDITOR, tollRises, "more than 5,000 people had left their homes", {
    statement: "More than 5,000 people were evacuated in the Maren flood",
    claimant: "Officials",
    metric: "evacuated",
    valueLow: "5000",
    qualifier: "MORE_THAN",
    ...flood,
  });

  // 6. An altered quote: the fire chief's words differ between the outlets.
  await claim(cast.EDITOR, storm, "We have never seen the river climb this fast", {
    statement: "We have never seen the river climb this fast",
    claimant: "Dana Oyelaran",
    ...flood,
  });
  await claim(cast.EDITOR, tollRises, "We have never seen the river rise this quickly", {
    statement: "We have never seen the river rise this quickly",
    claimant: "Dana Oyelaran",
    ...flood,
  });

  // 7. The cycling budget: one verdict sent back with a reason, one rejected, one still a draft.
  const vote = await claim(cast.EDITOR, cycling, "voted 27 to 14", {
    statement: "The city council voted 27 to 14 for the cycling budget",
    claimant: "City council",
  });
  const sentBack = await verdict(cast.EDITOR, vote, "ACCURATE", "The council's minutes record the vote.", [
    { url: "https://council.example/minutes/2026-11-10", title: "Council minutes, 10 November" },
  ]);
  await review(
    cast.REVIEWER,
    sentBack,
    await submit(cast.EDITOR, sentBack, 1),
    "REQUEST_CHANGES",
    "Link the page of the minutes with the roll call, and say whether abstentions were counted.",
  );
  const doubling = await claim(cast.EDITOR, cycling, "double the number of people cycling to work by 2030", {
    statement: "The plan will double the number of people cycling to work by 2030",
    claimant: "Ines Marlow",
  });
  const rejected = await verdict(cast.EDITOR, doubling, "FALSE_CLAIM", "No study supports the doubling.", []);
  await review(
    cast.REVIEWER,
    rejected,
    await submit(cast.EDITOR, rejected, 1),
    "REJECT",
    "A forecast is not checkable as false: rate it Unverifiable and cite the council's own projection.",
  );
  const costs = await claim(cast.EDITOR, cycling, "8.5 million euros", {
    statement: "The council will spend 8.5 million euros on protected cycle lanes",
    claimant: "City council",
    metric: "budget",
    valueLow: "8500000",
    qualifier: "EXACT",
    unit: "EUR",
  });
  await verdict(
    cast.EDITOR,
    costs,
    "MOSTLY_ACCURATE",
    "Draft: the 8.5 million covers three years; maintenance is budgeted separately.",
    [],
  );

  // 8. Notes and a discussion on the critics' point.
  const note = await createAnnotation(
    cast.EDITOR,
    passage(cycling, "underestimated by at least a third", {
      kind: "NOTE",
      body: "Which critics? Ask the **council's finance office** for the maintenance estimate.",
      tags: ["follow-up", "budget"],
    }),
  );
  await createReply(cast.REVIEWER, {
    annotationId: note.id,
    body: "The opposition's budget memo has the figure; I'll send it over.",
  });
  await createReply(cast.EDITOR, {
    annotationId: note.id,
    body: "Got it: they estimate 1.2 million a year against 0.9 in the plan.",
  });

  // 9. A new reporter invited by email: on the demo (no SMTP) the mail waits on the /outbox page.
  await inviteMember(
    cast.ADMIN,
    InviteMemberInputSchema.parse({ email: "new.reporter@demo.factdesk.test", name: "Noor Newcomer", role: "EDITOR" }),
  );

  // 10. What the detector finds (it also runs after each change; this makes it certain before the first visit).
  await storeDetectedConflicts(cast.REVIEWER);
}

async function importDemoArticles(editor: Actor): Promise<DemoArticle[]> {
  const out: DemoArticle[] = [];
  for (const a of articles) {
    const { id } = await importArticle(
      editor,
      { kind: "text", text: a.text },
      { title: a.title, outlet: a.outlet, author: a.author, language: a.language, publishedAt: a.publishedAt },
    );
    const version = await db.articleVersion.findFirstOrThrow({
      where: { articleId: id },
      select: { id: true, text: true },
    });
    out.push({ id, versionId: version.id, text: version.text });
  }
  return out;
}

function passage(
  article: DemoArticle,
  phrase: string,
  extra: { kind: "NOTE" | "CLAIM"; body?: string; tags?: string[] },
) {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`demo: "${phrase}" is not in the article`);
  return {
    articleId: article.id,
    versionId: article.versionId,
    start,
    end: start + phrase.length,
    exact: phrase,
    kind: extra.kind,
    body: extra.body ?? "",
    tags: extra.tags ?? [],
  };
}

async function mark(editor: Actor, article: DemoArticle, phrase: string): Promise<string> {
  return (await createAnnotation(editor, passage(article, phrase, { kind: "CLAIM" }))).id;
}

async function claim(
  editor: Actor,
  article: DemoArticle,
  phrase: string,
  fields: Record<string, string>,
): Promise<string> {
  const annotationId = await mark(editor, article, phrase);
  return (await createClaim(editor, CreateClaimInputSchema.parse({ annotationId, ...fields }))).id;
}

async function verdict(
  editor: Actor,
  claimId: string,
  ratingKey: string,
  summary: string,
  evidence: { url: string; title: string }[],
): Promise<string> {
  return (await createVerdict(editor, CreateVerdictInputSchema.parse({ claimId, ratingKey, summary, evidence }))).id;
}

async function submit(editor: Actor, verdictId: string, lockVersion: number): Promise<number> {
  return (await submitVerdict(editor, { verdictId, lockVersion })).lockVersion;
}

async function review(
  reviewer: Actor,
  verdictId: string,
  lockVersion: number,
  decision: "APPROVE" | "REJECT" | "REQUEST_CHANGES",
  reason: string | null = null,
  correctionNote: string | null = null,
): Promise<number> {
  return (
    await reviewVerdict(
      reviewer,
      ReviewVerdictInputSchema.parse({
        verdictId,
        lockVersion,
        decision,
        reason: reason ?? undefined,
        acknowledgeWarnings: true,
        correctionNote,
      }),
    )
  ).lockVersion;
}
