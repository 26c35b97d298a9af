import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { publicOrigin, publicPaths } from "@/lib/publishing/public-address";
import { scriptSafeJson } from "@/lib/exports/claim-review";
import { FactCheckView } from "./fact-check-view";
import { loadFactCheckPage } from "./load";
import "../fact-check.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ workspace: string; claim: string }>;

/** Segments may arrive decoded or not, depending on the router: compare decoded. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize("NFC");
  } catch {
    return segment;
  }
}

/** A description for link previews: the summary's first sentences, not the whole text. */
function previewText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, "")}…`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, claim } = await params;
  const page = await loadFactCheckPage(workspace, claim);
  const t = await getTranslations("factCheck.page");
  const title = t("metaTitle", { rating: page.verdict.ratingLabel, statement: page.claim.shortStatement || page.claim.statement });
  const description = previewText(page.verdict.summary);
  const origin = publicOrigin();
  return {
    title: { absolute: `${title} · ${page.workspace.organisationName}` },
    description,
    alternates: {
      canonical: page.url,
      types: {
        "application/json+oembed": `${origin}${publicPaths.oembed(page.url)}`,
        "application/atom+xml": [{ url: `${origin}${publicPaths.feed(page.workspace.slug, "fact-checks", "atom")}`, title: t("feedTitle", { organisation: page.workspace.organisationName }) }],
        "application/feed+json": [{ url: `${origin}${publicPaths.feed(page.workspace.slug, "fact-checks", "json")}`, title: t("feedTitle", { organisation: page.workspace.organisationName }) }],
      },
    },
    openGraph: { type: "article", url: page.url, title, description, siteName: page.workspace.organisationName, ...(page.verdict.firstApprovedAt ? { publishedTime: page.verdict.firstApprovedAt.toISOString() } : {}), modifiedTime: page.verdict.modifiedAt.toISOString() },
    twitter: { card: "summary", title, description },
  };
}

/**
 * The public page of one fact-check (IFCN code: claim, where it appeared,
 * rating with its legend, sources with their preserved copies, methodology,
 * corrections), with its one ClaimReview block. Signed out; an address with
 * outdated words redirects permanently to the current one.
 */
export default async function FactCheckPage({ params }: { params: Params }) {
  const { workspace, claim } = await params;
  const page = await loadFactCheckPage(workspace, claim);
  // old words (the statement was edited) or another spelling of the address: one canonical address per fact-check
  if (`/fact-checks/${encodeURIComponent(safeDecode(workspace))}/${encodeURIComponent(safeDecode(claim))}` !== page.path) permanentRedirect(page.path);
  return (
    <>
      {page.claimReview && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(page.claimReview) }} />}
      <FactCheckView page={page} />
    </>
  );
}
