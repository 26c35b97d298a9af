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
import { DetectForm } from "../detect-form";
import { questionWording } from "../question-text";
import { LocalTime } from "@/app/_components/time/local-time";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conflicts.list"))("title") };
}

export default async function ConflictsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = parseConflictListQuery(await searchParams);
  const { status } = query;
  const actor = await pageActor(slug);
  const [{ items: conflicts, counts, nextCursor, previousCursor }, agreement] = await Promise.all([
    loadListPage(findConflicts(actor, query)),
    can(actor, "conflict.resolve") ? computeAgreement(actor) : null,
  ]);
  const base = `/w/${slug}/conflicts`;
  const statusParam = status === "RESOLVED" ? "resolved" : undefined;
  const sortAndKind = { sort: query.sort === "newest" ? undefined : query.sort, kind: query.kind };
  const listParams = { status: statusParam, ...sortAndKind };
  const [t, labels, questionOf] = await Promise.all([
    getTranslations("conflicts.list"),
    getTranslations("labels"),
    questionWording(),
  ]);
  const kindLabel = (kind: (typeof CONFLICT_KINDS)[number]) => labels(`conflictKind.${kind}`);
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        {can(actor, "conflict.propose") && <DetectForm slug={slug} />}
      </div>
      {agreement && <Agreement agreement={agreement} />}
      <nav aria-label={t("statusFilter")} className="tabs">
        <Link href={listHref(base, sortAndKind)} aria-current={status === "OPEN" ? "page" : undefined}>
          {labels("conflictStatus.OPEN")} <span className="badge">{counts.OPEN}</span>
        </Link>
        <Link
          href={listHref(base, { status: "resolved", ...sortAndKind })}
          aria-current={status === "RESOLVED" ? "page" : undefined}
        >
          {labels("conflictStatus.RESOLVED")} <span className="badge">{counts.RESOLVED}</span>
        </Link>
      </nav>
      <ListControls
        base={base}
        label={t("controlsLabel")}
        keep={{ status: statusParam }}
        fields={[
          { kind: "select", name: "sort", label: t("sortBy"), value: query.sort, options: sortOptions(CONFLICT_SORTS) },
          {
            kind: "select",
            name: "kind",
            label: t("kind"),
            value: query.kind,
            options: [
              { value: "", label: t("anyKind") },
              ...CONFLICT_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
            ],
          },
        ]}
      />
      {conflicts.length === 0 && (query.kind || query.cursor) ? (
        <p className="muted">{t("noMatch", { status })}</p>
      ) : conflicts.length === 0 ? (
        <EmptyState title={t("emptyTitle", { status })}>
          <p>{t("emptyBody", { canPropose: can(actor, "conflict.propose") ? "yes" : "no" })}</p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="list-summary">
            {t("caption", {
              status,
              description: describeList(CONFLICT_SORTS[query.sort].label, [
                query.kind && t("kindFilter", { kind: kindLabel(query.kind).toLowerCase() }),
              ]),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("question")}</th>
              <th scope="col">{t("kindColumn")}</th>
              <th scope="col">{t("claims")}</th>
              <th scope="col">{t("detected")}</th>
              {status === "RESOLVED" && <th scope="col">{t("resolved")}</th>}
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`${base}/${c.id}`}>{questionOf(c)}</Link>
                </td>
                <td>
                  <span className={`badge kind-${c.kind}`}>{kindLabel(c.kind)}</span>
                </td>
                <td>{c.members}</td>
                <td>
                  <LocalTime date={c.createdAt} style="day" />
                </td>
                {status === "RESOLVED" && (
                  <td>
                    {c.resolvedAt && <LocalTime date={c.resolvedAt} style="day" />}
                    {c.resolverName && <span className="muted"> {t("byResolver", { name: c.resolverName })}</span>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        base={base}
        params={listParams}
        cursor={query.cursor}
        previousCursor={previousCursor}
        nextCursor={nextCursor}
        noun={t("pagerNoun", { status })}
      />
    </>
  );
}

async function Agreement({ agreement }: { agreement: AgreementDto }) {
  const t = await getTranslations("conflicts.agreement");
  return (
    <section className="card agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t("heading")}</h2>
      {agreement.alpha === null ? (
        <p>{t("notEnough")}</p>
      ) : (
        <p>
          <span className="stat" data-testid="agreement-alpha">
            {t("alphaValue", { value: agreement.alpha.toFixed(2) })}
          </span>
          {t("alpha", { claims: agreement.claims, ratings: agreement.ratings })}
        </p>
      )}
      <p className="muted">{t("explanation")}</p>
    </section>
  );
}
