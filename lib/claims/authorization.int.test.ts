/**
 * Authorization matrix for every claim mutation: the role that may do it
 * succeeds (so the cells below are refused for the reason they name, not by
 * accident), a viewer is refused (403), an admin of another workspace using the
 * owner's ids gets 404 — and refused calls leave the owning workspace's rows
 * unchanged, byte for byte.
 */
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createClaim } from "@/lib/claims/create-claim";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { updateClaim } from "@/lib/claims/update-claim";
import { assignClaim } from "@/lib/claims/assign-claim";
import { AssignClaimInputSchema, CreateClaimInputSchema, UpdateClaimInputSchema } from "@/lib/claims/schemas";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange, workspaceFingerprint } from "@/test/workspace-fingerprint";
import { annotate, claimPhrase } from "@/test/support/claim-phrase";
import type { Actor, Role } from "@/lib/policy/actor";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const article = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const { claim } = await claimPhrase(owner.actors.EDITOR, article, "at least 12 people were killed", {
    statement: "At least 12 people were killed",
  });
  /** an annotation not yet part of any claim */
  const free = await annotate(owner.actors.EDITOR, article, "40 million euros");
  return { owner, outsider, free, claim };
}

type World = Awaited<ReturnType<typeof world>>;

/** Every claim mutation, as a function of the acting member and the owner's ids, with the least role allowed to do it. */
const MUTATIONS: Record<string, { allowed: Role; mutate: (actor: Actor, w: World) => Promise<unknown> }> = {
  createClaim: {
    allowed: "EDITOR",
    mutate: (actor, w) =>
      createClaim(
        actor,
        CreateClaimInputSchema.parse({ annotationId: w.free.id, statement: "The mayor promised 40 million euros" }),
      ),
  },
  linkAppearance: {
    allowed: "EDITOR",
    mutate: (actor, w) => linkAppearance(actor, { claimId: w.claim.id, annotationId: w.free.id }),
  },
  updateClaim: {
    allowed: "EDITOR",
    mutate: (actor, w) =>
      updateClaim(
        actor,
        UpdateClaimInputSchema.parse({ claimId: w.claim.id, statement: "Edited statement", valueLow: 3 }),
      ),
  },
  assignClaim: {
    allowed: "REVIEWER",
    mutate: (actor, w) =>
      assignClaim(
        actor,
        AssignClaimInputSchema.parse({
          claimId: w.claim.id,
          editorId: w.owner.users.EDITOR.id,
          reviewerId: w.owner.users.REVIEWER.id,
        }),
      ),
  },
};

describe.each(Object.entries(MUTATIONS))("%s", (_name, { allowed, mutate }) => {
  it(`${allowed.toLowerCase()} (control): succeeds and the fingerprint sees it`, async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    await mutate(w.owner.actors[allowed], w);
    expect(await workspaceFingerprint(w.owner.workspace.id)).not.toEqual(before);
  });

  it("viewer: ForbiddenError and nothing changes", async () => {
    const w = await world();
    await expectRefusedWithoutChange([w.owner.workspace.id], () => mutate(w.owner.actors.VIEWER, w), ForbiddenError);
  });

  it("admin of another workspace: NotFoundError and nothing changes", async () => {
    const w = await world();
    await expectRefusedWithoutChange(
      [w.owner.workspace.id, w.outsider.workspace.id],
      () => mutate(w.outsider.actors.ADMIN, w),
      NotFoundError,
    );
  });
});

describe("wrong role", () => {
  it("an editor cannot assign a claim: ForbiddenError and nothing changes", async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    await expect(MUTATIONS.assignClaim!.mutate(w.owner.actors.EDITOR, w)).rejects.toThrow(ForbiddenError);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });
});
