import type { Tx } from "@/lib/db/client";
import type { NewNotification } from "@/lib/notifications/notify";
import { shortenForTitle } from "@/lib/notifications/notification-context";

export interface TurnedSource {
  id: string;
  workspaceId: string;
  url: string;
  health: "DEAD" | "CHANGED";
  /** the status the check got (null: no answer) */
  status: number | null;
}

/** claims a notification lists by name; more are counted ("and 3 more") */
const CLAIMS_NAMED = 5;

/**
 * SOURCE_UNAVAILABLE for the authors of the verdicts that cite a source as
 * evidence in their current revision (claims not deleted), once, when the
 * periodic check finds it went offline or changed: one notification per
 * author, naming their claims and linking the source's page with its
 * preserved copy. Verdicts that cited it only in an earlier revision no
 * longer rely on it.
 */
export async function sourceUnavailableNotifications(tx: Tx, source: TurnedSource): Promise<NewNotification[]> {
  const citing = await tx.evidence.findMany({
    where: { workspaceId: source.workspaceId, url: source.url, revisionId: { not: null } },
    select: {
      revision: {
        select: {
          number: true,
          verdict: {
            select: {
              authorId: true,
              revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
              claim: { select: { id: true, statement: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  const claimsByAuthor = new Map<string, Map<string, string>>();
  for (const { revision } of citing) {
    if (!revision) continue;
    const { verdict } = revision;
    if (verdict.claim.deletedAt || verdict.revisions[0]?.number !== revision.number) continue;
    const claims = claimsByAuthor.get(verdict.authorId) ?? new Map<string, string>();
    claims.set(verdict.claim.id, verdict.claim.statement);
    claimsByAuthor.set(verdict.authorId, claims);
  }
  if (claimsByAuthor.size === 0) return [];
  const workspace = await tx.workspace.findUniqueOrThrow({
    where: { id: source.workspaceId },
    select: { slug: true, name: true },
  });
  const host = new URL(source.url).host;
  return [...claimsByAuthor].map(([userId, claims]) => {
    const statements = [...claims.values()];
    const named = statements.slice(0, CLAIMS_NAMED).map((s) => `“${shortenForTitle(s)}”`);
    return {
      userId,
      workspaceId: source.workspaceId,
      kind: "SOURCE_UNAVAILABLE" as const,
      wording: (t) => ({
        title: t("notification.sourceUnavailable.title", { health: source.health, host }),
        body: t("notification.sourceUnavailable.body", {
          health: source.health,
          url: source.url,
          status: source.status === null ? t("notification.sourceUnavailable.noAnswer") : String(source.status),
          count: statements.length,
          workspace: workspace.name,
          claims:
            statements.length > CLAIMS_NAMED
              ? t("notification.sourceUnavailable.andMore", {
                  claims: named.join(", "),
                  more: statements.length - CLAIMS_NAMED,
                })
              : named.join(", "),
        }),
      }),
      link: `/w/${workspace.slug}/sources/${source.id}`,
    };
  });
}
