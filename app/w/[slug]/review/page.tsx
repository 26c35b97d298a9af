import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  await pageActor((await params).slug);
  return (
    <>
      <div className="page-head">
        <h1>Review</h1>
      </div>
      <EmptyState title="Nothing to review">
        <p>Verdicts that editors submit wait here for a second person to approve, reject or send back with a reason. Nobody approves their own verdict.</p>
      </EmptyState>
    </>
  );
}
