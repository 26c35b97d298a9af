/**
 * THE authorization matrix: the expected outcome of every server action and
 * every route handler for each persona, in one table. Personas: anonymous;
 * viewer, editor, reviewer and admin of the owning workspace; outsider = the
 * admin of another workspace. A cell is
 *   ok   allowed (2xx, a redirect elsewhere than sign-in, an ActionResult ok)
 *   401  refused as signed out (401, or the redirect to sign-in)
 *   403  a member whose role or authorship does not allow it
 *   404  not found: the outsider never gets a hint that the resource exists
 * Every refused cell must also leave the whole database unchanged; an
 * outsider's allowed cell must leave the owner's workspace unchanged and show
 * none of its ids.
 *
 * e2e/authorization-matrix.spec.ts finds every server action and route
 * handler in the code: one without a row here fails, and so does a row that
 * names nothing. A key with a suffix in parentheses is a variant of a route
 * (another state of the resource). Rules behind the rows: RULES in
 * lib/policy/policy.ts and the roles in DESIGN.md. Resources are written by
 * the editor unless "why" says otherwise; an API token acts as the owner's
 * admin who made it, with the token's role (README, API).
 */
import type { Outcome } from "./http";

/** The six columns of the matrix, in table order. */
export const PERSONAS = ["anonymous", "viewer", "editor", "reviewer", "admin", "outsider"] as const;
export type Persona = (typeof PERSONAS)[number];

