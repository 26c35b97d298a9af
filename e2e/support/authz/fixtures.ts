/**
 * Fresh resources of the owning workspace for one cell of the matrix, made
 * through the real use cases (as in test/support/report-world.ts). Each
 * returns the ids a call needs; numbers (lock versions) travel as strings,
 * which the input schemas coerce.
 */
import { createArticle, createUser, db, uniqueSuffix, type TestArticle } from "../test-data";
import { annotate, articleReport, claimWithVerdict } from "../../../test/support/report-world";
import { createReply } from "../../../lib/annotations/create-reply";
import { createClaim } from "../../../lib/claims/create-claim";
import { assignClaim } from "../../../lib/claims/assign-claim";
import { CreateClaimInputSchema } from "../../../lib/claims/schemas";
import { createVerdict } from "../../../lib/verdicts/create-verdict";
import { submitVerdict } from "../../../lib/verdicts/step-verdict";
import { CreateVerdictInputSchema } from "../../../lib/verdicts/schemas";
import { detectConflicts } from "../../../lib/conflicts/detect-conflicts";
import { resolveConflict } from "../../../lib/conflicts/resolve-conflict";
import { ResolveConflictInputSchema } from "../../../lib/conflicts/schemas";
import { publishReport } from "../../../lib/reports/publish-report";
import { factCheckPath } from "../../../lib/public-urls/public-address";
import { createApiToken } from "../../../lib/api-tokens/create-api-token";
import { createClaimRelation } from "../../../lib/claims/relations/create-claim-relation";
import { CreateClaimRelationInputSchema } from "../../../lib/claims/relations/schemas";
import { deleteArticle } from "../../../lib/articles/delete-article";
import { importArticleVersion } from "../../../lib/articles/import-article-version";
import { newOneTimeToken } from "../../../lib/auth/one-time-token";
import { inviteMember } from "../../../lib/invitations/invite-member";
import { startSession } from "../../../lib/auth/sessions/start-session";
import type { Actor } from "../../../lib/policy/actor";
import type { World } from "./world";

export type Fixture = Record<string, string>;

/** Phrases of ARTICLE_TEXT that fixtures and calls annotate; each occurs once. */
export const PHRASE = { hurt: "12 people were hurt", dam: "the old dam held", homes: "reached 40 homes" } as const;
export const ARTICLE_TEXT =
  "Officials said at least 12 people were hurt in the flood on Monday.\n\nThe mayor said the old dam held through the night.\n\nRescue teams reached 40 homes by noon.";

async function article(w: World, text = ARTICLE_TEXT): Promise<TestArticle> {
  return createArticle({ workspaceId: w.owner.id, userId: w.owner.actors.EDITOR.userId }, { text });
}

const ids = (a: TestArticle) => ({ articleId: a.article.id, versionId: a.version.id });

export async function anArticle(w: World): Promise<Fixture> {
  return ids(await article(w));
}

/** An annotation on a fresh article, written by `author` (default: the editor). */
export async function anAnnotation(w: World, author: Actor = w.owner.actors.EDITOR): Promise<Fixture> {
  const a = await article(w);
  const { id } = await annotate(author, a, PHRASE.hurt, { body: "Check the hospital figures." });
  return { ...ids(a), annotationId: id };
}

export async function aReply(w: World): Promise<Fixture> {
  const f = await anAnnotation(w);
  const { id } = await createReply(w.owner.actors.EDITOR, { annotationId: f.annotationId!, body: "Hospital says 11." });
  return { ...f, replyId: id };
}

/** A claim (with a verdict by the editor in `state`), plus a second annotation that is not linked to it. */
export async function aClaim(w: World, state: "NONE" | "DRAFT" | "SUBMITTED" | "APPROVED" = "NONE"): Promise<Fixture> {
  const a = await article(w);
  const made = await claimWithVerdict(w.owner.testWorkspace, a, PHRASE.hurt, state);
  const other = await annotate(w.owner.actors.EDITOR, a, PHRASE.dam);
  return {
    ...ids(a),
    claimId: made.claim.id,
    annotationId: made.annotation.id,
    otherAnnotationId: other.id,
    ...(made.verdict ? { verdictId: made.verdict.id, lockVersion: String(made.verdict.lockVersion) } : {}),
  };
}

