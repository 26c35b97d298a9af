import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { getRatingScale } from "@/lib/workspaces/get-rating-scale";
import { ScaleForm } from "./scale-form";

export const metadata: Metadata = { title: "Rating scale" };

export default async function RatingScalePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "workspace.settings");
  const levels = await getRatingScale(actor);
  return (
    <>
      <div className="page-head">
        <h1>Rating scale</h1>
        <Link className="button secondary" href={`/w/${slug}/admin`}>Members</Link>
      </div>
      <p className="muted">The ratings editors choose from. The truth-scale place orders ratings for agreement statistics and for ClaimReview’s ratingValue; levels such as “Unverifiable” stay outside it. Levels in use are archived, never deleted.</p>
      <section className="card"><ScaleForm slug={slug} levels={levels} /></section>
    </>
  );
}