const TABLE = `
| action or route                                                           | anonymous | viewer | editor | reviewer | admin | outsider | why |
| ------------------------------------------------------------------------- | --------- | ------ | ------ | -------- | ----- | -------- | --- |
| app/account/actions.ts#changePasswordAction                               | 401       | ok     | ok     | ok       | ok    | ok       | one's own account |
| app/account/actions.ts#signOutSessionAction                               | 401       | 404    | 404    | 404      | 404   | 404      | another member's session: nobody else may end it, nor learn it exists |
| app/account/actions.ts#signOutOtherSessionsAction                         | 401       | ok     | ok     | ok       | ok    | ok       | one's own account; the calling session stays |
| app/account/actions.ts#signOutEverywhereAction                            | excluded: ends the persona's own session, which later cells need; e2e/sessions.spec.ts and lib/users/sessions.int.test.ts cover it |
| app/account/actions.ts#updateTimeZoneAction                               | 401       | ok     | ok     | ok       | ok    | ok       | one's own display time zone |
| app/account/actions.ts#updateLocaleAction                                 | 401       | ok     | ok     | ok       | ok    | ok       | one's own interface language |
| app/_components/language-actions.ts#chooseLocaleAction                    | ok        | ok     | ok     | ok       | ok    | ok       | public: a cookie in the caller's own browser, nothing stored |
| app/forgot-password/actions.ts#requestPasswordResetAction                 | ok        | ok     | ok     | ok       | ok    | ok       | public: the same answer for every address |
| app/reset-password/[token]/actions.ts#resetPasswordAction                 | ok        | ok     | ok     | ok       | ok    | ok       | public: the link is the credential |
| app/inbox/actions.ts#markNotificationReadAction                           | 401       | 404    | ok     | 404      | 404   | 404      | the editor's notification: nobody else's inbox |
| app/inbox/actions.ts#markAllNotificationsReadAction                       | 401       | ok     | ok     | ok       | ok    | ok       | one's own inbox |
| app/account/notifications/actions.ts#updateNotificationPreferencesAction  | 401       | ok     | ok     | ok       | ok    | ok       | one's own email preferences |
| app/workspaces/actions.ts#createWorkspaceAction                           | 401       | ok     | ok     | ok       | ok    | ok       | anyone signed in starts a desk |
| app/w/[slug]/admin/actions.ts#inviteMemberAction                          | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| app/w/[slug]/admin/actions.ts#resendInvitationAction                      | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| app/w/[slug]/admin/actions.ts#revokeInvitationAction                      | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| app/invite/[token]/actions.ts#acceptInvitationAction                      | 401       | 403    | 403    | 403      | 403   | 403      | the link's invitation is for an address no persona has: only that account may accept (lib/invitations/*.int.test.ts) |
| app/invite/[token]/actions.ts#acceptWithPasswordAction                    | ok        | ok     | ok     | ok       | ok    | ok       | public: the link from the mail is the credential; the fixture's invitation is to the outsider's workspace |
| app/setup/[token]/actions.ts#setupFirstAdminAction                        | 404       | 404    | 404    | 404      | 404   | 404      | the first-admin link is dead once the database has a user (lib/auth/first-admin) |
| app/w/[slug]/admin/actions.ts#changeMemberRoleAction                      | 401       | 403    | 403    | 403      | ok    | 404      |  |
| app/w/[slug]/admin/actions.ts#removeMemberAction                          | 401       | 403    | 403    | 403      | ok    | 404      |  |
| app/w/[slug]/admin/actions.ts#updateRatingScaleAction                     | 401       | 403    | 403    | 403      | ok    | 404      |  |
| app/w/[slug]/admin/actions.ts#updateNameVariantsAction                    | 401       | 403    | 403    | 403      | ok    | 404      | workspace settings (spelling variants): admins |
| app/account/two-factor/actions.ts#beginTwoFactorEnrolmentAction           | 401       | ok     | ok     | ok       | ok    | ok       | one's own account: a pending authenticator secret |
| app/account/two-factor/actions.ts#confirmTwoFactorEnrolmentAction         | 401       | 400    | 400    | 400      | 400   | 400      | one's own account; the matrix cannot know the persona's secret, so a malformed code: refused, nothing written |
| app/account/two-factor/actions.ts#regenerateRecoveryCodesAction           | 401       | 409    | 409    | 409      | 409   | 409      | one's own account; the personas have no two-factor on |
| app/account/two-factor/actions.ts#disableTwoFactorAction                  | 401       | 409    | 409    | 409      | 409   | 409      | one's own account; the personas have no two-factor on |
| app/w/[slug]/admin/_two-factor/actions.ts#updateTwoFactorRequirementAction | 401       | 403    | 403    | 403      | ok    | 404      | workspace.settings: admins (turned off: turning it on needs the admin's own two-factor, 409) |
| app/w/[slug]/admin/_deleted-articles/actions.ts#restoreArticleAction      | 401       | 403    | 403    | 403      | ok    | 404      | restoring a deleted article is article.delete: admins |
| app/w/[slug]/admin/tokens/actions.ts#createApiTokenAction                 | 401       | 403    | 403    | 403      | ok    | 404      |  |
| app/w/[slug]/admin/tokens/actions.ts#revokeApiTokenAction                 | 401       | 403    | 403    | 403      | ok    | 404      |  |
| app/w/[slug]/articles/actions.ts#createArticleAction                      | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/articles/actions.ts#importVersionAction                      | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/articles/actions.ts#updateArticleAction                      | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/articles/actions.ts#deleteArticleAction                      | 401       | 403    | 403    | 403      | ok    | 404      |  |
| app/w/[slug]/articles/[articleId]/actions.ts#createAnnotationAction       | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/articles/[articleId]/actions.ts#updateAnnotationAction       | 401       | 403    | ok     | 403      | 403   | 404      | own note only |
| app/w/[slug]/articles/[articleId]/actions.ts#deleteAnnotationAction       | 401       | 403    | ok     | 403      | ok    | 404      | own, or an admin |
| app/w/[slug]/articles/[articleId]/actions.ts#reattachAnnotationAction     | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/articles/[articleId]/actions.ts#createReplyAction            | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/articles/[articleId]/actions.ts#deleteReplyAction            | 401       | 403    | ok     | 403      | ok    | 404      | own, or an admin |
| app/w/[slug]/articles/[articleId]/actions.ts#createClaimFromPassageAction | 401      | 403    | ok     | ok       | ok    | 404      | as createClaimAction, answering with the annotation |
| app/w/[slug]/claims/actions.ts#createClaimAction                          | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/claims/actions.ts#linkAppearanceAction                       | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/claims/actions.ts#assignClaimAction                          | 401       | 403    | 403    | ok       | ok    | 404      |  |
| app/w/[slug]/claims/actions.ts#createVerdictAction                        | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/claims/actions.ts#reviseVerdictAction                        | 401       | 403    | ok     | 403      | 403   | 404      | the author's verdict |
| app/w/[slug]/claims/actions.ts#submitVerdictAction                        | 401       | 403    | ok     | 403      | 403   | 404      | the author's verdict |
| app/w/[slug]/claims/actions.ts#withdrawVerdictAction                      | 401       | 403    | ok     | 403      | 403   | 404      | the author's verdict |
| app/w/[slug]/claims/actions.ts#reviewVerdictAction                        | 401       | 403    | 403    | ok       | ok    | 404      | four eyes: never the author |
| app/w/[slug]/claims/actions.ts#addSuggestedAppearanceAction               | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/claims/actions.ts#unlinkAppearanceAction                     | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| app/w/[slug]/claims/actions.ts#updateClaimAction                          | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| app/w/[slug]/claims/actions.ts#deleteClaimAction                          | 401       | 403    | ok     | 403      | ok    | 404      | the editor's claim: its creator, or an admin |
| app/w/[slug]/claims/actions.ts#createClaimRelationAction                  | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| app/w/[slug]/claims/actions.ts#deleteClaimRelationAction                  | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| app/w/[slug]/claims/actions.ts#getPassageExtractionAction                 | 401       | ok     | ok     | ok       | ok    | 404      | a read |
| app/w/[slug]/claims/actions.ts#recordVariantAsRelationAction              | 401       | 403    | ok     | ok       | ok    | 404      | a new passage, claim and relation: annotation.create and claim.create |
| app/w/[slug]/conflicts/actions.ts#detectConflictsAction                   | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/conflicts/actions.ts#resolveConflictAction                   | 401       | 403    | 403    | ok       | ok    | 404      |  |
| app/w/[slug]/conflicts/actions.ts#reopenConflictAction                    | 401       | 403    | 403    | ok       | ok    | 404      |  |
| app/w/[slug]/reports/actions.ts#createReportAction                        | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/reports/actions.ts#publishReportAction                       | 401       | 403    | 403    | ok       | ok    | 404      |  |
| app/w/[slug]/reports/actions.ts#unpublishReportAction                     | 401       | 403    | 403    | ok       | ok    | 404      |  |
| app/w/[slug]/reports/actions.ts#importAnnotationsAction                   | 401       | 403    | ok     | ok       | ok    | 404      |  |
| app/w/[slug]/reports/actions.ts#resolvePendingCorrectionsAction           | 401       | 403    | 403    | ok       | ok    | 404      | writing a published report's correction is report.publish: reviewers and up |
| GET /api/live/[slug]                                                      | 401       | ok     | ok     | ok       | ok    | 404      | an article topic with presence, as the reader opens it |
| GET /api/live/[slug] (claim topic)                                        | 401       | ok     | ok     | ok       | ok    | 404      |  |
| GET /api/live/[slug] (conflict topic)                                     | 401       | ok     | ok     | ok       | ok    | 404      |  |
| GET /api/live/[slug] (review topic)                                       | 401       | 403    | ok     | ok       | ok    | 404      | the review queue shows unapproved verdicts |
| GET /w/[slug]/articles/[articleId]/annotations/[annotationId]             | 401       | ok     | ok     | ok       | ok    | 404      | the reader's read of a note and its thread |
| GET /w/[slug]/articles/[articleId]/suggestions                            | 401       | 403    | ok     | ok       | ok    | 404      | sentences to check: editors and up |
| GET /w/[slug]/claims/search                                               | 401       | ok     | ok     | ok       | ok    | 404      | the claim picker's search, a read |
| GET /w/[slug]/search/outlets                                              | 401       | ok     | ok     | ok       | ok    | 404      | the search page's outlet suggestions, a read |
| GET /w/[slug]/reports/[reportId]/download/[format]                        | 401       | ok     | ok     | ok       | ok    | 404      |  |
| GET /w/[slug]/reports/[reportId]/download/[format] (unpublished)          | 401       | 403    | ok     | ok       | ok    | 404      | viewers: published reports only |
| GET /w/[slug]/reports/[reportId]/download/[format] (internal)             | 401       | 403    | ok     | ok       | ok    | 404      | internal output includes unapproved verdicts: editors and up |
| GET /r/[token]/download/[format]                                          | ok        | ok     | ok     | ok       | ok    | ok       | anyone with the link |
| GET /r/[token]/download/[format] (unpublished)                            | 404       | 404    | 404    | 404      | 404   | 404      | an unpublished report's link answers 404 to everyone |
| GET /fact-checks/[workspace]/feeds/[feed]                                 | ok        | ok     | ok     | ok       | ok    | ok       | feeds and embeds: public by design, the published fact-checks and corrections only (lib/feeds/feeds.int.test.ts) |
| GET /fact-checks/[workspace]/feeds/[feed] (unknown workspace)             | 404       | 404    | 404    | 404      | 404   | 404      | feeds and embeds: no feed for a workspace that does not exist |
| GET /api/oembed                                                           | ok        | ok     | ok     | ok       | ok    | ok       | feeds and embeds: public by design, answers for public fact-check pages only |
| GET /api/oembed (not public)                                              | 404       | 404    | 404    | 404      | 404   | 404      | feeds and embeds: a draft's page address answers 404 to everyone, members included |
| GET /sitemap.xml                                                          | ok        | ok     | ok     | ok       | ok    | ok       | feeds and embeds: public pages only |
| GET /api/v1/openapi.json                                                  | ok        | ok     | ok     | ok       | ok    | ok       | public API description |
| GET /api/health/live                                                      | ok        | ok     | ok     | ok       | ok    | ok       | for load balancers: says only that the process answers |
| GET /api/health/ready                                                     | ok        | ok     | ok     | ok       | ok    | ok       | for load balancers: database and migrations, no data |
| GET /api/metrics                                                          | 404       | 404    | 404    | 404      | 404   | 404      | a Prometheus scraper's METRICS_TOKEN only; unset in the matrix's server, so off for everyone; set, sessions and API tokens get 401 (test/load/shutdown.load.test.ts) |
| GET /api/auth/[...nextauth]                                               | excluded: next-auth's own sign-in endpoints: public by design, no workspace data (e2e/auth.spec.ts, e2e/sso.spec.ts) |
| POST /api/auth/[...nextauth]                                              | excluded: next-auth's own sign-in endpoints: public by design, no workspace data (e2e/auth.spec.ts, e2e/sso.spec.ts) |
| GET /api/v1/articles                                                      | 401       | ok     | ok     | ok       | ok    | ok       | the outsider's token lists its own workspace |
| POST /api/v1/articles                                                     | 401       | 403    | ok     | ok       | ok    | ok       | the outsider's token imports into its own workspace |
| GET /api/v1/articles/deleted                                              | 401       | 403    | 403    | 403      | ok    | ok       | admins; the outsider's token lists its own workspace's |
| DELETE /api/v1/articles/[articleId]                                       | 401       | 403    | 403    | 403      | ok    | 404      | article.delete: admins |
| POST /api/v1/articles/[articleId]/restore                                 | 401       | 403    | 403    | 403      | ok    | 404      | a deleted article; article.delete: admins |
| POST /api/v1/articles/[articleId]/versions                                | 401       | 403    | ok     | ok       | ok    | 404      | article.update: editors and up |
| GET /api/v1/articles/[articleId]/findings                                 | 401       | 403    | ok     | ok       | ok    | 404      | what to annotate next (annotation.create): editors and up |
| GET /api/v1/articles/[articleId]/suggestions                              | 401       | 403    | ok     | ok       | ok    | 404      | the reader's sentences to check (annotation.create): editors and up |
| GET /api/v1/annotations/[annotationId]/extraction                         | 401       | ok     | ok     | ok       | ok    | 404      | a read |
| GET /api/v1/articles/[articleId]                                          | 401       | ok     | ok     | ok       | ok    | 404      |  |
| GET /api/v1/articles/[articleId]/annotations                              | 401       | ok     | ok     | ok       | ok    | 404      |  |
| POST /api/v1/articles/[articleId]/annotations                             | 401       | 403    | ok     | ok       | ok    | 404      |  |
| GET /api/v1/annotations/[annotationId]                                    | 401       | ok     | ok     | ok       | ok    | 404      |  |
| PUT /api/v1/annotations/[annotationId]                                    | 401       | 403    | ok     | ok       | ok    | 404      | the token creator's own note |
| PUT /api/v1/annotations/[annotationId] (another member's)                 | 401       | 403    | 403    | 403      | 403   | 404      | the editor's note: only its author edits it |
| DELETE /api/v1/annotations/[annotationId]                                 | 401       | 403    | ok     | ok       | ok    | 404      | the token creator's own note |
| DELETE /api/v1/annotations/[annotationId] (another member's)              | 401       | 403    | 403    | 403      | ok    | 404      | the editor's note: its author or an admin |
| GET /api/v1/articles/[articleId]/container                                | 401       | ok     | ok     | ok       | ok    | 404      | annotation protocol: the article's container, a read |
| HEAD /api/v1/articles/[articleId]/container                               | 401       | ok     | ok     | ok       | ok    | 404      | annotation protocol: GET's headers |
| OPTIONS /api/v1/articles/[articleId]/container                            | ok        | ok     | ok     | ok       | ok    | ok       | annotation protocol: Allow / Accept-Post / Link only, no data; no token (CORS preflights carry none) |
| POST /api/v1/articles/[articleId]/container                               | 401       | 403    | ok     | ok       | ok    | 404      | annotation protocol: annotation.create, editors and up |
| GET /api/v1/articles/[articleId]/container/[annotationId]                 | 401       | ok     | ok     | ok       | ok    | 404      | annotation protocol: a read |
| HEAD /api/v1/articles/[articleId]/container/[annotationId]                | 401       | ok     | ok     | ok       | ok    | 404      | annotation protocol: GET's headers |
| OPTIONS /api/v1/articles/[articleId]/container/[annotationId]             | ok        | ok     | ok     | ok       | ok    | ok       | annotation protocol: Allow / Link only, no data; no token |
| PUT /api/v1/articles/[articleId]/container/[annotationId]                 | 401       | 403    | ok     | ok       | ok    | 404      | annotation protocol: the token creator's own note |
| PUT /api/v1/articles/[articleId]/container/[annotationId] (another member's) | 401       | 403    | 403    | 403      | 403   | 404      | annotation protocol: the editor's note: only its author edits it |
| DELETE /api/v1/articles/[articleId]/container/[annotationId]              | 401       | 403    | ok     | ok       | ok    | 404      | annotation protocol: the token creator's own note |
| DELETE /api/v1/articles/[articleId]/container/[annotationId] (another member's) | 401       | 403    | 403    | 403      | ok    | 404      | annotation protocol: the editor's note: its author or an admin |
| GET /api/v1/claims                                                        | 401       | ok     | ok     | ok       | ok    | ok       | the outsider's token lists its own workspace |
| GET /api/v1/claims (search)                                               | 401       | ok     | ok     | ok       | ok    | ok       | the claim search (q): the outsider's token searches its own workspace |
| POST /api/v1/claims                                                       | 401       | 403    | ok     | ok       | ok    | 404      |  |
| GET /api/v1/claims/[claimId]                                              | 401       | ok     | ok     | ok       | ok    | 404      |  |
| PATCH /api/v1/claims/[claimId]                                            | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| GET /api/v1/claims/[claimId]/claim-review                                 | 401       | ok     | ok     | ok       | ok    | 404      | the preflight's fields: a read |
| PUT /api/v1/claims/[claimId]/claim-review                                 | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| DELETE /api/v1/claims/[claimId]                                           | 401       | 403    | ok     | ok       | ok    | 404      | the token creator's own claim |
| DELETE /api/v1/claims/[claimId] (another member's)                        | 401       | 403    | 403    | 403      | ok    | 404      | the editor's claim: its creator or an admin |
| POST /api/v1/claims/[claimId]/appearances                                 | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| DELETE /api/v1/claims/[claimId]/appearances/[annotationId]                | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| GET /api/v1/claims/[claimId]/relations                                    | 401       | ok     | ok     | ok       | ok    | 404      | a read |
| POST /api/v1/claims/[claimId]/relations                                   | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| DELETE /api/v1/claims/[claimId]/relations/[relationId]                    | 401       | 403    | ok     | ok       | ok    | 404      | claim.update: editors and up |
| GET /api/v1/claims/[claimId]/verdicts                                     | 401       | ok     | ok     | ok       | ok    | 404      |  |
| POST /api/v1/verdicts                                                     | 401       | 403    | ok     | ok       | ok    | 404      |  |
| GET /api/v1/verdicts/[verdictId]                                          | 401       | ok     | ok     | ok       | ok    | 404      |  |
| GET /api/v1/verdicts/[verdictId] (draft)                                  | 401       | 404    | ok     | ok       | ok    | 404      | viewers see approved verdicts only |
| POST /api/v1/verdicts/[verdictId]/submit                                  | 401       | 403    | ok     | ok       | ok    | 404      | the token creator's draft |
| POST /api/v1/verdicts/[verdictId]/review                                  | 401       | 403    | 403    | ok       | ok    | 404      | the editor's verdict |
| POST /api/v1/verdicts/[verdictId]/review (warning acknowledged)           | 401       | 403    | 403    | ok       | ok    | 404      | the editor's verdict; its claim's appearance changed, the approval acknowledges it |
| POST /api/v1/verdicts/[verdictId]/review (warning not acknowledged)       | 401       | 403    | 403    | 422      | 422   | 404      | an approval without acknowledging the appearance warning: refused, nothing written |
| GET /api/v1/review-queue                                                  | 401       | 403    | ok     | ok       | ok    | ok       | verdict.readUnapproved: editors and up, as the review page; the outsider's token lists its own workspace's queue |
| GET /api/v1/me/reviewed-verdicts                                          | 401       | 403    | ok     | ok       | ok    | ok       | verdict.draft: editors and up; always the token creator's own verdicts; the outsider's token lists its creator's |
| GET /api/v1/reports                                                       | 401       | ok     | ok     | ok       | ok    | ok       | the outsider's token lists its own workspace |
| GET /api/v1/reports/[reportId]/export/[format]                            | 401       | ok     | ok     | ok       | ok    | 404      |  |
| GET /api/v1/reports/[reportId]/export/[format] (internal)                 | 401       | 403    | ok     | ok       | ok    | 404      | internal output includes unapproved verdicts: editors and up |
| GET /api/v1/reports/[reportId]/pending-corrections                        | 401       | 403    | ok     | ok       | ok    | 404      | report.exportInternal: editors and up |
| POST /api/v1/reports/[reportId]/corrections                               | 401       | 403    | 403    | ok       | ok    | 404      | report.publish: reviewers and up |
| GET /api/v1/conflicts                                                     | 401       | ok     | ok     | ok       | ok    | ok       | the outsider's token lists its own workspace |
| GET /api/v1/conflicts/[conflictId]                                        | 401       | ok     | ok     | ok       | ok    | 404      |  |
| POST /api/v1/conflicts/detect                                             | 401       | 403    | ok     | ok       | ok    | ok       | conflict.propose: editors and up; the outsider's token checks its own workspace |
| POST /api/v1/conflicts/[conflictId]/resolve                               | 401       | 403    | 403    | ok       | ok    | 404      | conflict.resolve: reviewers and up |
| POST /api/v1/conflicts/[conflictId]/reopen                                | 401       | 403    | 403    | ok       | ok    | 404      | conflict.resolve: reviewers and up |
| GET /api/v1/workspace/name-variants                                       | 401       | ok     | ok     | ok       | ok    | ok       | the outsider's token reads its own workspace's |
| PUT /api/v1/workspace/name-variants                                       | 401       | 403    | 403    | 403      | ok    | ok       | workspace.settings: admins; the outsider's token changes its own workspace's |
| GET /api/v1/workspace/members                                             | 401       | 403    | 403    | 403      | ok    | ok       | member.read: admins; the outsider's token lists its own workspace's |
| PATCH /api/v1/workspace/members/[membershipId]                            | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| DELETE /api/v1/workspace/members/[membershipId]                           | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| GET /api/v1/workspace/invitations                                         | 401       | 403    | 403    | 403      | ok    | ok       | member.read: admins; the outsider's token lists its own workspace's |
| POST /api/v1/workspace/invitations                                        | 401       | 403    | 403    | 403      | ok    | ok       | member.manage: admins; the outsider's token invites to its own workspace |
| DELETE /api/v1/workspace/invitations/[invitationId]                       | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| POST /api/v1/workspace/invitations/[invitationId]/resend                  | 401       | 403    | 403    | 403      | ok    | 404      | member.manage: admins |
| GET /inbox/[notificationId]/open                                          | 401       | 404    | ok     | 404      | 404   | 404      | the editor's notification: opening marks it read; nobody else's inbox |
| GET /api/v1/notifications                                                 | 401       | ok     | ok     | ok       | ok    | ok       | the token creator's own notifications; the outsider's token lists its creator's |
| POST /api/v1/notifications/[notificationId]/read                          | 401       | ok     | ok     | ok       | ok    | 404      | the token creator's notification (any token role: only their inbox changes); another workspace's token: 404 |
| GET /api/v1/workspace/two-factor                                          | 401       | 403    | 403    | 403      | ok    | ok       | workspace.settings: admins; the outsider's token reads its own workspace's |
| PUT /api/v1/workspace/two-factor                                          | 401       | 403    | 403    | 403      | ok    | ok       | workspace.settings: admins (turned off); the outsider's token changes its own workspace's |
| GET /api/v1/workspace/jobs                                                | 401       | 403    | 403    | 403      | ok    | ok       | audit.read: admins; the outsider's token lists its own workspace's jobs |
| GET /api/v1/workspace/audit/verification                                  | 401       | 403    | 403    | 403      | ok    | ok       | audit.read: admins, as the audit page; the outsider's token checks its own workspace's trail |
| GET /api/v1/workspace/members/[membershipId]                              | 401       | 403    | 403    | 403      | ok    | 404      | member.read: admins |
| GET /api/v1/workspace/invitations/[invitationId]                          | 401       | 403    | 403    | 403      | ok    | 404      | member.read: admins |
| app/w/[slug]/sources/actions.ts#checkSourcesAction                        | 401       | 403    | 403    | 403      | ok    | 404      | preserved sources (lib/sources): source.check, admins |
| GET /api/v1/search/outlets                                                | 401       | ok     | ok     | ok       | ok    | ok       | article.read, any member; the outsider's token lists its own workspace's outlets |
| GET /api/v1/sources                                                       | 401       | ok     | ok     | ok       | ok    | ok       | preserved sources: source.read, any member; the outsider's token lists its own workspace's |
| GET /api/v1/sources/[sourceId]                                            | 401       | ok     | ok     | ok       | ok    | 404      | preserved sources: source.read, any member |
| POST /api/v1/sources/check                                                | 401       | 403    | 403    | 403      | ok    | ok       | preserved sources: source.check, admins; the outsider's token checks its own workspace's |
| app/w/[slug]/admin/webhooks/actions.ts#registerWebhookEndpointAction      | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| app/w/[slug]/admin/webhooks/actions.ts#setWebhookEndpointEnabledAction    | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| app/w/[slug]/admin/webhooks/actions.ts#deleteWebhookEndpointAction        | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| app/w/[slug]/admin/webhooks/actions.ts#rotateWebhookSecretAction          | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| app/w/[slug]/admin/webhooks/actions.ts#sendTestWebhookAction              | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| app/w/[slug]/admin/webhooks/actions.ts#replayWebhookDeliveryAction        | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| GET /api/v1/workspace/webhooks                                            | 401       | 403    | 403    | 403      | ok    | ok       | webhook.manage: admins; the outsider's token lists its own workspace's |
| POST /api/v1/workspace/webhooks                                           | 401       | 403    | 403    | 403      | ok    | ok       | webhook.manage: admins; the outsider's token registers in its own workspace |
| GET /api/v1/workspace/webhooks/[endpointId]                               | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| PATCH /api/v1/workspace/webhooks/[endpointId]                             | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| DELETE /api/v1/workspace/webhooks/[endpointId]                            | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| POST /api/v1/workspace/webhooks/[endpointId]/rotate-secret                | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| GET /api/v1/workspace/webhooks/[endpointId]/deliveries                    | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| POST /api/v1/workspace/webhooks/[endpointId]/deliveries/[deliveryId]/replay | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| POST /api/v1/workspace/webhooks/[endpointId]/test                         | 401       | 403    | 403    | 403      | ok    | 404      | webhook.manage: admins |
| app/w/[slug]/admin/_publishing/actions.ts#updatePublishingSettingsAction  | 401       | 403    | 403    | 403      | ok    | 404      | fact-check pages: workspace.settings (methodology page, checkers' names): admins |
| app/w/[slug]/reports/[reportId]/_preflight/actions.ts#updateClaimReviewFieldsAction | 401 | 403 | ok   | ok       | ok    | 404      | fact-check pages: the preflight's fix is claim.update: editors and up |
| GET /api/v1/workspace/publishing                                          | 401       | 403    | 403    | 403      | ok    | ok       | fact-check pages: workspace.settings: admins; the outsider's token reads its own workspace's |
| PUT /api/v1/workspace/publishing                                          | 401       | 403    | 403    | 403      | ok    | ok       | fact-check pages: workspace.settings: admins; the outsider's token changes its own workspace's |
| GET /api/v1/reports/[reportId]/preflight                                  | 401       | 403    | ok     | ok       | ok    | 404      | fact-check pages: the ClaimReview preflight reads the report's output before publishing: editors and up |
| GET /api/v1/me                                                            | 401       | ok     | ok     | ok       | ok    | ok       | the token's own person: any token role; the outsider's token reads its own person |
| PUT /api/v1/me/preferences                                                | 401       | ok     | ok     | ok       | ok    | ok       | one's own language and time zone (as updateLocaleAction, updateTimeZoneAction): any token role, only the token's person |
`;

export type Expectation = { cells: Record<Persona, Outcome>; why: string } | { excluded: string };

function parseTable(table: string): Map<string, Expectation> {
  const rows = new Map<string, Expectation>();
  for (const line of table.trim().split("\n").slice(2)) {
    const [key, ...rest] = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (!key || rows.has(key)) throw new Error(`authorization matrix: bad or repeated row: ${line}`);
    if (rest[0]?.startsWith("excluded:")) {
      rows.set(key, { excluded: rest[0].slice("excluded:".length).trim() });
      continue;
    }
    const outcomes = rest.slice(0, PERSONAS.length);
    if (outcomes.length !== PERSONAS.length || outcomes.some((o) => !/^(ok|\d{3})$/.test(o)))
      throw new Error(`authorization matrix: a row needs ${PERSONAS.length} outcomes: ${line}`);
    rows.set(key, {
      cells: Object.fromEntries(PERSONAS.map((p, i) => [p, outcomes[i] as Outcome])) as Record<Persona, Outcome>,
      why: rest[PERSONAS.length] ?? "",
    });
  }
  return rows;
}

export const EXPECTED = parseTable(TABLE);
