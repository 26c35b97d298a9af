import type { RouteContract } from "@/lib/api/route-contract";
import { getOpenApiDocumentRoute } from "@/lib/api/openapi-contract";
import { getArticleRoute, importArticleRoute, listArticlesRoute } from "@/lib/api/articles/contracts";
import { createArticleAnnotationRoute, deleteAnnotationRoute, getAnnotationRoute, listArticleAnnotationsRoute, replaceAnnotationRoute } from "@/lib/api/annotations/contracts";
import { createClaimRoute, getClaimRoute, listClaimsRoute } from "@/lib/api/claims/contracts";
import { exportReportRoute, listReportsRoute } from "@/lib/api/reports/contracts";
import { createVerdictRoute, getVerdictRoute, listClaimVerdictsRoute, reviewVerdictRoute, submitVerdictRoute } from "@/lib/api/verdicts/contracts";

/**
 * Every operation of /api/v1, in the order the OpenAPI document lists them.
 * lib/api/routes.test.ts checks that each route handler under app/api/v1 is
 * built from one of these contracts at the matching path, and the reverse.
 */
export const API_ROUTES: readonly RouteContract[] = [
  listArticlesRoute,
  importArticleRoute,
  getArticleRoute,
  listArticleAnnotationsRoute,
  createArticleAnnotationRoute,
  getAnnotationRoute,
  replaceAnnotationRoute,
  deleteAnnotationRoute,
  listClaimsRoute,
  createClaimRoute,
  getClaimRoute,
  listClaimVerdictsRoute,
  createVerdictRoute,
  getVerdictRoute,
  submitVerdictRoute,
  reviewVerdictRoute,
  listReportsRoute,
  exportReportRoute,
  getOpenApiDocumentRoute,
];
