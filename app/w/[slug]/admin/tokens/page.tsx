import type { Metadata } from "next";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { API_TOKENS_PAGE_SIZE, findApiTokens } from "@/lib/api-tokens/find-api-tokens";
import { firstValues } from "@/lib/paging/list-query";
import { Pager } from "@/app/_components/paging/pager";
import { loadListPage } from "@/app/_components/paging/load-list-page";
import { ROLES, roleAtLeast } from "@/lib/policy/actor";
import { CreateTokenForm } from "./create-token-form";
import { TokenRow } from "./token-row";
import { ZoneNote } from "@/app/_components/time/local-time";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "../admin-page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}

export default async function ApiTokensPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const cursor = firstValues(await searchParams).cursor || undefined;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "apiToken.manage");
  const [page, t] = await Promise.all([
    loadListPage(findApiTokens(actor, { cursor, pageSize: API_TOKENS_PAGE_SIZE })),
    getTranslations("admin.tokens"),
  ]);
  const tokens = page.items;
  return (
    <>
      <AdminPageHead slug={slug} heading={t("heading")} />
      <p className="muted">
        {t.rich("intro", {
          api: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a>,
          code: (chunks) => <code>{chunks}</code>,
          reference: (chunks) => <a href="/docs/api">{chunks}</a>,
        })}
      </p>
      <section className="card">
        <CreateTokenForm slug={slug} roles={ROLES.filter((role) => roleAtLeast(actor.role, role))} />
      </section>
      {tokens.length === 0 && !cursor ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <table className="data" aria-label={t("tableLabel")} aria-describedby="tokens-summary">
          <thead>
            <tr>
              <th scope="col">{t("token")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("createdBy")}</th>
              <th scope="col">
                {t("created")} <ZoneNote />
              </th>
              <th scope="col">
                {t("lastUsed")} <ZoneNote />
              </th>
              <th scope="col">
                {t("expires")} <ZoneNote />
              </th>
              <th scope="col">{t("status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} slug={slug} token={token} />
            ))}
          </tbody>
        </table>
      )}
      {page.total > 0 && (
        <p className="list-summary" id="tokens-summary">
          {t("summary", { total: page.total })}
        </p>
      )}
      <Pager
        base={`/w/${slug}/admin/tokens`}
        params={{}}
        cursor={cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
      />
    </>
  );
}
