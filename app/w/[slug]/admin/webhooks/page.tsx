import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findWebhookEndpoints } from "@/lib/webhooks/find-webhook-endpoints";
import { findWebhookDeliveries } from "@/lib/webhooks/find-webhook-deliveries";
import { MAX_WEBHOOK_ENDPOINTS } from "@/lib/webhooks/schemas";
import { RegisterEndpointForm } from "./register-endpoint-form";
import { EndpointCard } from "./endpoint-card";
import { firstValues } from "@/lib/paging/list-query";
import { Pager } from "@/app/_components/paging/pager";
import { loadListPage } from "@/app/_components/paging/load-list-page";

/** Deliveries shown per endpoint at once; each endpoint's log pages on its own (?endpoint=…&cursor=…). */
const DELIVERIES_PAGE_SIZE = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const paging = firstValues(await searchParams);
  const actor = await pageActor(slug);
  pageAuthorize(actor, "webhook.manage");
  const [endpoints, t, nav] = await Promise.all([
    findWebhookEndpoints(actor),
    getTranslations("webhooks"),
    getTranslations("admin.nav"),
  ]);
  const cursorOf = (endpointId: string) => (paging.endpoint === endpointId && paging.cursor) || undefined;
  const deliveries = await Promise.all(
    endpoints.map((e) =>
      loadListPage(findWebhookDeliveries(actor, e.id, { limit: DELIVERIES_PAGE_SIZE, cursor: cursorOf(e.id) })),
    ),
  );
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        <div className="row-actions">
          <Link className="button secondary" href={`/w/${slug}/admin/webhooks`}>
            {t("refresh")}
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin`}>
            {nav("members")}
          </Link>
        </div>
      </div>
      <p className="muted">
        {t.rich("intro", {
          spec: (chunks) => <a href="https://www.standardwebhooks.com/">{chunks}</a>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <p className="muted">{t("limit", { count: endpoints.length, max: MAX_WEBHOOK_ENDPOINTS })}</p>
      <section className="card">
        <RegisterEndpointForm slug={slug} />
      </section>
      {endpoints.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        endpoints.map((endpoint, i) => (
          <EndpointCard
            key={endpoint.id}
            slug={slug}
            endpoint={endpoint}
            deliveries={deliveries[i]!.items}
            pager={
              <Pager
                base={`/w/${slug}/admin/webhooks`}
                params={{ endpoint: endpoint.id }}
                cursor={cursorOf(endpoint.id)}
                previousCursor={deliveries[i]!.previousCursor}
                nextCursor={deliveries[i]!.nextCursor}
                noun={t("deliveries.pagerNoun")}
                label={t("deliveries.pagerLabel", { url: endpoint.url })}
              />
            }
          />
        ))
      )}
    </>
  );
}