/** A claim written by `author` on a fresh article (the claim's creator: claim.delete is its creator's, or an admin's). */
export async function aClaimBy(w: World, author: Actor): Promise<Fixture> {
  const a = await article(w);
  const annotation = await annotate(author, a, PHRASE.hurt);
  const claim = await createClaim(
    author,
    CreateClaimInputSchema.parse({
      annotationId: annotation.id,
      statement: "At least 12 people were hurt in the flood",
      claimant: "Officials",
    }),
  );
  return { ...ids(a), claimId: claim.id, annotationId: annotation.id };
}

/** aClaim plus a second claim of the editor from its other annotation (PHRASE.dam), not related to it. */
export async function twoClaims(w: World): Promise<Fixture> {
  const f = await aClaim(w);
  const other = await createClaim(
    w.owner.actors.EDITOR,
    CreateClaimInputSchema.parse({
      annotationId: f.otherAnnotationId,
      statement: "The old dam held through the night",
      claimant: "The mayor",
    }),
  );
  return { ...f, otherClaimId: other.id };
}

/** twoClaims with a relation recorded by the editor: the first claim CONTRADICTS the second. */
export async function aRelation(w: World): Promise<Fixture> {
  const f = await twoClaims(w);
  const { id } = await createClaimRelation(
    w.owner.actors.EDITOR,
    CreateClaimRelationInputSchema.parse({ fromClaimId: f.claimId, toClaimId: f.otherClaimId, kind: "CONTRADICTS" }),
  );
  return { ...f, relationId: id };
}

/** A new version of the fixture's article that changes the claim's figure (12 → 15 people hurt): the appearance is flagged and published reports covering the claim need a correction. */
async function changeTheFigure(w: World, f: Fixture): Promise<void> {
  const result = await importArticleVersion(
    w.owner.actors.EDITOR,
    f.articleId!,
    ARTICLE_TEXT.replace("12 people were hurt", "15 people were hurt"),
  );
  if (result.claims.changed === 0)
    throw new Error(`the new version changed no claim appearance: ${JSON.stringify(result)}`);
}

/** A submitted verdict (by the editor) on a claim whose appearance carries a warning: approving it needs acknowledgeWarnings. */
export async function aWarnedSubmittedVerdict(w: World): Promise<Fixture> {
  const f = await aClaim(w, "SUBMITTED");
  await changeTheFigure(w, f);
  return f;
}

/** A published report with a change waiting for its correction (a new article version changed the figure it shows). */
export async function aReportAwaitingCorrection(w: World): Promise<Fixture> {
  const f = await aReport(w, true);
  await changeTheFigure(w, f);
  const pending = await db.reportPendingCorrection.count({ where: { reportId: f.reportId!, resolvedAt: null } });
  if (pending === 0) throw new Error("the new version left the published report with no pending correction");
  return f;
}

/** An article the owner's admin deleted (to restore, or to find among the deleted ones). */
export async function aDeletedArticle(w: World): Promise<Fixture> {
  const f = await anArticle(w);
  await deleteArticle(w.owner.actors.ADMIN, f.articleId!);
  return f;
}

/** A verdict written by `author` (through the API: the token's creator), drafted or submitted. */
export async function aVerdictBy(w: World, author: Actor, state: "DRAFT" | "SUBMITTED"): Promise<Fixture> {
  const f = await aClaim(w);
  const { id } = await createVerdict(
    author,
    CreateVerdictInputSchema.parse({
      claimId: f.claimId,
      ratingKey: "MOSTLY_ACCURATE",
      summary: "Two hospitals confirm the figure.",
      evidence: [],
    }),
  );
  if (state === "SUBMITTED") await submitVerdict(author, { verdictId: id, lockVersion: 1 });
  return { ...f, verdictId: id, lockVersion: state === "SUBMITTED" ? "2" : "1" };
}

