import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { AuditTrailStatus } from "./audit-trail-status";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "../admin-page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { slug } = await params;
  const { cursor } = await searchParams;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "audit.read");
  const [page, t] = await Promise.all([
    findAuditEvents(actor, cursor ? { cursor } : {}),
    getTranslations("admin.audit"),
  ]);
  return (
    <>
      <AdminPageHead slug={slug} heading={t("heading")} />
      <p className="muted">{t("intro")}</p>
      {!cursor && (
        <Suspense fallback={<p className="muted">{t("checking")}</p>}>
          <AuditTrailStatus actor={actor} />
        </Suspense>
      )}
      <table className="data" aria-label={t("tableLabel")}>
        <thead>
          <tr>
            <th scope="col">
              {t("when")} <ZoneNote />
            </th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {page.events.map((e) => (
            <tr key={e.id}>
              <td>
                <LocalTime date={e.createdAt} style="dayTimeSeconds" />
              </td>
              <td>{e.actorName ?? e.actorEmail ?? t("system")}</td>
              <td>
                <code>{e.action}</code>
                <br />
                <span className="muted">
                  {e.entityType} {e.entityId}
                </span>
              </td>
              <td>{e.before ? <pre className="json">{JSON.stringify(e.before, null, 1)}</pre> : "—"}</td>
              <td>{e.after ? <pre className="json">{JSON.stringify(e.after, null, 1)}</pre> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.nextCursor && (
        <p style={{ marginTop: "1rem" }}>
          <Link className="button secondary" href={`/w/${slug}/admin/audit?cursor=${page.nextCursor}`}>
            {t("older")}
          </Link>
        </p>
      )}
    </>
  );
}
