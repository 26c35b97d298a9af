"use client";

import { useActionState } from "react";
import type { InvitationDto } from "@/lib/invitations/find-invitations";
import { useTranslations } from "next-intl";
import { resendInvitationAction, revokeInvitationAction } from "./actions";
import { LocalTime } from "@/app/_components/time/local-time";
import { labelKey } from "@/lib/i18n/labels";

/** The stylesheet's existing badge colours: green for a done state, red for one that needs the admin. */
const STATUS_BADGES = { pending: "", expired: "not-holds", accepted: "published", revoked: "" } as const;

/** The <date></date> of an invitation message. */
const dateTag = (date: Date) => ({ date: () => <LocalTime date={date} /> });

function Delivery({ delivery }: { delivery: InvitationDto["delivery"] }) {
  const t = useTranslations("admin.invitationRow");
  if (!delivery) return <span className="muted">{t("noEmail")}</span>;
  if (delivery.state === "sent") return <>{t("sent")}</>;
  if (delivery.state === "failed")
    return (
      <>
        <span className="badge not-holds">{t("notSent")}</span>
        <br />
        <span className="muted">{delivery.lastError}</span>
      </>
    );
  return <span className="muted">{t("notSentYet")}</span>;
}

export function InvitationRow({ slug, invitation }: { slug: string; invitation: InvitationDto }) {
  const t = useTranslations("admin.invitationRow");
  const labels = useTranslations("labels");
  const [resendState, resend, resending] = useActionState(resendInvitationAction.bind(null, slug), null);
  const [revokeState, revoke, revoking] = useActionState(revokeInvitationAction.bind(null, slug), null);
  const outcome = [resendState, revokeState].find((s) => s !== null);
  const open = invitation.status === "pending" || invitation.status === "expired";
  const inviter = invitation.invitedBy ? (invitation.invitedBy.name ?? invitation.invitedBy.email) : "—";
  return (
    <tr>
      <td>
        {invitation.name && (
          <>
            <strong>{invitation.name}</strong>
            <br />
          </>
        )}
        <span>{invitation.email}</span>
        {outcome && (
          <p
            role={outcome.ok ? "status" : "alert"}
            className={outcome.ok ? "muted" : "field-error"}
            style={{ margin: "0.25rem 0 0" }}
          >
            {outcome.ok ? outcome.message : outcome.error}
          </p>
        )}
      </td>
      <td>{labels(labelKey.role(invitation.role))}</td>
      <td>{inviter}</td>
      <td>
        <span className={`badge ${STATUS_BADGES[invitation.status]}`}>{t(`status.${invitation.status}`)}</span>
        <br />
        <span className="muted">
          {invitation.status === "accepted" &&
            invitation.acceptedAt &&
            t.rich("acceptedOn", dateTag(invitation.acceptedAt))}
          {invitation.status === "revoked" &&
            invitation.revokedAt &&
            t.rich("revokedOn", dateTag(invitation.revokedAt))}
          {invitation.status === "pending" && t.rich("pendingUntil", dateTag(invitation.expiresAt))}
          {invitation.status === "expired" && t.rich("expiredSince", dateTag(invitation.expiresAt))}
        </span>
      </td>
      <td>
        <LocalTime date={invitation.lastSentAt} />
        <br />
        <Delivery delivery={invitation.delivery} />
      </td>
      <td>
        {open && (
          <div className="row-actions">
            <form action={resend}>
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button
                className="button small secondary"
                type="submit"
                disabled={resending}
                aria-label={t("resendLabel", { email: invitation.email })}
              >
                {t("resend")}
              </button>
            </form>
            <form action={revoke}>
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button
                className="button small danger"
                type="submit"
                disabled={revoking}
                aria-label={t("revokeLabel", { email: invitation.email })}
              >
                {t("revoke")}
              </button>
            </form>
          </div>
        )}
      </td>
    </tr>
  );
}
