/**
 * How to call each server action for one cell: the resources it needs (made
 * fresh per cell) and its arguments exactly as the app's client passes them
 * (arguments bound in the client first, then useActionState's previous state
 * and the form). The expected outcomes are not here: they are in
 * expectations.ts, the one table.
 */
import { PASSWORD, type World } from "./world";
import * as make from "./fixtures";
import { ARTICLE_TEXT as TEXT, PHRASE, type Fixture } from "./fixtures";
import { uniqueSuffix } from "../test-data";
import { aWebhookDelivery, aWebhookEndpoint, MATRIX_WEBHOOK, roomForAnEndpoint } from "./webhook-fixtures";

export interface ActionCall {
  /** fresh resources of the owning workspace for one cell */
  setup?: (w: World) => Promise<Fixture>;
  /** the arguments; `slug` is the workspace the caller names (the owner's, or the outsider's own) */
  args: (slug: string, f: Fixture) => unknown[];
  /** the call names no resource of the owner's workspace (it makes something new in the named one), so the outsider's attempt with its own slug is legitimate and not run */
  namesNoResource?: true;
}

function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const span = (f: Fixture, phrase: string, text: string) => ({
  articleId: f.articleId,
  versionId: f.versionId,
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  exact: phrase,
});
const verdict = {
  ratingKey: "MOSTLY_ACCURATE",
  summary: "Two hospitals confirm the figure.",
  evidence: [{ url: "https://hospital.example.test/figures", title: "Hospital figures" }],
};

