import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { foldLetters, foldName, isKnownName } from "@/lib/search/fold-names";
import { groupLabel, spellingsOf, type UpdateNameVariantsInput } from "@/lib/workspaces/schemas";
import type { NameVariantsDto } from "@/lib/workspaces/get-name-variants";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins only (policy workspace.settings): replaces the workspace's own
 * spelling variants used by claim look-up, search and suggestions. Limited to
 * the actor's workspace; audited with the list before and after. Refused with
 * InvalidInputError, changing nothing, when a group would make two different
 * built-in names one ("Kyiv|Kharkiv") or a spelling is in two groups.
 * In lib/claims, not lib/workspaces: its check folds names by the claim-matching rule (lib/search/fold-names.ts).
 */
export async function updateNameVariants(actor: Actor, input: UpdateNameVariantsInput): Promise<NameVariantsDto> {
  authorize(actor, "workspace.settings");
  assertConsistent(input.groups);
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUnique({
      where: { id: actor.workspaceId },
      select: { id: true, nameVariants: true },
    });
    if (!workspace) throw new NotFoundError("Workspace");
    const { count } = await tx.workspace.updateMany({
      where: { id: actor.workspaceId },
      data: { nameVariants: input.groups },
    });
    if (count === 0) throw new NotFoundError("Workspace");
    await recordAuditEvent(tx, actor, {
      action: "workspace.name_variants_updated",
      entityType: "Workspace",
      entityId: workspace.id,
      before: { groups: workspace.nameVariants },
      after: { groups: input.groups },
    });
    return { groups: input.groups };
  });
}

/** Each spelling in one group only, and no group joining two built-in names. */
function assertConsistent(groups: string[]): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const group of groups) {
    const spellings = spellingsOf(group);
    const builtIn = [...new Set(spellings.filter((s) => isKnownName(s)).map((s) => foldName(s)))];
    if (builtIn.length > 1)
      problems.push(
        `${groupLabel(group)}: makes different places or people one (${builtIn.join(", ")}); keep the spellings of one of them.`,
      );
    for (const spelling of spellings) {
      const key = foldLetters(spelling).replace(/[^\p{L}\p{N}]+/gu, "");
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== group)
        problems.push(
          `${groupLabel(group)}: “${spelling}” is already in ${groupLabel(earlier)}; a spelling belongs to one group.`,
        );
      seen.set(key, earlier ?? group);
    }
  }
  if (problems.length)
    throw new InvalidInputError("Some groups of spellings are not consistent.", { groups: problems.slice(0, 10) });
}
