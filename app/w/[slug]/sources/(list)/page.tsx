import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { Pager } from "@/app/_components/paging/pager";
import { listHref } from "@/app/_components/paging/list-href";
import { loadListPage } from "@/app/_components/paging/load-list-page";
import { choiceFilter, firstValues } from "@/lib/paging/list-query";
import { LocalTime } from "@/app/_components/time/local-time";
import { can } from "@/lib/policy/policy";
import { countSourcesByHealth, findSources } from "@/lib/sources/find-sources";
import { SOURCE_HEALTHS } from "@/lib/sources/source-dto";
import { CheckNowForm } from "../check-now-form";
import { HealthBadge } from "../health-badge";

const PAGE_SIZE = 50;
const QuerySchema = z.object({ health: choiceFilter(SOURCE_HEALTHS), cursor: z.string().optional() });

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources.list"))("title") };
}

/** The workspace's cited sources, by address, filtered by health, with the admins' "Check now". */
export default async function SourcesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = QuerySchema.parse(firstValues(await searchParams));
  const actor = await pageActor(slug);
  const [page, counts, t, healthLabel] = await Promise.all([
    loadListPage(findSources(actor, { pageSize: PAGE_SIZE, health: query.health, cursor: query.cursor })),
    countSourcesByHealth(actor),
    getTranslations("sources.list"),
    getTranslations("sources.health"),
  ]);
  const base = `/w/${slug}/sources`;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        {can(actor, "source.check") && <CheckNowForm slug={slug} />}
      </div>
      <p className="muted">{t("intro")}</p>
      <nav aria-label={t("healthFilter")} className="tabs">
        <Link href={base} aria-current={query.health ? undefined : "page"}>
          {t("all")} <span className="badge">{total}</span>
        </Link>
        {SOURCE_HEALTHS.map((h) => (
          <Link key={h} href={listHref(base, { health: h })} aria-current={query.health === h ? "page" : undefined}>
            {healthLabel(h)} <span className="badge">{counts[h]}</span>
          </Link>
        ))}
      </nav>
      {page.items.length === 0 && (query.health || query.cursor) ? (
        <p className="muted">{t("noMatch")}</p>
      ) : page.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="list-summary">
            {t("caption", { health: query.health ? healthLabel(query.health) : "all" })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("source")}</th>
              <th scope="col">{t("preserved")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("healthColumn")}</th>
              <th scope="col">{t("lastCheck")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((s) => (
              <tr key={s.id}>
                <td style={{ overflowWrap: "anywhere" }}>
                  <Link href={`${base}/${s.id}`}>{s.title || s.url}</Link>
                  {s.title && <div className="muted">{s.url}</div>}
                </td>
                <td>
                  {s.fetchedAt ? (
                    <LocalTime date={s.fetchedAt} style="day" />
                  ) : (
                    <span className="muted">{t("notPreserved")}</span>
                  )}
                </td>
                <td>{s.httpStatus ?? "—"}</td>
                <td>
                  <HealthBadge health={s.health} />
                </td>
                <td>{s.checkedAt ? <LocalTime date={s.checkedAt} style="day" /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        base={base}
        params={{ health: query.health }}
        cursor={query.cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
      />
    </>
  );
}
