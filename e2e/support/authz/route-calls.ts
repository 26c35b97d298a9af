/**
 * How to call each route handler for one cell: which credentials it takes,
 * the resources it needs (fresh per cell) and the request. A key is the
 * method and path found in app/ (enumerate.ts); a key with a suffix in
 * parentheses is a variant of that route (another state of the resource,
 * another query) with its own row of expectations. The expected outcomes are
 * in expectations.ts, the one table.
 */
import type { RouteRequest } from "./http";
import type { World } from "./world";
import * as make from "./fixtures";
import { PHRASE, type Fixture } from "./fixtures";
import { uniqueSuffix } from "../test-data";
import { aWebhookDelivery, aWebhookEndpoint, MATRIX_WEBHOOK, roomForAnEndpoint } from "./webhook-fixtures";

export interface RouteCall {
  /** session: the persona's cookie; token: the persona's API token (the API takes nothing else); public: no credentials needed */
  auth: "session" | "token" | "public";
  setup?: (w: World) => Promise<Fixture>;
  /** `slug`: the workspace the caller names in the URL (session routes; the owner's, or the outsider's own) */
  request: (slug: string, f: Fixture) => RouteRequest;
  /** as in ActionCall: the request names no resource of the owner's workspace */
  namesNoResource?: true;
}

/** A W3C Web Annotation of PHRASE on the fixture article, as a client posts it. */
const webAnnotation = (phrase: string, note: string) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  motivation: "commenting",
  body: [{ type: "TextualBody", value: note, format: "text/markdown", purpose: "commenting" }],
  target: { source: "https://news.example.test/flood", selector: [{ type: "TextQuoteSelector", exact: phrase }] },
});
const ldJson = (value: unknown) => ({ contentType: "application/ld+json", data: JSON.stringify(value) });
/** The same, posted to an article's protocol container: its target names the article (here by its container's IRI). */
const protocolAnnotation = (articleId: string, phrase: string, note: string) => ({
  ...webAnnotation(phrase, note),
  target: {
    source: `https://factdesk.example.test/api/v1/articles/${articleId}/container/`,
    selector: [{ type: "TextQuoteSelector", exact: phrase }],
  },
});

/** Annotations written by the owner's admin: the creator the owner's tokens act as (README, API). */
const byTokenCreator = (w: World) => make.anAnnotation(w, w.owner.actors.ADMIN);
const byEditor = (w: World) => make.anAnnotation(w, w.owner.actors.EDITOR);
/** A claim created by the owner's admin, the creator the owner's tokens act as. */
const claimByTokenCreator = (w: World) => make.aClaimBy(w, w.owner.actors.ADMIN);
/** A new version of the fixture article, changing the claim's figure. */
const newVersion = {
  contentType: "text/plain",
  data: "Officials said at least 15 people were hurt in the flood on Monday.\n\nThe mayor said the old dam held through the night.",
};

