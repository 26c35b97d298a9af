import { db } from "@/lib/db/client";
import { can } from "@/lib/policy/policy";
import type { SourceHealth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";
import { sourceScope } from "./scope";

/** What an evidence list shows beside a cited URL: the preserved copy's link and date, and its health. */
export interface SourceMark {
  id: string;
  fetchedAt: Date | null;
  health: SourceHealth;
}

/**
 * Members ("source.read"): the preservation state of these cited URLs in the
 * actor's workspace, by URL (a plain object: it crosses into client
 * components). Only URLs with a row are keys; nothing for an actor who may
 * not read sources.
 */
export async function findSourceMarks(actor: Actor, urls: readonly string[]): Promise<Record<string, SourceMark>> {
  const unique = [...new Set(urls)];
  if (unique.length === 0 || !can(actor, "source.read")) return {};
  const rows = await db.sourceSnapshot.findMany({
    where: { AND: [sourceScope(actor), { url: { in: unique } }] },
    select: { id: true, url: true, fetchedAt: true, health: true },
  });
  return Object.fromEntries(rows.map(({ url, ...mark }) => [url, mark]));
}
