import type { Tx } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { ROLE_LABELS, ROLE_SUMMARIES, roleWithArticle } from "@/lib/members/role-labels";
import type { Role } from "@/lib/policy/actor";

export interface InvitationMail {
  to: string;
  token: string;
  role: Role;
  expiresAt: Date;
  workspace: { id: string; name: string; organisationName: string };
  inviter: { name: string | null; email: string };
}

/** The path of an invitation link; the token itself is only ever in the mail. */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

/**
 * Queues the invitation email in the caller's transaction. It names the
 * workspace, the inviter and the role, so the invitee can judge it before
 * following the link, and says nothing exists until they accept.
 */
export function queueInvitationMail(tx: Tx, mail: InvitationMail): Promise<string> {
  const inviter = mail.inviter.name ? `${mail.inviter.name} (${mail.inviter.email})` : mail.inviter.email;
  const role = ROLE_LABELS[mail.role];
  const text = [
    `${inviter} invited you to join "${mail.workspace.name}" (${mail.workspace.organisationName}) on Factdesk as ${role}: ${roleWithArticle(mail.role)} ${ROLE_SUMMARIES[mail.role]}.`,
    "",
    `Accept the invitation: ${absoluteAppUrl(invitationPath(mail.token))}`,
    "",
    `The link works once and until ${mail.expiresAt.toUTCString()}. If you have no Factdesk account yet, you choose your own password there.`,
    "If you did not expect this invitation, ignore this email: nothing happens until you accept.",
  ].join("\n");
  return queueMail(tx, {
    to: mail.to,
    subject: `${mail.inviter.name ?? mail.inviter.email} invited you to ${mail.workspace.name} on Factdesk`,
    text,
    kind: "invitation",
    workspaceId: mail.workspace.id,
  });
}
