import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";

export interface NotificationContext {
  /** the workspace's slug, for links */
  slug: string;
  workspaceName: string;
  /** who did it, as the inbox names them; null for an account that is gone (the wording says "Someone") */
  actorName: string | null;
}

/** What every notification of a workspace change names: the workspace and the person who acted. */
export async function notificationContext(tx: Tx, actor: Actor): Promise<NotificationContext> {
  const [workspace, user] = await Promise.all([
    tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { slug: true, name: true } }),
    tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } }),
  ]);
  return { slug: workspace.slug, workspaceName: workspace.name, actorName: user?.name ?? user?.email ?? null };
}

const TITLE_QUOTE_LENGTH = 90;

/** A claim or report title inside a one-line title (whose message quotes it): cut at a word with "…" when long (the body quotes it in full). */
export function shortenForTitle(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine.length <= TITLE_QUOTE_LENGTH) return oneLine;
  const cut = oneLine.slice(0, TITLE_QUOTE_LENGTH);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), TITLE_QUOTE_LENGTH / 2)).trimEnd();
  return `${atWord}…`;
}
