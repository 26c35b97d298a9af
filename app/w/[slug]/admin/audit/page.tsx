import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { AuditTrailStatus } from "./audit-trail-status";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { slug } = await params;
  const { cursor } = await searchParams;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "audit.read");
  const page = await findAuditEvents(actor, cursor ? { cursor } : {});
  return (
    <>
      <div className="page-head">
        <h1>Audit log</h1>
        <Link className="button secondary" href={`/w/${slug}/admin`}>
          Members
        </Link>
      </div>
      <p className="muted">
        Every change in this workspace, newest first. Entries are append-only: the database refuses to change or delete them, and chains each to the one
        before by its SHA-256 hash, so a change made behind the app's back shows here.
      </p>
      {!cursor && (
        <Suspense fallback={<p className="muted">Checking the audit trail…</p>}>
          <AuditTrailStatus actor={actor} />
        </Suspense>
      )}
      <table className="data" aria-label="Audit events">
        <thead>
          <tr>
            <th scope="col">When <ZoneNote /></th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {page.events.map((e) => (
            <tr key={e.id}>
              <td>
                <LocalTime date={e.createdAt} style="dayTimeSeconds" />
              </td>
              <td>{e.actorName ?? e.actorEmail ?? "system"}</td>
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
            Older entries
          </Link>
        </p>
      )}
    </>
  );
}
