import type { RouteContract } from "@/lib/api/route-contract";
import { getOpenApiDocumentRoute } from "@/lib/api/openapi-contract";
import { getArticleRoute, importArticleRoute, listArticlesRoute } from "@/lib/api/articles/contracts";
import {
  createArticleAnnotationRoute,
  deleteAnnotationRoute,
  getAnnotationRoute,
  listArticleAnnotationsRoute,
  replaceAnnotationRoute,
} from "@/lib/api/annotations/contracts";
import {
  deleteArticleRoute,
  listDeletedArticlesRoute,
  restoreArticleRoute,
} from "@/lib/api/articles/deletion-contracts";
import { findImportFindingsRoute, importArticleVersionRoute } from "@/lib/api/articles/version-contracts";
import { findArticleSuggestionsRoute } from "@/lib/api/articles/suggestion-contracts";
import {
  createClaimRoute,
  deleteClaimRoute,
  getClaimRoute,
  listClaimsRoute,
  updateClaimRoute,
} from "@/lib/api/claims/contracts";
import {
  getPassageExtractionRoute,
  linkAppearanceRoute,
  unlinkAppearanceRoute,
} from "@/lib/api/claims/appearance-contracts";
import {
  createClaimRelationRoute,
  deleteClaimRelationRoute,
  listClaimRelationsRoute,
} from "@/lib/api/claims/relation-contracts";
import {
  detectConflictsRoute,
  getConflictRoute,
  listConflictsRoute,
  reopenConflictRoute,
  resolveConflictRoute,
} from "@/lib/api/conflicts/contracts";
import {
  correctReportRoute,
  exportReportRoute,
  listPendingCorrectionsRoute,
  listReportsRoute,
} from "@/lib/api/reports/contracts";
import {
  createVerdictRoute,
  getVerdictRoute,
  listClaimVerdictsRoute,
  reviewVerdictRoute,
  submitVerdictRoute,
} from "@/lib/api/verdicts/contracts";
import { getNameVariantsRoute, replaceNameVariantsRoute } from "@/lib/api/workspace/contracts";
import {
  changeMemberRoleRoute,
  getMemberRoute,
  listMembersRoute,
  removeMemberRoute,
} from "@/lib/api/members/contracts";
import {
  getInvitationRoute,
  inviteMemberRoute,
  listInvitationsRoute,
  resendInvitationRoute,
  revokeInvitationRoute,
} from "@/lib/api/members/invitation-contracts";
import {
  getTwoFactorRequirementRoute,
  replaceTwoFactorRequirementRoute,
} from "@/lib/api/workspace/two-factor-contracts";
import { listNotificationsRoute, markNotificationReadRoute } from "@/lib/api/notifications/contracts";
import { listJobsRoute } from "@/lib/api/workspace/job-contracts";
import { listOutletsRoute } from "@/lib/api/search/contracts";
import { verifyAuditTrailRoute } from "@/lib/api/audit/contracts";
import {
  deleteWebhookEndpointRoute,
  getWebhookEndpointRoute,
  listWebhookDeliveriesRoute,
  listWebhookEndpointsRoute,
  registerWebhookEndpointRoute,
  replayWebhookDeliveryRoute,
  rotateWebhookSecretRoute,
  sendTestWebhookRoute,
  updateWebhookEndpointRoute,
} from "@/lib/api/webhooks/contracts";
import { ANNOTATION_PROTOCOL_ROUTES } from "@/lib/annotation-protocol/contracts";
import { checkSourcesRoute, getSourceRoute, listSourcesRoute } from "@/lib/api/sources/contracts";
import { getPublishingSettingsRoute, replacePublishingSettingsRoute } from "@/lib/api/workspace/publishing-contracts";
import { getClaimReviewFieldsRoute, replaceClaimReviewFieldsRoute } from "@/lib/api/claims/claim-review-contracts";
import { getReportPreflightRoute } from "@/lib/api/reports/preflight-contracts";
import { getMeRoute, replacePreferencesRoute } from "@/lib/api/me/contracts";
import { listMyReviewedVerdictsRoute, listReviewQueueRoute } from "@/lib/api/review-queue/contracts";

/**
 * Every operation of /api/v1, in the order the OpenAPI document lists them.
 * Kept outside lib/api: the list gathers lib/api's contracts and those of the
 * protocols built on it (lib/annotation-protocol), which import lib/api.
 * lib/api-routes/api-routes.test.ts checks that each route handler under app/api/v1 is
 * built from one of these contracts at the matching path, and the reverse.
 */
export const API_ROUTES: readonly RouteContract[] = [
  listArticlesRoute,
  importArticleRoute,
  getArticleRoute,
  deleteArticleRoute,
  listDeletedArticlesRoute,
  restoreArticleRoute,
  importArticleVersionRoute,
  findImportFindingsRoute,
  findArticleSuggestionsRoute,
  listOutletsRoute,
  listArticleAnnotationsRoute,
  createArticleAnnotationRoute,
  getAnnotationRoute,
  replaceAnnotationRoute,
  deleteAnnotationRoute,
  // the W3C Web Annotation Protocol's container per article (lib/annotation-protocol)
  ...ANNOTATION_PROTOCOL_ROUTES,
  getPassageExtractionRoute,
  listClaimsRoute,
  createClaimRoute,
  getClaimRoute,
  updateClaimRoute,
  deleteClaimRoute,
  linkAppearanceRoute,
  unlinkAppearanceRoute,
  listClaimRelationsRoute,
  createClaimRelationRoute,
  deleteClaimRelationRoute,
  listClaimVerdictsRoute,
  createVerdictRoute,
  getVerdictRoute,
  submitVerdictRoute,
  reviewVerdictRoute,
  // the review page: what waits for review, and the token person's verdicts reviewers acted on
  listReviewQueueRoute,
  listMyReviewedVerdictsRoute,
  listConflictsRoute,
  getConflictRoute,
  detectConflictsRoute,
  resolveConflictRoute,
  reopenConflictRoute,
  listReportsRoute,
  exportReportRoute,
  listPendingCorrectionsRoute,
  correctReportRoute,
  getNameVariantsRoute,
  replaceNameVariantsRoute,
  listMembersRoute,
  getMemberRoute,
  changeMemberRoleRoute,
  removeMemberRoute,
  listInvitationsRoute,
  inviteMemberRoute,
  getInvitationRoute,
  revokeInvitationRoute,
  resendInvitationRoute,
  getTwoFactorRequirementRoute,
  replaceTwoFactorRequirementRoute,
  listJobsRoute,
  verifyAuditTrailRoute,
  listNotificationsRoute,
  markNotificationReadRoute,
  listSourcesRoute,
  getSourceRoute,
  checkSourcesRoute,
  listWebhookEndpointsRoute,
  registerWebhookEndpointRoute,
  getWebhookEndpointRoute,
  updateWebhookEndpointRoute,
  deleteWebhookEndpointRoute,
  rotateWebhookSecretRoute,
  listWebhookDeliveriesRoute,
  replayWebhookDeliveryRoute,
  sendTestWebhookRoute,
  // public fact-check pages: their settings, and the ClaimReview preflight before publishing
  getPublishingSettingsRoute,
  replacePublishingSettingsRoute,
  getClaimReviewFieldsRoute,
  replaceClaimReviewFieldsRoute,
  getReportPreflightRoute,
  // the token's own person: who they are, their language and time zone (the account page's settings)
  getMeRoute,
  replacePreferencesRoute,
  getOpenApiDocumentRoute,
];
