import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { publicOrigin } from "@/lib/public-urls/public-address";
import { factCheckMetadata } from "@/lib/publishing/fact-check-metadata";
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

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, claim } = await params;
  const page = await loadFactCheckPage(workspace, claim);
  const t = await getTranslations("factCheck.page");
  const words = {
    title: t("metaTitle", {
      rating: page.verdict.ratingLabel,
      statement: page.claim.shortStatement || page.claim.statement,
    }),
    feedTitle: t("feedTitle", { organisation: page.workspace.organisationName }),
  };
  return factCheckMetadata(page, words, publicOrigin());
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
  if (
    `/fact-checks/${encodeURIComponent(safeDecode(workspace))}/${encodeURIComponent(safeDecode(claim))}` !== page.path
  )
    permanentRedirect(page.path);
  return (
    <>
      {page.claimReview && (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(page.claimReview) }} />
      )}
      <FactCheckView page={page} />
    </>
  );
}
