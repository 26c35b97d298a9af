import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findConflicts } from "@/lib/conflicts/find-conflicts";
import { computeAgreement, type AgreementDto } from "@/lib/conflicts/compute-agreement";
import { can } from "@/lib/policy/policy";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { listHref } from "@/app/_components/paging/list-href";
import { describeList, loadListPage, sortOptions } from "@/app/_components/paging/load-list-page";
import { CONFLICT_KINDS, CONFLICT_SORTS, parseConflictListQuery } from "@/lib/conflicts/conflict-list-query";
import { DetectForm } from "./detect-form";
import { KIND_LABELS } from "./labels";
import { LocalTime } from "@/app/_components/time/local-time";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = parseConflictListQuery(await searchParams);
  const { status } = query;
  const actor = await pageActor(slug);
  const [{ items: conflicts, counts, nextCursor }, agreement] = await Promise.all([loadListPage(findConflicts(actor, query)), can(actor, "conflict.resolve") ? computeAgreement(actor) : null]);
  const base = `/w/${slug}/conflicts`;
  const statusParam = status === "RESOLVED" ? "resolved" : undefined;
  const sortAndKind = { sort: query.sort === "newest" ? undefined : query.sort, kind: query.kind };
  const listParams = { status: statusParam, ...sortAndKind };
  return (
    <>
      <div className="page-head">
        <h1>Conflicts</h1>
        {can(actor, "conflict.propose") && <DetectForm slug={slug} />}
      </div>
      {agreement && <Agreement agreement={agreement} />}
      <nav aria-label="Filter conflicts by status" className="tabs">
        <Link href={listHref(base, sortAndKind)} aria-current={status === "OPEN" ? "page" : undefined}>
          Open <span className="badge">{counts.OPEN}</span>
        </Link>
        <Link href={listHref(base, { status: "resolved", ...sortAndKind })} aria-current={status === "RESOLVED" ? "page" : undefined}>
          Resolved <span className="badge">{counts.RESOLVED}</span>
        </Link>
      </nav>
      <ListControls
        base={base}
        label="Sort and filter conflicts"
        keep={{ status: statusParam }}
        fields={[
          { kind: "select", name: "sort", label: "Sort by", value: query.sort, options: sortOptions(CONFLICT_SORTS) },
          { kind: "select", name: "kind", label: "Kind", value: query.kind, options: [{ value: "", label: "Any kind" }, ...CONFLICT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))] },
        ]}
      />
      {conflicts.length === 0 && (query.kind || query.cursor) ? (
        <p className="muted">No {status === "OPEN" ? "open" : "resolved"} conflicts match.</p>
      ) : conflicts.length === 0 ? (
        <EmptyState title={status === "OPEN" ? "No open conflicts" : "No resolved conflicts"}>
          <p>
            A conflict is a set of claims that cannot all be true: articles that report different figures for the same event (“at least 12 dead” against “exactly 9”), a speaker quoted in
            different words, or editors whose verdicts on one claim disagree. {can(actor, "conflict.propose") ? "Press “Check for conflicts” to look for them among your claims; " : "Editors look for them among the claims; "}
            reviewers resolve them in the open, with reasoning and evidence.
          </p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="list-summary">
            {status === "OPEN" ? "Open" : "Resolved"} conflicts, {describeList(CONFLICT_SORTS[query.sort].label, [query.kind && `kind: ${KIND_LABELS[query.kind].toLowerCase()}`])}
          </caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Kind</th>
              <th scope="col">Claims</th>
              <th scope="col">Detected</th>
              {status === "RESOLVED" && <th scope="col">Resolved</th>}
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`${base}/${c.id}`}>{c.question}</Link>
                </td>
                <td>
                  <span className={`badge kind-${c.kind}`}>{KIND_LABELS[c.kind]}</span>
                </td>
                <td>{c.members}</td>
                <td>
                  <LocalTime date={c.createdAt} style="day" />
                </td>
                {status === "RESOLVED" && (
                  <td>
                    {c.resolvedAt && <LocalTime date={c.resolvedAt} style="day" />}
                    {c.resolverName && <span className="muted"> by {c.resolverName}</span>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager base={base} params={listParams} cursor={query.cursor} nextCursor={nextCursor} noun={`${status === "OPEN" ? "open" : "resolved"} conflicts`} />
    </>
  );
}

function Agreement({ agreement }: { agreement: AgreementDto }) {
  return (
    <section className="card agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement between editors</h2>
      {agreement.alpha === null ? (
        <p>Not enough ratings yet: agreement needs claims rated on the scale by at least two editors, with some variety in the ratings.</p>
      ) : (
        <p>
          <span className="stat" data-testid="agreement-alpha">
            α = {agreement.alpha.toFixed(2)}
          </span>
          Krippendorff’s alpha (ordinal) over {agreement.claims} {agreement.claims === 1 ? "claim" : "claims"} rated by two or more editors ({agreement.ratings} ratings).
        </p>
      )}
      <p className="muted">
        1 means editors always give the same rating; 0 means they agree no more than chance would; below 0, they disagree systematically. Each editor’s current verdict counts once per claim
        (submitted, approved or sent back for changes; drafts and rejected verdicts do not). Ratings off the truth scale, such as misleading or unverifiable, are left out. Shown to reviewers
        only.
      </p>
    </section>
  );
}
