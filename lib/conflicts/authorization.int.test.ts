/**
 * Authorization matrix for every conflict mutation: a viewer is refused (403),
 * an editor may detect but not resolve or reopen (403), an admin of another
 * workspace gets 404 — and in every refused case the owning workspace's rows
 * are unchanged, byte for byte. Detection never reaches across workspaces.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import type { Actor } from "@/lib/policy/actor";
import { claimPhrase } from "@/test/support/claim-phrase";
import { detectConflicts } from "./detect-conflicts";
import { findConflicts } from "./find-conflicts";
import { getConflict } from "./get-conflict";
import { resolveConflict } from "./resolve-conflict";
import { reopenConflict } from "./reopen-conflict";
import { computeAgreement } from "./compute-agreement";
import { ResolveConflictInputSchema } from "./schemas";

async function toll(actor: Actor, n: number, eventDate: string) {
  const article = await createArticle(actor, { text: `At least ${n} people were killed.\n` });
  const { claim } = await claimPhrase(actor, article, `${n} people were killed`, {
    metric: "killed",
    valueLow: n,
    qualifier: "EXACT",
    eventLabel: "Strike",
    eventDate,
  });
  return claim;
}

const resolution = (conflictId: string, claimIds: string[]) =>
  ResolveConflictInputSchema.parse({
    conflictId,
    holds: claimIds.map((claimId, i) => ({ claimId, holds: i === 0 })),
    resolution: "The first figure is the official one.",
    evidence: [{ url: "https://source.example.test/a", title: "Source" }],
    ratings: [{ claimId: claimIds[1], ratingKey: "FALSE_CLAIM" }],
  });

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const open = [
    await toll(owner.actors.EDITOR, 12, "2025-04-24"),
    await toll(owner.actors.EDITOR, 9, "2025-04-24"),
  ].map((c) => c.id);
  const resolved = [
    await toll(owner.actors.EDITOR, 30, "2025-07-04"),
    await toll(owner.actors.EDITOR, 3, "2025-07-04"),
  ].map((c) => c.id);
  await detectConflicts(owner.actors.EDITOR);
  const idOf = async (claimId: string) => (await db.conflictMember.findFirstOrThrow({ where: { claimId } })).conflictId;
  const resolvedId = await idOf(resolved[0]!);
  await resolveConflict(owner.actors.ADMIN, resolution(resolvedId, resolved));
  return {
    owner,
    outsider,
    open: { id: await idOf(open[0]!), claimIds: open },
    resolved: { id: resolvedId, claimIds: resolved },
  };
}

type World = Awaited<ReturnType<typeof world>>;

const MUTATIONS: Record<string, { run: (actor: Actor, w: World) => Promise<unknown>; editorMay: boolean }> = {
  detectConflicts: { run: (actor) => detectConflicts(actor), editorMay: true },
  resolveConflict: {
    run: (actor, w) => resolveConflict(actor, resolution(w.open.id, w.open.claimIds)),
    editorMay: false,
  },
  reopenConflict: {
    run: (actor, w) => reopenConflict(actor, { conflictId: w.resolved.id, reason: null }),
    editorMay: false,
  },
};

describe.each(Object.entries(MUTATIONS))("%s", (_name, { run, editorMay }) => {
  it("viewer: ForbiddenError and nothing changes", async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    await expect(run(w.owner.actors.VIEWER, w)).rejects.toThrow(ForbiddenError);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });

  it("admin of another workspace: NotFoundError (or nothing found) and the owner's workspace unchanged", async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    if (editorMay) expect(await run(w.outsider.actors.ADMIN, w)).toMatchObject({ created: 0, unchanged: 0, closed: 0 });
    else await expect(run(w.outsider.actors.ADMIN, w)).rejects.toThrow(NotFoundError);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });
});

describe.each(Object.entries(MUTATIONS).filter(([, m]) => !m.editorMay))("%s", (_name, { run }) => {
  it("editor: ForbiddenError and nothing changes", async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    await expect(run(w.owner.actors.EDITOR, w)).rejects.toThrow(ForbiddenError);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });
});

describe("reads", () => {
  it("an outsider cannot read a conflict or list it; a viewer can", async () => {
    const w = await world();
    await expect(getConflict(w.outsider.actors.ADMIN, w.open.id)).rejects.toThrow(NotFoundError);
    expect((await findConflicts(w.outsider.actors.ADMIN, { status: "OPEN" })).items).toEqual([]);
    expect((await getConflict(w.owner.actors.VIEWER, w.open.id)).members).toHaveLength(2);
  });

  it("agreement is for reviewers and up", async () => {
    const w = await world();
    await expect(computeAgreement(w.owner.actors.VIEWER)).rejects.toThrow(ForbiddenError);
    await expect(computeAgreement(w.owner.actors.EDITOR)).rejects.toThrow(ForbiddenError);
    expect((await computeAgreement(w.owner.actors.REVIEWER)).claims).toBe(0);
  });

  it("an outsider's claims never join the owner's conflicts", async () => {
    const w = await world();
    await toll(w.outsider.actors.EDITOR, 40, "2025-04-24");
    await toll(w.outsider.actors.EDITOR, 41, "2025-04-24");
    // detected by itself in the outsider's workspace, and only there
    expect((await findConflicts(w.outsider.actors.VIEWER, { status: "OPEN" })).items).toHaveLength(1);
    expect((await detectConflicts(w.outsider.actors.EDITOR)).created).toBe(0);
    expect((await getConflict(w.owner.actors.VIEWER, w.open.id)).members.map((m) => m.claimId).sort()).toEqual(
      [...w.open.claimIds].sort(),
    );
    expect((await findConflicts(w.owner.actors.VIEWER, { status: "OPEN" })).items).toHaveLength(1);
  });
});
