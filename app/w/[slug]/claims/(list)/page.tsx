import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage } from "@/app/_components/paging/load-list-page";
import { findClaims } from "@/lib/claims/find-claims";
import { CLAIM_SORTS, parseClaimListQuery, type ClaimVerdictFilter } from "@/lib/claims/claim-list-query";
import { can } from "@/lib/policy/policy";
import { RatingBadge } from "@/app/_components/rating-badge";
import { labelKey, VERDICT_STATUS_STEPS } from "@/lib/i18n/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims.list"))("title") };
}

const SORTS = Object.keys(CLAIM_SORTS) as (keyof typeof CLAIM_SORTS)[];

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = parseClaimListQuery(await searchParams);
  const actor = await pageActor(slug);
  const [t, labels] = await Promise.all([getTranslations("claims.list"), getTranslations("labels")]);
  const verdictLabel = (v: ClaimVerdictFilter) =>
    v === "NONE" ? t("noVerdictYet") : labels(labelKey.verdictStatus(v));
  const page = await loadListPage(findClaims(actor, query));
  const base = `/w/${slug}/claims`;
  const listParams = {
    sort: query.sort === "updated" ? undefined : query.sort,
    verdict: query.verdict,
    assigned: query.assigned,
    claimant: query.claimant,
  };
  const filtered = Boolean(query.verdict || query.assigned || query.claimant);
  // viewers see approved verdicts only, so those are the only states they can filter by
  const verdictChoices: ClaimVerdictFilter[] = can(actor, "verdict.readUnapproved")
    ? ["NONE", ...VERDICT_STATUS_STEPS]
    : ["NONE", "APPROVED"];
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {page.items.length > 0 && can(actor, "report.exportInternal") && (
          <Link className="button secondary" href={`/w/${slug}/reports/new?scope=CLAIMS`}>
            {t("reportOnChosen")}
          </Link>
        )}
      </div>
      <ListControls
        base={base}
        label={t("controlsLabel")}
        fields={[
          {
            kind: "select",
            name: "sort",
            label: t("sortBy"),
            value: query.sort,
            options: SORTS.map((value) => ({ value, label: t(`sort.${value}`) })),
          },
          {
            kind: "select",
            name: "verdict",
            label: t("verdict"),
            value: query.verdict,
            options: [
              { value: "", label: t("any") },
              ...verdictChoices.map((v) => ({ value: v, label: verdictLabel(v) })),
            ],
          },
          {
            kind: "select",
            name: "assigned",
            label: t("assigned"),
            value: query.assigned,
            options: [
              { value: "", label: t("toAnyone") },
              { value: "me", label: t("toMe") },
            ],
          },
          { kind: "text", name: "claimant", label: t("claimantContains"), value: query.claimant },
        ]}
      />
      {page.items.length === 0 && !query.cursor && !filtered ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : page.items.length === 0 ? (
        <p className="muted">{t("noMatch")}</p>
      ) : (
        <table className="data">
          <caption className="list-summary">
            {t("caption", {
              description: describeList(t(`sort.${query.sort}`), [
                query.verdict && t("filterVerdict", { status: verdictLabel(query.verdict).toLowerCase() }),
                query.assigned && t("filterAssignedToMe"),
                query.claimant && t("filterClaimant", { claimant: query.claimant }),
              ]),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.claim")}</th>
              <th scope="col">{t("columns.claimant")}</th>
              <th scope="col">{t("columns.appearsIn")}</th>
              <th scope="col">{t("columns.verdicts")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`${base}/${c.id}`}>{c.statement}</Link>
                </td>
                <td>{c.claimant ?? "—"}</td>
                <td>{t("appearsIn", { articles: c.articles, appearances: c.appearances })}</td>
                <td>
                  {c.verdicts.length === 0
                    ? "—"
                    : c.verdicts.map((v, i) => (
                        <span key={i} className="verdict-summary-line">
                          {v.ratingLabel && <RatingBadge label={v.ratingLabel} tone={v.ratingTone} />}
                          <span className={`status ${v.status}`}>{labels(labelKey.verdictStatus(v.status))}</span>
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        base={base}
        params={listParams}
        cursor={query.cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
      />
    </>
  );
}
