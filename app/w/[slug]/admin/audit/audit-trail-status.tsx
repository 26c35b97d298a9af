import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import type { Actor } from "@/lib/policy/actor";
import { LocalTime } from "@/app/_components/time/local-time";

const BREAK_NAMES = { content_changed: "an event was changed", event_missing: "an event is missing", reordered: "events were reordered" } as const;

/** Whether the workspace's audit hash chain is intact, checked on every view (streamed: a long chain takes a moment). */
export async function AuditTrailStatus({ actor }: { actor: Actor }) {
  const status = await verifyAuditTrail(actor);
  const last = status.lastVerified;
  if (status.brokenAt) {
    return (
      <div role="alert" className="alert error">
        <strong>
          Broken at event #{status.brokenAt.sequence}: {BREAK_NAMES[status.brokenAt.kind]}.
        </strong>{" "}
        {status.brokenAt.detail} The {status.eventsVerified} events before it are intact. The log below may no longer show what happened: contact whoever runs Factdesk.
      </div>
    );
  }
  return (
    <p role="status" className="alert success">
      Audit trail intact: {status.eventsVerified} {status.eventsVerified === 1 ? "event" : "events"} verified
      {last && (
        <>
          , last at <LocalTime date={last.createdAt} style="dayTimeSeconds" withZone />
        </>
      )}
      .
    </p>
  );
}
