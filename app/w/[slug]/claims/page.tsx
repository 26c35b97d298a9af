import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ params }: { params: Promise<{ slug: string }> }) {
  await pageActor((await params).slug);
  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
      </div>
      <EmptyState title="No claims yet">
        <p>Claims are the checkable statements behind your highlights: one claim can appear in many articles. Create them from a highlight in an article; Factdesk will also suggest sentences worth checking and other appearances of the same claim.</p>
      </EmptyState>
    </>
  );
}