export const ROUTE_CALLS: Record<string, RouteCall> = {
  // as the reader opens it; the review queue's topic shows unapproved verdicts
  "GET /api/live/[slug]": {
    auth: "session",
    setup: make.anArticle,
    request: (slug, f) => ({ method: "GET", path: `/api/live/${slug}?topic=article:${f.articleId}&presence=1` }),
  },
  "GET /api/live/[slug] (claim topic)": {
    auth: "session",
    setup: (w) => make.aClaim(w),
    request: (slug, f) => ({ method: "GET", path: `/api/live/${slug}?topic=claim:${f.claimId}` }),
  },
  "GET /api/live/[slug] (conflict topic)": {
    auth: "session",
    setup: (w) => make.aConflict(w, "OPEN"),
    request: (slug, f) => ({ method: "GET", path: `/api/live/${slug}?topic=conflict:${f.conflictId}` }),
  },
  "GET /api/live/[slug] (review topic)": {
    auth: "session",
    request: (slug) => ({ method: "GET", path: `/api/live/${slug}?topic=review` }),
    namesNoResource: true,
  },

  // the reader's reads (app/w/[slug]/articles/[articleId]/reader-json.ts)
  "GET /w/[slug]/articles/[articleId]/annotations/[annotationId]": {
    auth: "session",
    setup: (w) => make.anAnnotation(w),
    request: (slug, f) => ({ method: "GET", path: `/w/${slug}/articles/${f.articleId}/annotations/${f.annotationId}` }),
  },
  "GET /w/[slug]/articles/[articleId]/suggestions": {
    auth: "session",
    setup: make.anArticle,
    request: (slug, f) => ({ method: "GET", path: `/w/${slug}/articles/${f.articleId}/suggestions` }),
  },
  "GET /w/[slug]/claims/search": {
    auth: "session",
    setup: (w) => make.aClaim(w),
    request: (slug) => ({ method: "GET", path: `/w/${slug}/claims/search?q=people+were+hurt` }),
    namesNoResource: true,
  },
  "GET /w/[slug]/search/outlets": {
    auth: "session",
    setup: make.anArticle,
    request: (slug) => ({ method: "GET", path: `/w/${slug}/search/outlets?q=a` }),
    namesNoResource: true,
  },
  "GET /w/[slug]/reports/[reportId]/download/[format]": {
    auth: "session",
    setup: (w) => make.aReport(w, true),
    request: (slug, f) => ({ method: "GET", path: `/w/${slug}/reports/${f.reportId}/download/markdown` }),
  },
  "GET /w/[slug]/reports/[reportId]/download/[format] (unpublished)": {
    auth: "session",
    setup: (w) => make.aReport(w, false),
    request: (slug, f) => ({ method: "GET", path: `/w/${slug}/reports/${f.reportId}/download/csv` }),
  },
  "GET /w/[slug]/reports/[reportId]/download/[format] (internal)": {
    auth: "session",
    setup: (w) => make.aReport(w, true),
    request: (slug, f) => ({ method: "GET", path: `/w/${slug}/reports/${f.reportId}/download/claimreview?internal=1` }),
  },
  "GET /r/[token]/download/[format]": {
    auth: "public",
    setup: (w) => make.aReport(w, true),
    request: (_slug, f) => ({ method: "GET", path: `/r/${f.publicToken}/download/annotations` }),
  },
  // feeds and embeds (public): the oEmbed url names the page at the server's public address (PUBLIC_BASE_URL, playwright.config.ts)
  "GET /fact-checks/[workspace]/feeds/[feed]": {
    auth: "public",
    setup: (w) => make.aReport(w, true),
    request: (slug) => ({ method: "GET", path: `/fact-checks/${slug}/feeds/fact-checks.atom` }),
  },
  "GET /fact-checks/[workspace]/feeds/[feed] (unknown workspace)": {
    auth: "public",
    request: () => ({ method: "GET", path: `/fact-checks/no-such-desk-${uniqueSuffix()}/feeds/corrections.json` }),
    namesNoResource: true,
  },
  "GET /api/oembed": {
    auth: "public",
    setup: (w) => make.aPublicFactCheck(w, true),
    request: (_slug, f) => ({ method: "GET", path: `/api/oembed?url=${encodeURIComponent(f.factCheckUrl!)}` }),
  },
  "GET /api/oembed (not public)": {
    auth: "public",
    setup: (w) => make.aPublicFactCheck(w, false),
    request: (_slug, f) => ({
      method: "GET",
      path: `/api/oembed?url=${encodeURIComponent(f.factCheckUrl!)}&format=xml`,
    }),
  },
  "GET /sitemap.xml": {
    auth: "public",
    setup: (w) => make.aReport(w, true),
    request: () => ({ method: "GET", path: "/sitemap.xml" }),
    namesNoResource: true,
  },
  "GET /r/[token]/download/[format] (unpublished)": {
    auth: "public",
    setup: async (w) => {
      const f = await make.aReport(w, true);
      const { unpublishReport } = await import("../../../lib/reports/unpublish-report");
      await unpublishReport(w.owner.actors.REVIEWER, f.reportId!);
      return f;
    },
    request: (_slug, f) => ({ method: "GET", path: `/r/${f.publicToken}/download/markdown` }),
  },

  "GET /api/v1/openapi.json": {
    auth: "public",
    request: () => ({ method: "GET", path: "/api/v1/openapi.json" }),
    namesNoResource: true,
  },
  "GET /api/health/live": {
    auth: "public",
    request: () => ({ method: "GET", path: "/api/health/live" }),
    namesNoResource: true,
  },
  "GET /api/health/ready": {
    auth: "public",
    request: () => ({ method: "GET", path: "/api/health/ready" }),
    namesNoResource: true,
  },
  // each persona presents its API token: never the metrics token
  "GET /api/metrics": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/metrics" }),
    namesNoResource: true,
  },
  "GET /api/v1/articles": {
    auth: "token",
    setup: make.anArticle,
    request: () => ({ method: "GET", path: "/api/v1/articles?limit=100" }),
    namesNoResource: true,
  },
  "POST /api/v1/articles": {
    auth: "token",
    request: () => ({
      method: "POST",
      path: "/api/v1/articles",
      json: { format: "markdown", content: "# Flood\n\nAt least **12** people were hurt.", outlet: "Matrix Wire" },
    }),
    namesNoResource: true,
  },
  "GET /api/v1/articles/[articleId]": {
    auth: "token",
    setup: make.anArticle,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/articles/${f.articleId}` }),
  },
  "GET /api/v1/articles/[articleId]/annotations": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/articles/${f.articleId}/annotations` }),
  },
  "POST /api/v1/articles/[articleId]/annotations": {
    auth: "token",
    setup: make.anArticle,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/articles/${f.articleId}/annotations`,
      body: ldJson(webAnnotation(PHRASE.dam, "Who said so?")),
    }),
  },
  "GET /api/v1/annotations/[annotationId]": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/annotations/${f.annotationId}` }),
  },
  "PUT /api/v1/annotations/[annotationId]": {
    auth: "token",
    setup: byTokenCreator,
    request: (_s, f) => ({
      method: "PUT",
      path: `/api/v1/annotations/${f.annotationId}`,
      body: ldJson(webAnnotation(PHRASE.hurt, "Edited through the API")),
      headers: { "if-match": "*" },
    }),
  },
  "PUT /api/v1/annotations/[annotationId] (another member's)": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({
      method: "PUT",
      path: `/api/v1/annotations/${f.annotationId}`,
      body: ldJson(webAnnotation(PHRASE.hurt, "Edited through the API")),
      headers: { "if-match": "*" },
    }),
  },
  "DELETE /api/v1/annotations/[annotationId]": {
    auth: "token",
    setup: byTokenCreator,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/annotations/${f.annotationId}` }),
  },
  "DELETE /api/v1/annotations/[annotationId] (another member's)": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/annotations/${f.annotationId}` }),
  },
  // W3C Web Annotation Protocol (lib/annotation-protocol): the container's IRI ends in "/"; PUT and DELETE need If-Match
  "GET /api/v1/articles/[articleId]/container": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/articles/${f.articleId}/container/` }),
  },
  "HEAD /api/v1/articles/[articleId]/container": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "HEAD", path: `/api/v1/articles/${f.articleId}/container/` }),
  },
  "OPTIONS /api/v1/articles/[articleId]/container": {
    auth: "public",
    setup: make.anArticle,
    request: (_s, f) => ({ method: "OPTIONS", path: `/api/v1/articles/${f.articleId}/container/` }),
  },
  "POST /api/v1/articles/[articleId]/container": {
    auth: "token",
    setup: make.anArticle,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/articles/${f.articleId}/container/`,
      body: ldJson(protocolAnnotation(f.articleId!, PHRASE.dam, "Who said so?")),
    }),
  },
  "GET /api/v1/articles/[articleId]/container/[annotationId]": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}` }),
  },
  "HEAD /api/v1/articles/[articleId]/container/[annotationId]": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({ method: "HEAD", path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}` }),
  },
  "OPTIONS /api/v1/articles/[articleId]/container/[annotationId]": {
    auth: "public",
    setup: byEditor,
    request: (_s, f) => ({ method: "OPTIONS", path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}` }),
  },
  "PUT /api/v1/articles/[articleId]/container/[annotationId]": {
    auth: "token",
    setup: byTokenCreator,
    request: (_s, f) => ({
      method: "PUT",
      path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}`,
      body: ldJson(protocolAnnotation(f.articleId!, PHRASE.hurt, "Edited through the protocol")),
      headers: { "if-match": "*" },
    }),
  },
  "PUT /api/v1/articles/[articleId]/container/[annotationId] (another member's)": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({
      method: "PUT",
      path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}`,
      body: ldJson(protocolAnnotation(f.articleId!, PHRASE.hurt, "Edited through the protocol")),
      headers: { "if-match": "*" },
    }),
  },
  "DELETE /api/v1/articles/[articleId]/container/[annotationId]": {
    auth: "token",
    setup: byTokenCreator,
    request: (_s, f) => ({
      method: "DELETE",
      path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}`,
      headers: { "if-match": "*" },
    }),
  },
  "DELETE /api/v1/articles/[articleId]/container/[annotationId] (another member's)": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({
      method: "DELETE",
      path: `/api/v1/articles/${f.articleId}/container/${f.annotationId}`,
      headers: { "if-match": "*" },
    }),
  },

  "GET /api/v1/articles/deleted": {
    auth: "token",
    setup: make.aDeletedArticle,
    request: () => ({ method: "GET", path: "/api/v1/articles/deleted" }),
    namesNoResource: true,
  },
  "DELETE /api/v1/articles/[articleId]": {
    auth: "token",
    setup: make.anArticle,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/articles/${f.articleId}` }),
  },
  "POST /api/v1/articles/[articleId]/restore": {
    auth: "token",
    setup: make.aDeletedArticle,
    request: (_s, f) => ({ method: "POST", path: `/api/v1/articles/${f.articleId}/restore` }),
  },
  "POST /api/v1/articles/[articleId]/versions": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({ method: "POST", path: `/api/v1/articles/${f.articleId}/versions`, body: newVersion }),
  },
  "GET /api/v1/articles/[articleId]/findings": {
    auth: "token",
    setup: make.anArticle,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/articles/${f.articleId}/findings` }),
  },
  "GET /api/v1/articles/[articleId]/suggestions": {
    auth: "token",
    setup: make.anArticle,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/articles/${f.articleId}/suggestions` }),
  },
  "GET /api/v1/annotations/[annotationId]/extraction": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({
      method: "GET",
      path: `/api/v1/annotations/${f.otherAnnotationId}/extraction?claimId=${f.claimId}`,
    }),
  },

  "GET /api/v1/claims": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: () => ({ method: "GET", path: "/api/v1/claims?limit=100" }),
    namesNoResource: true,
  },
  "GET /api/v1/claims (search)": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: () => ({ method: "GET", path: "/api/v1/claims?q=people+were+hurt&limit=100" }),
    namesNoResource: true,
  },
  "POST /api/v1/claims": {
    auth: "token",
    setup: byEditor,
    request: (_s, f) => ({
      method: "POST",
      path: "/api/v1/claims",
      json: {
        annotationId: f.annotationId,
        statement: "At least 12 people were hurt in the flood",
        claimant: "Officials",
      },
    }),
  },
  "GET /api/v1/claims/[claimId]": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/claims/${f.claimId}` }),
  },
  "PATCH /api/v1/claims/[claimId]": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({
      method: "PATCH",
      path: `/api/v1/claims/${f.claimId}`,
      json: { statement: "At least 12 people were hurt in Monday's flood" },
    }),
  },
  "GET /api/v1/claims/[claimId]/claim-review": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/claims/${f.claimId}/claim-review` }),
  },
  "PUT /api/v1/claims/[claimId]/claim-review": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({
      method: "PUT",
      path: `/api/v1/claims/${f.claimId}/claim-review`,
      json: {
        shortStatement: "12 hurt in Monday's flood",
        claimant: "Regional officials",
        claimDate: "2026-11-03",
        firstAppearanceUrl: "https://social.example.test/post/1",
      },
    }),
  },
  "DELETE /api/v1/claims/[claimId]": {
    auth: "token",
    setup: claimByTokenCreator,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/claims/${f.claimId}` }),
  },
  "DELETE /api/v1/claims/[claimId] (another member's)": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/claims/${f.claimId}` }),
  },
  "POST /api/v1/claims/[claimId]/appearances": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/claims/${f.claimId}/appearances`,
      json: { annotationId: f.otherAnnotationId },
    }),
  },
  "DELETE /api/v1/claims/[claimId]/appearances/[annotationId]": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/claims/${f.claimId}/appearances/${f.annotationId}` }),
  },
  "GET /api/v1/claims/[claimId]/relations": {
    auth: "token",
    setup: make.aRelation,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/claims/${f.claimId}/relations` }),
  },
  "POST /api/v1/claims/[claimId]/relations": {
    auth: "token",
    setup: make.twoClaims,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/claims/${f.claimId}/relations`,
      json: { kind: "CONTRADICTS", toClaimId: f.otherClaimId },
    }),
  },
  "DELETE /api/v1/claims/[claimId]/relations/[relationId]": {
    auth: "token",
    setup: make.aRelation,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/claims/${f.claimId}/relations/${f.relationId}` }),
  },
  "GET /api/v1/claims/[claimId]/verdicts": {
    auth: "token",
    setup: (w) => make.aClaim(w, "APPROVED"),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/claims/${f.claimId}/verdicts` }),
  },
  "POST /api/v1/verdicts": {
    auth: "token",
    setup: (w) => make.aClaim(w),
    request: (_s, f) => ({
      method: "POST",
      path: "/api/v1/verdicts",
      json: {
        claimId: f.claimId,
        ratingKey: "MOSTLY_ACCURATE",
        summary: "Two hospitals confirm the figure.",
        evidence: [],
      },
    }),
  },
  "GET /api/v1/verdicts/[verdictId]": {
    auth: "token",
    setup: (w) => make.aClaim(w, "APPROVED"),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/verdicts/${f.verdictId}` }),
  },
  "GET /api/v1/verdicts/[verdictId] (draft)": {
    auth: "token",
    setup: (w) => make.aClaim(w, "DRAFT"),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/verdicts/${f.verdictId}` }),
  },
  "POST /api/v1/verdicts/[verdictId]/submit": {
    auth: "token",
    setup: (w) => make.aVerdictBy(w, w.owner.actors.ADMIN, "DRAFT"),
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/verdicts/${f.verdictId}/submit`,
      json: { lockVersion: Number(f.lockVersion) },
    }),
  },
  "POST /api/v1/verdicts/[verdictId]/review": {
    auth: "token",
    setup: (w) => make.aClaim(w, "SUBMITTED"),
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/verdicts/${f.verdictId}/review`,
      json: { lockVersion: Number(f.lockVersion), decision: "APPROVE" },
    }),
  },
  "POST /api/v1/verdicts/[verdictId]/review (warning acknowledged)": {
    auth: "token",
    setup: make.aWarnedSubmittedVerdict,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/verdicts/${f.verdictId}/review`,
      json: { lockVersion: Number(f.lockVersion), decision: "APPROVE", acknowledgeWarnings: true },
    }),
  },
  "POST /api/v1/verdicts/[verdictId]/review (warning not acknowledged)": {
    auth: "token",
    setup: make.aWarnedSubmittedVerdict,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/verdicts/${f.verdictId}/review`,
      json: { lockVersion: Number(f.lockVersion), decision: "APPROVE" },
    }),
  },

  "GET /api/v1/conflicts": {
    auth: "token",
    setup: (w) => make.aConflict(w, "OPEN"),
    request: () => ({ method: "GET", path: "/api/v1/conflicts?limit=100" }),
    namesNoResource: true,
  },
  "GET /api/v1/conflicts/[conflictId]": {
    auth: "token",
    setup: (w) => make.aConflict(w, "OPEN"),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/conflicts/${f.conflictId}` }),
  },
  "POST /api/v1/conflicts/detect": {
    auth: "token",
    request: () => ({ method: "POST", path: "/api/v1/conflicts/detect" }),
    namesNoResource: true,
  },
  "POST /api/v1/conflicts/[conflictId]/resolve": {
    auth: "token",
    setup: (w) => make.aConflict(w, "OPEN"),
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/conflicts/${f.conflictId}/resolve`,
      json: {
        holds: [
          { claimId: f.claimId, holds: true },
          { claimId: f.otherClaimId, holds: false },
        ],
        resolution: "The first figure is the official one.",
      },
    }),
  },
  "POST /api/v1/conflicts/[conflictId]/reopen": {
    auth: "token",
    setup: (w) => make.aConflict(w, "RESOLVED"),
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/conflicts/${f.conflictId}/reopen`,
      json: { reason: "A new source disagrees." },
    }),
  },

  // the editor's verdict waits for review; the outsider's token reads its own workspace's queue
  "GET /api/v1/review-queue": {
    auth: "token",
    setup: (w) => make.aClaim(w, "SUBMITTED"),
    request: () => ({ method: "GET", path: "/api/v1/review-queue?limit=100" }),
    namesNoResource: true,
  },
  // the editor's approved verdict: a reviewed one, though not the token creator's (the list is always the caller's own)
  "GET /api/v1/me/reviewed-verdicts": {
    auth: "token",
    setup: (w) => make.aClaim(w, "APPROVED"),
    request: () => ({ method: "GET", path: "/api/v1/me/reviewed-verdicts?limit=100" }),
    namesNoResource: true,
  },
  "GET /api/v1/reports": {
    auth: "token",
    setup: (w) => make.aReport(w, true),
    request: () => ({ method: "GET", path: "/api/v1/reports?limit=100" }),
    namesNoResource: true,
  },
  "GET /api/v1/reports/[reportId]/export/[format]": {
    auth: "token",
    setup: (w) => make.aReport(w, true),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/reports/${f.reportId}/export/csv` }),
  },
  "GET /api/v1/reports/[reportId]/export/[format] (internal)": {
    auth: "token",
    setup: (w) => make.aReport(w, true),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/reports/${f.reportId}/export/markdown?internal=true` }),
  },
  "GET /api/v1/reports/[reportId]/pending-corrections": {
    auth: "token",
    setup: make.aReportAwaitingCorrection,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/reports/${f.reportId}/pending-corrections` }),
  },
  "POST /api/v1/reports/[reportId]/corrections": {
    auth: "token",
    setup: make.aReportAwaitingCorrection,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/reports/${f.reportId}/corrections`,
      json: { note: "Version 2 of the article gives 15 people hurt, not 12." },
    }),
  },

  "GET /api/v1/workspace/name-variants": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/name-variants" }),
    namesNoResource: true,
  },
  "PUT /api/v1/workspace/name-variants": {
    auth: "token",
    request: () => ({
      method: "PUT",
      path: "/api/v1/workspace/name-variants",
      json: { groups: ["Matrixville|Matrixvile", "Old Dam|Olddam"] },
    }),
    namesNoResource: true,
  },
  "GET /api/v1/workspace/members": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/members" }),
    namesNoResource: true,
  },
  "PATCH /api/v1/workspace/members/[membershipId]": {
    auth: "token",
    setup: make.aMember,
    request: (_s, f) => ({
      method: "PATCH",
      path: `/api/v1/workspace/members/${f.membershipId}`,
      json: { role: "EDITOR" },
    }),
  },
  "DELETE /api/v1/workspace/members/[membershipId]": {
    auth: "token",
    setup: make.aMember,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/workspace/members/${f.membershipId}` }),
  },
  "GET /api/v1/workspace/invitations": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/invitations" }),
    namesNoResource: true,
  },
  "POST /api/v1/workspace/invitations": {
    auth: "token",
    request: () => ({
      method: "POST",
      path: "/api/v1/workspace/invitations",
      json: { email: `matrix-${uniqueSuffix()}@factories.factdesk.test`, role: "VIEWER" },
    }),
    namesNoResource: true,
  },
  "DELETE /api/v1/workspace/invitations/[invitationId]": {
    auth: "token",
    setup: make.anInvitation,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/workspace/invitations/${f.invitationId}` }),
  },
  "POST /api/v1/workspace/invitations/[invitationId]/resend": {
    auth: "token",
    setup: make.anInvitation,
    request: (_s, f) => ({ method: "POST", path: `/api/v1/workspace/invitations/${f.invitationId}/resend` }),
  },

  // personal inboxes: the session route opens the editor's notification; a token reads and marks its creator's (the owner's admin)
  "GET /inbox/[notificationId]/open": {
    auth: "session",
    setup: (w) => make.aNotification(w),
    request: (_s, f) => ({ method: "GET", path: `/inbox/${f.notificationId}/open` }),
  },
  "GET /api/v1/notifications": {
    auth: "token",
    setup: (w) => make.aNotification(w, w.owner.actors.ADMIN),
    request: () => ({ method: "GET", path: "/api/v1/notifications?limit=100" }),
    namesNoResource: true,
  },
  "POST /api/v1/notifications/[notificationId]/read": {
    auth: "token",
    setup: (w) => make.aNotification(w, w.owner.actors.ADMIN),
    request: (_s, f) => ({ method: "POST", path: `/api/v1/notifications/${f.notificationId}/read` }),
  },
  "GET /api/v1/workspace/two-factor": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/two-factor" }),
    namesNoResource: true,
  },
  // never `true` here: it would lock the personas (no two-factor) out of the workspace for the rest of the matrix
  "PUT /api/v1/workspace/two-factor": {
    auth: "token",
    request: () => ({ method: "PUT", path: "/api/v1/workspace/two-factor", json: { required: false } }),
    namesNoResource: true,
  },
  "GET /api/v1/workspace/jobs": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/jobs" }),
    namesNoResource: true,
  },
  "GET /api/v1/workspace/audit/verification": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/audit/verification" }),
    namesNoResource: true,
  },
  "GET /api/v1/workspace/members/[membershipId]": {
    auth: "token",
    setup: make.aMember,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/workspace/members/${f.membershipId}` }),
  },
  "GET /api/v1/workspace/invitations/[invitationId]": {
    auth: "token",
    setup: make.anInvitation,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/workspace/invitations/${f.invitationId}` }),
  },

  // preserved sources (lib/sources)
  "GET /api/v1/search/outlets": {
    auth: "token",
    setup: make.anArticle,
    request: () => ({ method: "GET", path: "/api/v1/search/outlets?q=a" }),
    namesNoResource: true,
  },
  "GET /api/v1/sources": {
    auth: "token",
    setup: make.aSource,
    request: () => ({ method: "GET", path: "/api/v1/sources?limit=100" }),
    namesNoResource: true,
  },
  "GET /api/v1/sources/[sourceId]": {
    auth: "token",
    setup: make.aSource,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/sources/${f.sourceId}` }),
  },
  "POST /api/v1/sources/check": {
    auth: "token",
    request: () => ({ method: "POST", path: "/api/v1/sources/check" }),
    namesNoResource: true,
  },
  // webhooks (lib/webhooks)
  "GET /api/v1/workspace/webhooks": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/webhooks" }),
    namesNoResource: true,
  },
  "POST /api/v1/workspace/webhooks": {
    auth: "token",
    setup: roomForAnEndpoint,
    request: () => ({ method: "POST", path: "/api/v1/workspace/webhooks", json: MATRIX_WEBHOOK }),
    namesNoResource: true,
  },
  "GET /api/v1/workspace/webhooks/[endpointId]": {
    auth: "token",
    setup: aWebhookEndpoint,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/workspace/webhooks/${f.endpointId}` }),
  },
  "PATCH /api/v1/workspace/webhooks/[endpointId]": {
    auth: "token",
    setup: aWebhookEndpoint,
    request: (_s, f) => ({
      method: "PATCH",
      path: `/api/v1/workspace/webhooks/${f.endpointId}`,
      json: { description: "changed by the matrix" },
    }),
  },
  "DELETE /api/v1/workspace/webhooks/[endpointId]": {
    auth: "token",
    setup: aWebhookEndpoint,
    request: (_s, f) => ({ method: "DELETE", path: `/api/v1/workspace/webhooks/${f.endpointId}` }),
  },
  "POST /api/v1/workspace/webhooks/[endpointId]/rotate-secret": {
    auth: "token",
    setup: aWebhookEndpoint,
    request: (_s, f) => ({ method: "POST", path: `/api/v1/workspace/webhooks/${f.endpointId}/rotate-secret` }),
  },
  "GET /api/v1/workspace/webhooks/[endpointId]/deliveries": {
    auth: "token",
    setup: aWebhookDelivery,
    request: (_s, f) => ({ method: "GET", path: `/api/v1/workspace/webhooks/${f.endpointId}/deliveries` }),
  },
  "POST /api/v1/workspace/webhooks/[endpointId]/deliveries/[deliveryId]/replay": {
    auth: "token",
    setup: aWebhookDelivery,
    request: (_s, f) => ({
      method: "POST",
      path: `/api/v1/workspace/webhooks/${f.endpointId}/deliveries/${f.deliveryId}/replay`,
    }),
  },
  "POST /api/v1/workspace/webhooks/[endpointId]/test": {
    auth: "token",
    setup: aWebhookEndpoint,
    request: (_s, f) => ({ method: "POST", path: `/api/v1/workspace/webhooks/${f.endpointId}/test` }),
  },
  // fact-check pages (lib/publishing): settings and the ClaimReview preflight
  "GET /api/v1/workspace/publishing": {
    auth: "token",
    request: () => ({ method: "GET", path: "/api/v1/workspace/publishing" }),
    namesNoResource: true,
  },
  "PUT /api/v1/workspace/publishing": {
    auth: "token",
    request: () => ({
      method: "PUT",
      path: "/api/v1/workspace/publishing",
      json: { methodologyUrl: "https://newsroom.example.test/how-we-check", showCheckerNames: true },
    }),
    namesNoResource: true,
  },
  // the token's own person (lib/api/me): nothing of a workspace is named; the personas keep English (other cells read texts)
  "GET /api/v1/me": { auth: "token", request: () => ({ method: "GET", path: "/api/v1/me" }), namesNoResource: true },
  "PUT /api/v1/me/preferences": {
    auth: "token",
    request: () => ({ method: "PUT", path: "/api/v1/me/preferences", json: { language: "en", timeZone: "UTC" } }),
    namesNoResource: true,
  },
  "GET /api/v1/reports/[reportId]/preflight": {
    auth: "token",
    setup: (w) => make.aReport(w, false),
    request: (_s, f) => ({ method: "GET", path: `/api/v1/reports/${f.reportId}/preflight` }),
  },
};
