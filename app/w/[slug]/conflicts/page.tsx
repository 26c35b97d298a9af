import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ params }: { params: Promise<{ slug: string }> }) {
  await pageActor((await params).slug);
  return (
    <>
      <div className="page-head">
        <h1>Conflicts</h1>
      </div>
      <EmptyState title="No conflicts">
        <p>When articles report different figures for the same event (“at least 12 dead” against “at least 19”), quotes differ, or editors disagree on a verdict, the conflict is listed here to be resolved in the open.</p>
      </EmptyState>
    </>
  );
}
