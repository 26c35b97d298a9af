import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { getWorkspace } from "@/lib/workspaces/get-workspace";

export default async function WorkspaceHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const workspace = await getWorkspace(actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{workspace.name}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {workspace.organisationName} · you are <span className={`badge ${actor.role}`}>{actor.role.toLowerCase()}</span>
          </p>
        </div>
      </div>
      <div className="grid" role="list" aria-label="Workspace at a glance">
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.articles}</span>
          <Link href={`/w/${slug}/articles`}>Articles</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.claims}</span>
          <Link href={`/w/${slug}/claims`}>Claims</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.awaitingReview}</span>
          <Link href={`/w/${slug}/review`}>Verdicts awaiting review</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.openConflicts}</span>
          <Link href={`/w/${slug}/conflicts`}>Open conflicts</Link>
        </div>
        <div className="card" role="listitem">
          <span className="stat">{workspace.counts.members}</span>
          <span>Members</span>
        </div>
      </div>
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">How a fact-check moves through Factdesk</h2>
        <ol>
          <li>
            <strong>Articles</strong>: import a story and highlight the passages that must be checked.
          </li>
          <li>
            <strong>Claims</strong>: turn highlights into claims and link the same claim across outlets.
          </li>
          <li>
            <strong>Review</strong>: editors submit verdicts with evidence; a second person approves them (four-eyes rule).
          </li>
          <li>
            <strong>Conflicts</strong>: figures or quotes that disagree between articles or editors are resolved in the open.
          </li>
          <li>
            <strong>Reports</strong>: publish ClaimReview, Web Annotation, Markdown, CSV and PDF reports.
          </li>
        </ol>
      </section>
    </>
  );
}
