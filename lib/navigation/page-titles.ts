import { db } from "@/lib/db/client";
import { articleScope } from "@/lib/articles/scope";
import { claimScope } from "@/lib/claims/scope";
import { conflictScope } from "@/lib/conflicts/scope";
import { reportScope } from "@/lib/reports/scope";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

/**
 * What a browser tab calls a page about one thing: its title, statement or
 * question, read through the thing's scope with one small query (the page
 * itself loads much more). null when it is not there for this actor: the
 * page then answers 404 with its generic title.
 */
const TAB_TITLE_LENGTH = 70;

function short(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= TAB_TITLE_LENGTH ? line : `${line.slice(0, TAB_TITLE_LENGTH - 1).trimEnd()}…`;
}

export async function articleTabTitle(actor: Actor, articleId: string): Promise<string | null> {
  authorize(actor, "article.read");
  const row = await db.article.findFirst({ where: articleScope(actor, articleId), select: { title: true } });
  return row ? short(row.title) : null;
}

export async function claimTabTitle(actor: Actor, claimId: string): Promise<string | null> {
  authorize(actor, "workspace.read");
  const row = await db.claim.findFirst({ where: claimScope(actor, claimId), select: { statement: true } });
  return row ? `Claim: ${short(row.statement)}` : null;
}

export async function conflictTabTitle(actor: Actor, conflictId: string): Promise<string | null> {
  authorize(actor, "workspace.read");
  const row = await db.conflict.findFirst({ where: conflictScope(actor, conflictId), select: { question: true } });
  return row ? `Conflict: ${short(row.question)}` : null;
}

export async function reportTabTitle(actor: Actor, reportId: string): Promise<string | null> {
  authorize(actor, "workspace.read");
  const row = await db.report.findFirst({ where: reportScope(actor, reportId), select: { title: true } });
  return row ? short(row.title) : null;
}