/** A figure claim on its own article, for conflict detection. */
async function toll(w: World, n: number, event: string): Promise<string> {
  const a = await article(w, `At least ${n} people were killed in the strike.\n`);
  const phrase = `${n} people were killed`;
  const annotation = await annotate(w.owner.actors.EDITOR, a, phrase);
  const claim = await createClaim(
    w.owner.actors.EDITOR,
    CreateClaimInputSchema.parse({
      annotationId: annotation.id,
      statement: phrase,
      metric: "killed",
      valueLow: n,
      qualifier: "EXACT",
      eventLabel: event,
      eventDate: "2025-04-24",
    }),
  );
  return claim.id;
}

/** Two claims that disagree about one event, detected as a conflict; resolved by the admin when asked. */
export async function aConflict(w: World, status: "OPEN" | "RESOLVED"): Promise<Fixture> {
  const event = `Matrix strike ${uniqueSuffix()}`;
  const claimIds = [await toll(w, 12, event), await toll(w, 19, event)];
  await detectConflicts(w.owner.actors.EDITOR);
  const { conflictId } = await db.conflictMember.findFirstOrThrow({
    where: { claimId: claimIds[0] },
    select: { conflictId: true },
  });
  if (status === "RESOLVED") {
    await resolveConflict(
      w.owner.actors.ADMIN,
      ResolveConflictInputSchema.parse({
        conflictId,
        holds: claimIds.map((claimId, i) => ({ claimId, holds: i === 0 })),
        resolution: "The first figure is the official one.",
      }),
    );
  }
  return { conflictId, claimId: claimIds[0]!, otherClaimId: claimIds[1]! };
}

/** A report on an article with one approved and one draft verdict, published when asked. */
export async function aReport(w: World, published: boolean): Promise<Fixture> {
  const a = await article(w);
  await claimWithVerdict(w.owner.testWorkspace, a, PHRASE.hurt, "APPROVED");
  await claimWithVerdict(w.owner.testWorkspace, a, PHRASE.dam, "DRAFT");
  const { id } = await articleReport(w.owner.testWorkspace, a, `Matrix report ${uniqueSuffix()}`);
  const token = published ? (await publishReport(w.owner.actors.REVIEWER, id)).publicToken : "";
  return { ...ids(a), reportId: id, publicToken: token };
}

/**
 * Feeds and embeds: the address of a claim's fact-check page at the server's public address, with an
 * approved verdict in a published report (public), or a draft in it (not public).
 */
export async function aPublicFactCheck(w: World, isPublic: boolean): Promise<Fixture> {
  const a = await article(w);
  const { claim } = await claimWithVerdict(w.owner.testWorkspace, a, PHRASE.hurt, isPublic ? "APPROVED" : "DRAFT", {
    statement: `Matrix fact-check ${uniqueSuffix()}`,
  });
  const { id } = await articleReport(w.owner.testWorkspace, a, `Matrix report ${uniqueSuffix()}`);
  await publishReport(w.owner.actors.REVIEWER, id);
  const origin = process.env.PUBLIC_BASE_URL ?? "https://factdesk.e2e.test";
  return {
    ...ids(a),
    claimId: claim.id,
    reportId: id,
    factCheckUrl: `${origin}${factCheckPath(w.owner.slug, { id: claim.id, statement: "Matrix fact-check" })}`,
  };
}

/** A member to change or remove (not one of the signed-in personas). */
export async function aMember(w: World): Promise<Fixture> {
  const user = await createUser({ workspaceId: w.owner.id, role: "VIEWER" });
  const membership = await db.membership.findFirstOrThrow({
    where: { workspaceId: w.owner.id, userId: user.id },
    select: { id: true },
  });
  return { membershipId: membership.id };
}

export async function anApiToken(w: World): Promise<Fixture> {
  const token = await createApiToken(w.owner.actors.ADMIN, { name: `revocable ${uniqueSuffix()}`, role: "VIEWER" });
  return { tokenId: token.id };
}

/** The current rating scale as the scale form sends it back. */
export async function theRatingScale(w: World): Promise<Fixture> {
  const levels = await db.ratingLevel.findMany({
    where: { workspaceId: w.owner.id },
    orderBy: { position: "asc" },
    select: { key: true, label: true, ordinal: true, archived: true },
  });
  return { levels: JSON.stringify(levels) };
}

