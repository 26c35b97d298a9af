import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findClaims } from "@/lib/claims/find-claims";
import { can } from "@/lib/policy/policy";
import { STATUS_LABELS } from "./_components/verdict-card";
import { RatingBadge } from "@/app/_components/rating-badge";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const claims = await findClaims(actor);
  return (
    <>
      <div className="page-head"><h1>Claims</h1>{claims.length > 0 && can(actor, "report.exportInternal") && <Link className="button secondary" href={`/w/${slug}/reports/new?scope=CLAIMS`}>Report on chosen claims</Link>}</div>
      {claims.length === 0 ? (
        <EmptyState title="No claims yet">
          <p>Claims are the checkable statements behind your highlights: one claim can appear in many articles. Open an article, select a passage, choose “Claim”, then “Create claim” in its panel.</p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Claims in this workspace</caption>
          <thead><tr><th scope="col">Claim</th><th scope="col">Claimant</th><th scope="col">Appears in</th><th scope="col">Verdicts</th></tr></thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <td><Link href={`/w/${slug}/claims/${c.id}`}>{c.statement}</Link></td>
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
    </>
  );
}
