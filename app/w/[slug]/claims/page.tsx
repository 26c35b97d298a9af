import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage, sortOptions } from "@/app/_components/paging/load-list-page";
import { findClaims } from "@/lib/claims/find-claims";
import { CLAIM_SORTS, parseClaimListQuery, type ClaimVerdictFilter } from "@/lib/claims/claim-list-query";
import { can } from "@/lib/policy/policy";
import { STATUS_LABELS } from "./_components/verdict-card";
import { RatingBadge } from "@/app/_components/rating-badge";

export const metadata: Metadata = { title: "Claims" };

const VERDICT_FILTER_LABELS: Record<ClaimVerdictFilter, string> = { NONE: "No verdict yet", ...STATUS_LABELS };

export default async function ClaimsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = parseClaimListQuery(await searchParams);
  const actor = await pageActor(slug);
  const page = await loadListPage(findClaims(actor, query));
  const base = `/w/${slug}/claims`;
  const listParams = { sort: query.sort === "updated" ? undefined : query.sort, verdict: query.verdict, assigned: query.assigned, claimant: query.claimant };
  const filtered = Boolean(query.verdict || query.assigned || query.claimant);
  // viewers see approved verdicts only, so those are the only states they can filter by
  const verdictChoices: ClaimVerdictFilter[] = can(actor, "verdict.readUnapproved") ? ["NONE", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED"] : ["NONE", "APPROVED"];
  return (
    <>
      <div className="page-head"><h1>Claims</h1>{page.items.length > 0 && can(actor, "report.exportInternal") && <Link className="button secondary" href={`/w/${slug}/reports/new?scope=CLAIMS`}>Report on chosen claims</Link>}</div>
      <ListControls
        base={base}
        label="Sort and filter claims"
        fields={[
          { kind: "select", name: "sort", label: "Sort by", value: query.sort, options: sortOptions(CLAIM_SORTS) },
          { kind: "select", name: "verdict", label: "Verdict", value: query.verdict, options: [{ value: "", label: "Any" }, ...verdictChoices.map((v) => ({ value: v, label: VERDICT_FILTER_LABELS[v] }))] },
          { kind: "select", name: "assigned", label: "Assigned", value: query.assigned, options: [{ value: "", label: "To anyone" }, { value: "me", label: "To me" }] },
          { kind: "text", name: "claimant", label: "Claimant contains", value: query.claimant },
        ]}
      />
      {page.items.length === 0 && !query.cursor && !filtered ? (
        <EmptyState title="No claims yet">
          <p>Claims are the checkable statements behind your highlights: one claim can appear in many articles. Open an article, select a passage, choose “Claim”, then “Create claim” in its panel.</p>
        </EmptyState>
      ) : page.items.length === 0 ? (
        <p className="muted">No claims match.</p>
      ) : (
        <table className="data">
          <caption className="list-summary">
            Claims, {describeList(CLAIM_SORTS[query.sort].label, [query.verdict && `verdict: ${VERDICT_FILTER_LABELS[query.verdict].toLowerCase()}`, query.assigned && "assigned to me", query.claimant && `claimant contains “${query.claimant}”`])}
          </caption>
          <thead><tr><th scope="col">Claim</th><th scope="col">Claimant</th><th scope="col">Appears in</th><th scope="col">Verdicts</th></tr></thead>
          <tbody>
            {page.items.map((c) => (
              <tr key={c.id}>
                <td><Link href={`${base}/${c.id}`}>{c.statement}</Link></td>
                <td>{c.claimant ?? "—"}</td>
                <td>{c.articles} article{c.articles === 1 ? "" : "s"} ({c.appearances})</td>
                <td>
                  {c.verdicts.length === 0
                    ? "—"
                    : c.verdicts.map((v, i) => (
                        <span key={i} className="verdict-summary-line">
                          {v.ratingLabel && <RatingBadge label={v.ratingLabel} tone={v.ratingTone} />}
                          <span className={`status ${v.status}`}>{STATUS_LABELS[v.status]}</span>
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager base={base} params={listParams} cursor={query.cursor} nextCursor={page.nextCursor} noun="claims" />
    </>
  );
}