/** A W3C Web Annotation file for PHRASE.dam of a fresh article. */
export async function anAnnotationFile(w: World): Promise<Fixture> {
  const f = await anArticle(w);
  const annotation = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `https://tool.example.test/anno/${uniqueSuffix()}`,
    type: "Annotation",
    body: { type: "TextualBody", value: "Imported note", format: "text/plain" },
    target: {
      source: "https://news.example.test/flood",
      selector: { type: "TextQuoteSelector", exact: PHRASE.dam, prefix: "mayor said ", suffix: " through" },
    },
  };
  return { ...f, file: JSON.stringify(annotation) };
}

/** A live password-reset link of a fresh user (not a persona): the token travels in the link, only its hash is stored. */
export async function aPasswordResetLink(): Promise<Fixture> {
  const user = await createUser();
  const { token, tokenHash } = newOneTimeToken();
  await db.passwordToken.create({
    data: { userId: user.id, purpose: "RESET", tokenHash, expiresAt: new Date(Date.now() + 60 * 60 * 1000) },
  });
  return { token };
}

/** A signed-in session of a member who is none of the personas: no persona may end another person's session. */
export async function anotherPersonsSession(w: World): Promise<Fixture> {
  const user = await createUser({ workspaceId: w.owner.id, role: "EDITOR" });
  const sessionId = await startSession({
    userId: user.id,
    method: "password",
    userAgent: "Matrix browser",
    ipAddress: null,
  });
  return { sessionId };
}

/** A notification for `recipient` (default: the owner's editor), written by the real hook: the reviewer assigns them a fresh claim. */
export async function aNotification(w: World, recipient: Actor = w.owner.actors.EDITOR): Promise<Fixture> {
  const f = await aClaim(w);
  await assignClaim(w.owner.actors.REVIEWER, { claimId: f.claimId!, editorId: recipient.userId, reviewerId: null });
  const notification = await db.notification.findFirstOrThrow({
    where: { userId: recipient.userId, kind: "CLAIM_ASSIGNED", link: { endsWith: `/claims/${f.claimId}` } },
    select: { id: true },
  });
  return { ...f, notificationId: notification.id };
}

/** An open invitation of the owner's workspace, made by its admin through the real use case. */
export async function anInvitation(w: World): Promise<Fixture> {
  const { invitationId } = await inviteMember(w.owner.actors.ADMIN, {
    email: `matrix-invitee-${uniqueSuffix()}@factories.factdesk.test`,
    role: "VIEWER",
  });
  return { invitationId };
}

/**
 * A live invitation link (the token is otherwise only in the mail). In the
 * owner's workspace for an address no persona has; or, with `inOtherWorkspace`,
 * in the outsider's: accepting it is public by design (the link is the
 * credential) and then changes only that workspace.
 */
export async function anInvitationLink(w: World, inOtherWorkspace = false): Promise<Fixture> {
  const { token, tokenHash } = newOneTimeToken();
  const workspaceId = inOtherWorkspace ? w.other.id : w.owner.id;
  const invitedById = inOtherWorkspace ? w.other.admin.userId : w.owner.actors.ADMIN.userId;
  await db.invitation.create({
    data: {
      workspaceId,
      email: `matrix-link-${uniqueSuffix()}@factories.factdesk.test`,
      role: "VIEWER",
      tokenHash,
      invitedById,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { token };
}

/** A first-admin setup link: dead, since the database has users. */
export async function aFirstAdminLink(): Promise<Fixture> {
  const { token, tokenHash } = newOneTimeToken();
  await db.passwordToken.create({
    data: { purpose: "FIRST_ADMIN", tokenHash, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { token };
}

/** Preserved sources (lib/sources): a cited source's snapshot row in the owner's workspace, as citing it leaves it (not fetched yet). */
export async function aSource(w: World): Promise<Fixture> {
  const { id } = await db.sourceSnapshot.create({
    data: { workspaceId: w.owner.id, url: `https://source-${uniqueSuffix()}.example.test/page` },
    select: { id: true },
  });
  return { sourceId: id };
}
