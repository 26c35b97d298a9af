import { cache } from "react";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { claimIdOfFactCheckSegment } from "@/lib/public-urls/public-address";
import { loadPublicFactCheck, type PublicFactCheck } from "@/lib/publishing/load-public-fact-check";

/** One load per request for the page and its metadata; anything not public is the same 404. */
export const loadFactCheckPage = cache(async (workspaceSlug: string, segment: string): Promise<PublicFactCheck> => {
  const claimId = claimIdOfFactCheckSegment(segment);
  if (!claimId) notFound();
  return loadPublicFactCheck(workspaceSlug, claimId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
});
