import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import type { Actor } from "@/lib/policy/actor";
import { LocalTime } from "@/app/_components/time/local-time";
import { getTranslations } from "next-intl/server";

/** Whether the workspace's audit hash chain is intact, checked on every view (streamed: a long chain takes a moment). */
export async function AuditTrailStatus({ actor }: { actor: Actor }) {
  const [status, t] = await Promise.all([verifyAuditTrail(actor), getTranslations("admin.auditTrail")]);
  const last = status.lastVerified;
  if (status.brokenAt) {
    return (
      <div role="alert" className="alert error">
        <strong>
          {t("brokenAt", { sequence: status.brokenAt.sequence, reason: t(`breaks.${status.brokenAt.kind}`) })}
        </strong>{" "}
        {status.brokenAt.detail} {t("intactBefore", { count: status.eventsVerified })}
      </div>
    );
  }
  return (
    <p role="status" className="alert success">
      {last
        ? t.rich("intactLastAt", {
            count: status.eventsVerified,
            time: () => <LocalTime date={last.createdAt} style="dayTimeSeconds" withZone />,
          })
        : t("intact", { count: status.eventsVerified })}
    </p>
  );
}
