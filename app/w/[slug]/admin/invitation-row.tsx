"use client";

import { useActionState } from "react";
import type { InvitationDto } from "@/lib/invitations/find-invitations";
import { ROLE_LABELS } from "@/lib/members/role-labels";
import { resendInvitationAction, revokeInvitationAction } from "./actions";
import { LocalTime } from "@/app/_components/time/local-time";

const STATUS_LABELS = { pending: "Pending", expired: "Expired", accepted: "Accepted", revoked: "Revoked" } as const;
/** The stylesheet's existing badge colours: green for a done state, red for one that needs the admin. */
const STATUS_BADGES = { pending: "", expired: "not-holds", accepted: "published", revoked: "" } as const;

const when = (date: Date) => <LocalTime date={date} />;

function Delivery({ delivery }: { delivery: InvitationDto["delivery"] }) {
  if (!delivery) return <span className="muted">No email</span>;
  if (delivery.state === "sent") return <>Sent</>;
  if (delivery.state === "failed")
    return (
      <>
        <span className="badge not-holds">Not sent</span>
        <br />
        <span className="muted">{delivery.lastError}</span>
      </>
    );
  return <span className="muted">Not sent yet</span>;
}

export function InvitationRow({ slug, invitation }: { slug: string; invitation: InvitationDto }) {
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
          <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "muted" : "field-error"} style={{ margin: "0.25rem 0 0" }}>
            {outcome.ok ? outcome.message : outcome.error}
          </p>
        )}
      </td>
      <td>{ROLE_LABELS[invitation.role]}</td>
      <td>{inviter}</td>
      <td>
        <span className={`badge ${STATUS_BADGES[invitation.status]}`}>{STATUS_LABELS[invitation.status]}</span>
        <br />
        <span className="muted">
          {invitation.status === "accepted" && invitation.acceptedAt && <>on {when(invitation.acceptedAt)}</>}
          {invitation.status === "revoked" && invitation.revokedAt && <>on {when(invitation.revokedAt)}</>}
          {invitation.status === "pending" && <>until {when(invitation.expiresAt)}</>}
          {invitation.status === "expired" && <>since {when(invitation.expiresAt)}</>}
        </span>
      </td>
      <td>
        {when(invitation.lastSentAt)}
        <br />
        <Delivery delivery={invitation.delivery} />
      </td>
      <td>
        {open && (
          <div className="row-actions">
            <form action={resend}>
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button className="button small secondary" type="submit" disabled={resending} aria-label={`Resend the invitation to ${invitation.email}`}>
                Resend
              </button>
            </form>
            <form action={revoke}>
              <input type="hidden" name="invitationId" value={invitation.id} />
              <button className="button small danger" type="submit" disabled={revoking} aria-label={`Revoke the invitation to ${invitation.email}`}>
                Revoke
              </button>
            </form>
          </div>
        )}
      </td>
    </tr>
  );
}
