import { db } from "@/lib/db/client";
import { articleTopic, claimTopic, type Topic } from "@/lib/live/topics";

/** What an AuditEvent names: the changed entity. */
export interface EntityRef {
  entityType: string;
  entityId: string;
}

export function entityKey(ref: EntityRef): string {
  return `${ref.entityType}:${ref.entityId}`;
}

/**
 * The topics (pages) a change touches, for changes of one workspace: one query
 * per entity type, however many changes. Deleted rows are looked up too (the
 * app deletes softly), so a deletion still reaches the page that showed the row.
 * Entity types no page shows live (members, rating scale) touch no topic.
 *
 * Trust: the workspace id comes from the AuditEvent row the server wrote, and
 * every lookup is limited to it, so an id can never pull in another workspace's page.
 */
export async function resolveTopics(workspaceId: string, refs: readonly EntityRef[]): Promise<Map<string, Topic[]>> {
  const idsOf = (type: string) => [...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const out = new Map<string, Topic[]>();
  const add = (type: string, id: string, topics: Topic[]) =>
    out.set(entityKey({ entityType: type, entityId: id }), [...new Set(topics)]);

  for (const id of idsOf("Article")) add("Article", id, [articleTopic(id)]);
  for (const id of idsOf("Conflict")) add("Conflict", id, [`conflict:${id}`]);

  const annotationIds = idsOf("Annotation");
  const replyIds = idsOf("Reply");
  const claimIds = idsOf("Claim");
  const verdictIds = idsOf("Verdict");
  const [annotations, replies, claims, verdicts] = await Promise.all([
    annotationIds.length === 0
      ? []
      : db.annotation.findMany({
          where: { workspaceId, id: { in: annotationIds } },
          select: { id: true, articleId: true, appearances: { select: { claimId: true } } },
        }),
    replyIds.length === 0
      ? []
      : db.reply.findMany({
          where: { workspaceId, id: { in: replyIds } },
          select: { id: true, annotation: { select: { articleId: true } } },
        }),
    claimIds.length === 0
      ? []
      : db.claim.findMany({
          where: { workspaceId, id: { in: claimIds } },
          select: { id: true, appearances: { select: { annotation: { select: { articleId: true } } } } },
        }),
    verdictIds.length === 0
      ? []
      : db.verdict.findMany({
          where: { workspaceId, id: { in: verdictIds } },
          select: {
            id: true,
            claimId: true,
            claim: { select: { appearances: { select: { annotation: { select: { articleId: true } } } } } },
          },
        }),
  ]);

  // an annotation's claim page lists its quote; the reader shows the annotation
  for (const a of annotations)
    add("Annotation", a.id, [articleTopic(a.articleId), ...a.appearances.map((x) => claimTopic(x.claimId))]);
  for (const r of replies) add("Reply", r.id, [articleTopic(r.annotation.articleId)]);
  // the reader shows the statements (and, through them, the verdicts) of the claims its passages state
  for (const c of claims)
    add("Claim", c.id, [claimTopic(c.id), ...c.appearances.map((x) => articleTopic(x.annotation.articleId))]);
  for (const v of verdicts) {
    add("Verdict", v.id, [
      claimTopic(v.claimId),
      "review",
      ...v.claim.appearances.map((x) => articleTopic(x.annotation.articleId)),
    ]);
  }
  return out;
}
