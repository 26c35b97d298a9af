import { db } from "@/lib/db/client";
import { articleScope } from "@/lib/articles/scope";
import { claimScope } from "@/lib/claims/scope";
import { conflictScope } from "@/lib/conflicts/scope";
import { reportScope } from "@/lib/reports/scope";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { questionFor, questionParamsFor } from "@/lib/conflicts/find-conflicts";
import type { ConflictQuestionParams } from "@/lib/conflicts/conflict-question";

/**
 * What a browser tab calls a page about one thing: its title, statement or
 * question, read through the thing's scope with one small query (the page
 * itself loads much more). null when it is not there for this actor: the
 * page then answers 404 with its generic title.
 */
const TAB_TITLE_LENGTH = 70;

/** A tab-sized line: whitespace folded, cut at 70 characters with an ellipsis. */
export function short(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= TAB_TITLE_LENGTH ? line : `${line.slice(0, TAB_TITLE_LENGTH - 1).trimEnd()}…`;
}

export async function articleTabTitle(actor: Actor, articleId: string): Promise<string | null> {
  authorize(actor, "article.read");
  const row = await db.article.findFirst({ where: articleScope(actor, articleId), select: { title: true } });
  return row ? short(row.title) : null;
}

/** The claim's statement, shortened (the page words the tab: "Claim: …" in the viewer's language). */
export async function claimTabTitle(actor: Actor, claimId: string): Promise<string | null> {
  authorize(actor, "workspace.read");
  const row = await db.claim.findFirst({ where: claimScope(actor, claimId), select: { statement: true } });
  return row ? short(row.statement) : null;
}

/**
 * The conflict's question as this actor may read it (a viewer gets a rating disagreement's neutral wording,
 * as on the page), with its params for the viewer's language: the page words and shortens it.
 */
export async function conflictTabTitle(
  actor: Actor,
  conflictId: string,
): Promise<{ question: string; questionParams: ConflictQuestionParams | null } | null> {
  authorize(actor, "workspace.read");
  const row = await db.conflict.findFirst({
    where: conflictScope(actor, conflictId),
    select: { kind: true, question: true, questionParams: true },
  });
  return row ? { question: questionFor(actor, row), questionParams: questionParamsFor(actor, row) } : null;
}

export async function reportTabTitle(actor: Actor, reportId: string): Promise<string | null> {
  authorize(actor, "workspace.read");
  const row = await db.report.findFirst({ where: reportScope(actor, reportId), select: { title: true } });
  return row ? short(row.title) : null;
}
