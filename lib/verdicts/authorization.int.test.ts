/**
 * Authorization matrix for every verdict mutation: the member who may do it
 * succeeds (so the refusals below are for the reason they name, not because
 * the verdict was in the wrong state), a viewer is refused (403), an admin of
 * another workspace using the owner's ids gets 404 — and refused calls leave
 * the owning workspace's rows unchanged, byte for byte.
 */
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { submitVerdict, withdrawVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema, ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange, workspaceFingerprint } from "@/test/workspace-fingerprint";
import { claimPhrase } from "@/test/support/claim-phrase";
import type { Actor, Role } from "@/lib/policy/actor";

const TEXT = "Officials said at least 12 people were killed on Tuesday.";
const PHRASE = "at least 12 people were killed";
const CONTENT = {
  ratingKey: "MOSTLY_ACCURATE",
  summary: "The police report confirms twelve deaths.",
  evidence: [{ url: "https://police.example.test/report", title: "Police report" }],
};

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const article = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const { claim } = await claimPhrase(owner.actors.EDITOR, article, PHRASE, {
    statement: "At least 12 people were killed",
  });
  const draftBy = (author: Actor) =>
    createVerdict(author, CreateVerdictInputSchema.parse({ claimId: claim.id, ...CONTENT }));
  /** DRAFT, lockVersion 1, by the editor */
  const draft = await draftBy(owner.actors.EDITOR);
  /** SUBMITTED, lockVersion 2, by the editor */
  const submitted = await draftBy(owner.actors.EDITOR);
  await submitVerdict(owner.actors.EDITOR, { verdictId: submitted.id, lockVersion: 1 });
  /** SUBMITTED, lockVersion 2, by the admin (so an editor's review of it is not refused for authorship) */
  const submittedByAdmin = await draftBy(owner.actors.ADMIN);
  await submitVerdict(owner.actors.ADMIN, { verdictId: submittedByAdmin.id, lockVersion: 1 });
  return { owner, outsider, claim, draft, submitted, submittedByAdmin };
}

type World = Awaited<ReturnType<typeof world>>;
type Mutation = (actor: Actor, w: World) => Promise<unknown>;

const revise: Mutation = (actor, w) =>
  reviseVerdict(
    actor,
    ReviseVerdictInputSchema.parse({
      verdictId: w.draft.id,
      lockVersion: 1,
      ...CONTENT,
      summary: "Edited summary, long enough.",
    }),
  );
const submit: Mutation = (actor, w) => submitVerdict(actor, { verdictId: w.draft.id, lockVersion: 1 });
const withdraw: Mutation = (actor, w) => withdrawVerdict(actor, { verdictId: w.submitted.id, lockVersion: 2 });
const approve =
  (verdict: "submitted" | "submittedByAdmin"): Mutation =>
  (actor, w) =>
    reviewVerdict(
      actor,
      ReviewVerdictInputSchema.parse({ verdictId: w[verdict].id, lockVersion: 2, decision: "APPROVE" }),
    );

/** Every verdict mutation on the owner's ids, with a member allowed to do it (the editor is the author of `draft` and `submitted`). */
const MUTATIONS: Record<string, { allowed: Role; mutate: Mutation }> = {
  createVerdict: {
    allowed: "EDITOR",
    mutate: (actor, w) => createVerdict(actor, CreateVerdictInputSchema.parse({ claimId: w.claim.id, ...CONTENT })),
  },
  reviseVerdict: { allowed: "EDITOR", mutate: revise },
  submitVerdict: { allowed: "EDITOR", mutate: submit },
  withdrawVerdict: { allowed: "EDITOR", mutate: withdraw },
  reviewVerdict: { allowed: "REVIEWER", mutate: approve("submitted") },
};

const expectRefused = (w: World, attempt: () => Promise<unknown>, error: new (...args: never[]) => Error) =>
  expectRefusedWithoutChange([w.owner.workspace.id], attempt, error);

describe.each(Object.entries(MUTATIONS))("%s", (_name, { allowed, mutate }) => {
  it(`${allowed.toLowerCase()} (control): succeeds and the fingerprint sees it`, async () => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    await mutate(w.owner.actors[allowed], w);
    expect(await workspaceFingerprint(w.owner.workspace.id)).not.toEqual(before);
  });

  // Every verdict use case authorizes on the row it loaded (the claim for a new verdict,
  // else the verdict: policy VERDICT_EVENT_ACTION) before the transition table runs,
  // so a viewer gets 403, not a 409 from nextState.
  it("viewer: ForbiddenError and nothing changes", async () => {
    const w = await world();
    await expectRefused(w, () => mutate(w.owner.actors.VIEWER, w), ForbiddenError);
  });

  it("admin of another workspace: NotFoundError and nothing changes", async () => {
    const w = await world();
    const outsiderBefore = await workspaceFingerprint(w.outsider.workspace.id);
    await expectRefused(w, () => mutate(w.outsider.actors.ADMIN, w), NotFoundError);
    expect(await workspaceFingerprint(w.outsider.workspace.id)).toEqual(outsiderBefore);
  });
});

describe("wrong role or not the author", () => {
  it("an editor cannot review (someone else's verdict): ForbiddenError and nothing changes", async () => {
    const w = await world();
    await expectRefused(w, () => approve("submittedByAdmin")(w.owner.actors.EDITOR, w), ForbiddenError);
  });

  it("the author cannot review their own verdict, even as admin: ForbiddenError and nothing changes", async () => {
    const w = await world();
    await expectRefused(w, () => approve("submittedByAdmin")(w.owner.actors.ADMIN, w), ForbiddenError);
  });

  // Only the author may revise, submit or withdraw (policy "verdict.edit" /
  // "verdict.submit", checked on the loaded verdict): visible but not allowed → 403.
  it.each([
    ["reviseVerdict", revise],
    ["submitVerdict", submit],
    ["withdrawVerdict", withdraw],
  ] as const)(
    "a reviewer or admin cannot %s someone else's verdict: ForbiddenError and nothing changes",
    async (_name, mutate) => {
      const w = await world();
      await expectRefused(w, () => mutate(w.owner.actors.REVIEWER, w), ForbiddenError);
      await expectRefused(w, () => mutate(w.owner.actors.ADMIN, w), ForbiddenError);
    },
  );
});