export const ACTION_CALLS: Record<string, ActionCall> = {
  "app/account/actions.ts#changePasswordAction": {
    // the same password again: the persona can still sign in afterwards
    args: () => [null, form({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD })],
    namesNoResource: true,
  },
  "app/account/actions.ts#signOutSessionAction": {
    setup: make.anotherPersonsSession,
    args: (_slug, f) => [null, form({ sessionId: f.sessionId! })],
  },
  "app/account/actions.ts#signOutOtherSessionsAction": { args: () => [null, form({})], namesNoResource: true },
  "app/account/actions.ts#updateTimeZoneAction": {
    args: () => [null, form({ timeZone: "Europe/Kyiv" })],
    namesNoResource: true,
  },
  "app/account/actions.ts#updateLocaleAction": { args: () => [null, form({ locale: "en" })], namesNoResource: true },
  "app/_components/language-actions.ts#chooseLocaleAction": {
    args: () => [null, form({ locale: "en" })],
    namesNoResource: true,
  },
  "app/forgot-password/actions.ts#requestPasswordResetAction": {
    args: () => [null, form({ email: `matrix-${uniqueSuffix()}@factories.factdesk.test` })],
    namesNoResource: true,
  },
  "app/reset-password/[token]/actions.ts#resetPasswordAction": {
    setup: make.aPasswordResetLink,
    args: (_slug, f) => [
      f.token,
      null,
      form({ newPassword: "matrix new password", confirmPassword: "matrix new password" }),
    ],
    namesNoResource: true,
  },
  "app/inbox/actions.ts#markNotificationReadAction": {
    setup: (w) => make.aNotification(w),
    args: (_slug, f) => [null, form({ notificationId: f.notificationId! })],
  },
  "app/inbox/actions.ts#markAllNotificationsReadAction": { args: () => [null, form({})], namesNoResource: true },
  "app/account/notifications/actions.ts#updateNotificationPreferencesAction": {
    args: () => [null, form({ "email-CLAIM_ASSIGNED": "on", "email-VERDICT_CHANGES_REQUESTED": "on" })],
    namesNoResource: true,
  },
  "app/workspaces/actions.ts#createWorkspaceAction": {
    args: () => [
      null,
      form({ name: "Matrix new desk", slug: `matrix-${uniqueSuffix()}`, organisationName: "Matrix newsroom" }),
    ],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/actions.ts#inviteMemberAction": {
    args: (slug) => [
      slug,
      null,
      form({ email: `matrix-${uniqueSuffix()}@factories.factdesk.test`, name: "New member", role: "VIEWER" }),
    ],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/actions.ts#resendInvitationAction": {
    setup: make.anInvitation,
    args: (slug, f) => [slug, null, form({ invitationId: f.invitationId! })],
  },
  "app/w/[slug]/admin/actions.ts#revokeInvitationAction": {
    setup: make.anInvitation,
    args: (slug, f) => [slug, null, form({ invitationId: f.invitationId! })],
  },
  "app/invite/[token]/actions.ts#acceptInvitationAction": {
    setup: (w) => make.anInvitationLink(w),
    args: (_slug, f) => [f.token, null, form({})],
  },
  "app/invite/[token]/actions.ts#acceptWithPasswordAction": {
    setup: (w) => make.anInvitationLink(w, true),
    args: (_slug, f) => [
      f.token,
      null,
      form({ name: "Matrix invitee", password: "matrix invitee password", confirmPassword: "matrix invitee password" }),
    ],
    // the link is single-use, and its invitation is the outsider's workspace's: one attempt per cell
    namesNoResource: true,
  },
  "app/setup/[token]/actions.ts#setupFirstAdminAction": {
    setup: make.aFirstAdminLink,
    args: (_slug, f) => [
      f.token,
      null,
      form({
        name: "Matrix admin",
        email: `matrix-${uniqueSuffix()}@factories.factdesk.test`,
        password: "matrix first admin",
        confirmPassword: "matrix first admin",
        workspaceName: "Matrix setup",
        slug: `matrix-setup-${uniqueSuffix()}`,
        organisationName: "Matrix newsroom",
      }),
    ],
  },
  "app/w/[slug]/admin/actions.ts#changeMemberRoleAction": {
    setup: make.aMember,
    args: (slug, f) => [slug, null, form({ membershipId: f.membershipId!, role: "EDITOR" })],
  },
  "app/w/[slug]/admin/actions.ts#removeMemberAction": {
    setup: make.aMember,
    args: (slug, f) => [slug, null, form({ membershipId: f.membershipId! })],
  },
  "app/w/[slug]/admin/actions.ts#updateRatingScaleAction": {
    setup: make.theRatingScale,
    args: (slug, f) => [slug, { levels: JSON.parse(f.levels!) }],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/actions.ts#updateNameVariantsAction": {
    args: (slug) => [slug, null, form({ groups: "Matrixville|Matrixvile\nOld Dam|Olddam" })],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/_two-factor/actions.ts#updateTwoFactorRequirementAction": {
    args: (slug) => [slug, null, form({})],
    namesNoResource: true,
  },
  "app/account/two-factor/actions.ts#beginTwoFactorEnrolmentAction": {
    args: () => [null, form({})],
    namesNoResource: true,
  },
  "app/account/two-factor/actions.ts#confirmTwoFactorEnrolmentAction": {
    args: () => [null, form({ code: "12345" })],
    namesNoResource: true,
  },
  "app/account/two-factor/actions.ts#regenerateRecoveryCodesAction": {
    args: () => [null, form({ code: "123456" })],
    namesNoResource: true,
  },
  "app/account/two-factor/actions.ts#disableTwoFactorAction": {
    args: () => [null, form({ password: PASSWORD, code: "123456" })],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/_deleted-articles/actions.ts#restoreArticleAction": {
    setup: make.aDeletedArticle,
    args: (slug, f) => [slug, f.articleId],
  },
  "app/w/[slug]/admin/tokens/actions.ts#createApiTokenAction": {
    args: (slug) => [slug, null, form({ name: `matrix ${uniqueSuffix()}`, role: "VIEWER" })],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/tokens/actions.ts#revokeApiTokenAction": {
    setup: make.anApiToken,
    args: (slug, f) => [slug, null, form({ tokenId: f.tokenId! })],
  },

  "app/w/[slug]/articles/actions.ts#createArticleAction": {
    args: (slug) => [
      slug,
      null,
      form({ source: "text", text: TEXT, title: "Flood update", outlet: "Matrix Wire", url_meta: "" }),
    ],
    namesNoResource: true,
  },
  "app/w/[slug]/articles/actions.ts#importVersionAction": {
    setup: make.anArticle,
    args: (slug, f) => [slug, f.articleId, null, form({ source: "text", text: `${TEXT}\n\nUpdated at noon.` })],
  },
  "app/w/[slug]/articles/actions.ts#updateArticleAction": {
    setup: make.anArticle,
    args: (slug, f) => [
      slug,
      f.articleId,
      null,
      form({ title: "Flood update (corrected)", outlet: "Matrix Wire", url_meta: "" }),
    ],
  },
  "app/w/[slug]/articles/actions.ts#deleteArticleAction": {
    setup: make.anArticle,
    args: (slug, f) => [slug, f.articleId, null, form({})],
  },

  "app/w/[slug]/articles/[articleId]/actions.ts#createAnnotationAction": {
    setup: make.anArticle,
    args: (slug, f) => [slug, { ...span(f, PHRASE.dam, TEXT), kind: "NOTE", body: "Who said so?", tags: ["dam"] }],
  },
  "app/w/[slug]/articles/[articleId]/actions.ts#updateAnnotationAction": {
    setup: (w) => make.anAnnotation(w),
    args: (slug, f) => [
      slug,
      { annotationId: f.annotationId, revision: 1, body: "Edited note", tags: [], kind: "NOTE" },
    ],
  },
  "app/w/[slug]/articles/[articleId]/actions.ts#deleteAnnotationAction": {
    setup: (w) => make.anAnnotation(w),
    args: (slug, f) => [slug, { annotationId: f.annotationId }],
  },
  "app/w/[slug]/articles/[articleId]/actions.ts#reattachAnnotationAction": {
    setup: (w) => make.anAnnotation(w),
    args: (slug, f) => [slug, { annotationId: f.annotationId, ...span(f, PHRASE.homes, TEXT) }],
  },
  "app/w/[slug]/articles/[articleId]/actions.ts#createReplyAction": {
    setup: (w) => make.anAnnotation(w),
    args: (slug, f) => [slug, { annotationId: f.annotationId, body: "The hospital says 11." }],
  },
  "app/w/[slug]/articles/[articleId]/actions.ts#deleteReplyAction": {
    setup: make.aReply,
    args: (slug, f) => [slug, { replyId: f.replyId }],
  },
  "app/w/[slug]/articles/[articleId]/actions.ts#createClaimFromPassageAction": {
    setup: (w) => make.anAnnotation(w),
    args: (slug, f) => [
      slug,
      { annotationId: f.annotationId, statement: "At least 12 people were hurt in the flood", claimant: "Officials" },
    ],
  },

  "app/w/[slug]/claims/actions.ts#createClaimAction": {
    setup: (w) => make.anAnnotation(w),
    args: (slug, f) => [
      slug,
      { annotationId: f.annotationId, statement: "At least 12 people were hurt in the flood", claimant: "Officials" },
    ],
  },
  "app/w/[slug]/claims/actions.ts#linkAppearanceAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, { claimId: f.claimId, annotationId: f.otherAnnotationId }],
  },
  "app/w/[slug]/claims/actions.ts#assignClaimAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, f.claimId, null, form({ editorId: "", reviewerId: "" })],
  },
  "app/w/[slug]/claims/actions.ts#createVerdictAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, { claimId: f.claimId, ...verdict }],
  },
  "app/w/[slug]/claims/actions.ts#reviseVerdictAction": {
    setup: (w) => make.aClaim(w, "DRAFT"),
    args: (slug, f) => [
      slug,
      {
        verdictId: f.verdictId,
        lockVersion: Number(f.lockVersion),
        ...verdict,
        summary: "Three hospitals confirm the figure.",
      },
    ],
  },
  "app/w/[slug]/claims/actions.ts#submitVerdictAction": {
    setup: (w) => make.aClaim(w, "DRAFT"),
    args: (slug, f) => [slug, { verdictId: f.verdictId, lockVersion: Number(f.lockVersion) }],
  },
  "app/w/[slug]/claims/actions.ts#withdrawVerdictAction": {
    setup: (w) => make.aClaim(w, "SUBMITTED"),
    args: (slug, f) => [slug, { verdictId: f.verdictId, lockVersion: Number(f.lockVersion) }],
  },
  "app/w/[slug]/claims/actions.ts#reviewVerdictAction": {
    setup: (w) => make.aClaim(w, "SUBMITTED"),
    args: (slug, f) => [
      slug,
      { verdictId: f.verdictId, lockVersion: Number(f.lockVersion), decision: "APPROVE", reason: "" },
    ],
  },
  "app/w/[slug]/claims/actions.ts#addSuggestedAppearanceAction": {
    // the claim's article has a second sentence nobody annotated yet: PHRASE.homes
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, { claimId: f.claimId, ...span(f, PHRASE.homes, TEXT) }],
  },
  "app/w/[slug]/claims/actions.ts#unlinkAppearanceAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, { claimId: f.claimId, annotationId: f.annotationId }],
  },
  "app/w/[slug]/claims/actions.ts#updateClaimAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [
      slug,
      { claimId: f.claimId, statement: "At least 12 people were hurt in Monday's flood", claimant: "Officials" },
    ],
  },
  "app/w/[slug]/claims/actions.ts#deleteClaimAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, { claimId: f.claimId }],
  },
  "app/w/[slug]/claims/actions.ts#createClaimRelationAction": {
    setup: make.twoClaims,
    args: (slug, f) => [
      slug,
      {
        fromClaimId: f.claimId,
        toClaimId: f.otherClaimId,
        kind: "CONTRADICTS",
        note: "The mayor's account leaves no one hurt.",
      },
    ],
  },
  "app/w/[slug]/claims/actions.ts#deleteClaimRelationAction": {
    setup: make.aRelation,
    args: (slug, f) => [slug, { relationId: f.relationId }],
  },
  "app/w/[slug]/claims/actions.ts#getPassageExtractionAction": {
    setup: (w) => make.aClaim(w),
    args: (slug, f) => [slug, f.otherAnnotationId, f.claimId],
  },
  "app/w/[slug]/claims/actions.ts#recordVariantAsRelationAction": {
    // the suggested sentence (PHRASE.homes, not annotated yet) becomes a new claim that relates to the fixture's claim
    setup: (w) => make.aClaim(w),
    args: (slug, f) => {
      const { articleId, versionId, start, end, exact } = span(f, PHRASE.homes, TEXT);
      return [
        slug,
        {
          claimId: f.claimId,
          span: { articleId, versionId, start, end, exact },
          relation: { kind: "CONTRADICTS", note: "Another figure for the same night." },
        },
      ];
    },
  },

  "app/w/[slug]/conflicts/actions.ts#detectConflictsAction": {
    args: (slug) => [slug, null, form({})],
    namesNoResource: true,
  },
  "app/w/[slug]/conflicts/actions.ts#resolveConflictAction": {
    setup: (w) => make.aConflict(w, "OPEN"),
    args: (slug, f) => [
      slug,
      f.conflictId,
      null,
      form({
        member: [f.claimId!, f.otherClaimId!],
        [`holds:${f.claimId}`]: "on",
        resolution: "The first figure is the official one.",
      }),
    ],
  },
  "app/w/[slug]/conflicts/actions.ts#reopenConflictAction": {
    setup: (w) => make.aConflict(w, "RESOLVED"),
    args: (slug, f) => [slug, f.conflictId, null, form({ reason: "A new source disagrees." })],
  },

  // preserved sources (lib/sources): "Check now"
  "app/w/[slug]/sources/actions.ts#checkSourcesAction": { args: (slug) => [slug, null], namesNoResource: true },

  "app/w/[slug]/reports/actions.ts#createReportAction": {
    setup: make.anArticle,
    args: (slug, f) => [slug, null, form({ title: "Matrix fact-check", scope: "ARTICLE", articleId: f.articleId! })],
  },
  "app/w/[slug]/reports/actions.ts#publishReportAction": {
    setup: (w) => make.aReport(w, false),
    args: (slug, f) => [slug, f.reportId, null, form({})],
  },
  "app/w/[slug]/reports/actions.ts#unpublishReportAction": {
    setup: (w) => make.aReport(w, true),
    args: (slug, f) => [slug, f.reportId, null, form({})],
  },
  "app/w/[slug]/reports/actions.ts#resolvePendingCorrectionsAction": {
    setup: make.aReportAwaitingCorrection,
    args: (slug, f) => [
      slug,
      f.reportId,
      null,
      form({ note: "Version 2 of the article gives 15 people hurt, not 12." }),
    ],
  },
  "app/w/[slug]/reports/actions.ts#importAnnotationsAction": {
    setup: make.anAnnotationFile,
    args: (slug, f) => [
      slug,
      null,
      form({ articleId: f.articleId!, file: new File([f.file!], "notes.jsonld", { type: "application/ld+json" }) }),
    ],
  },
  // webhooks (lib/webhooks)
  "app/w/[slug]/admin/webhooks/actions.ts#registerWebhookEndpointAction": {
    setup: roomForAnEndpoint,
    args: (slug) => [slug, null, form({ url: MATRIX_WEBHOOK.url, events: MATRIX_WEBHOOK.events })],
    namesNoResource: true,
  },
  "app/w/[slug]/admin/webhooks/actions.ts#setWebhookEndpointEnabledAction": {
    setup: aWebhookEndpoint,
    args: (slug, f) => [slug, null, form({ endpointId: f.endpointId!, enabled: "false" })],
  },
  "app/w/[slug]/admin/webhooks/actions.ts#deleteWebhookEndpointAction": {
    setup: aWebhookEndpoint,
    args: (slug, f) => [slug, null, form({ endpointId: f.endpointId! })],
  },
  "app/w/[slug]/admin/webhooks/actions.ts#rotateWebhookSecretAction": {
    setup: aWebhookEndpoint,
    args: (slug, f) => [slug, null, form({ endpointId: f.endpointId! })],
  },
  "app/w/[slug]/admin/webhooks/actions.ts#sendTestWebhookAction": {
    setup: aWebhookEndpoint,
    args: (slug, f) => [slug, null, form({ endpointId: f.endpointId! })],
  },
  "app/w/[slug]/admin/webhooks/actions.ts#replayWebhookDeliveryAction": {
    setup: aWebhookDelivery,
    args: (slug, f) => [slug, null, form({ endpointId: f.endpointId!, deliveryId: f.deliveryId! })],
  },
  // fact-check pages (lib/publishing): settings, and the preflight's fix of a claim's ClaimReview fields (the report id only names the page to refresh)
  "app/w/[slug]/admin/_publishing/actions.ts#updatePublishingSettingsAction": {
    args: (slug) => [
      slug,
      null,
      form({ methodologyUrl: "https://newsroom.example.test/how-we-check", showCheckerNames: "true" }),
    ],
    namesNoResource: true,
  },
  "app/w/[slug]/reports/[reportId]/_preflight/actions.ts#updateClaimReviewFieldsAction": {
    // posted to the report page it is shown on (a report of the owner's), about a claim with an approved verdict
    setup: async (w) => ({ ...(await make.aClaim(w, "APPROVED")), reportId: (await make.aReport(w, false)).reportId! }),
    args: (slug, f) => [
      slug,
      f.reportId,
      f.claimId,
      null,
      form({
        shortStatement: "",
        claimant: "Regional officials",
        claimDate: "2026-11-03",
        firstAppearanceUrl: "https://social.example.test/post/1",
      }),
    ],
  },
};
