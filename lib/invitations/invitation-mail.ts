import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/queue-mail";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { mailTime } from "@/lib/mail/mail-time";
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
 * The invitation's language: the invitee's own choice when the address has an
 * account and they made one, else the inviting admin's (colleagues in one
 * newsroom likely share it), else English.
 */
async function invitationLocale(tx: Tx, mail: InvitationMail): Promise<Locale> {
  const people = await tx.user.findMany({
    where: { email: { in: [mail.to, mail.inviter.email] } },
    select: { email: true, locale: true },
  });
  const localeOf = (email: string) => people.find((p) => p.email === email)?.locale;
  return recipientLocale(localeOf(mail.to) ?? localeOf(mail.inviter.email));
}

/**
 * Queues the invitation email in the caller's transaction. It names the
 * workspace, the inviter and the role, so the invitee can judge it before
 * following the link, and says nothing exists until they accept.
 */
export async function queueInvitationMail(tx: Tx, mail: InvitationMail): Promise<string> {
  const locale = await invitationLocale(tx, mail);
  const t = translatorFor(locale, "mail");
  const labels = translatorFor(locale, "labels");
  const inviter = mail.inviter.name ? `${mail.inviter.name} (${mail.inviter.email})` : mail.inviter.email;
  const text = [
    t("invitation.intro", {
      inviter,
      workspace: mail.workspace.name,
      organisation: mail.workspace.organisationName,
      role: labels(`role.${mail.role}`),
      roleInSentence: t(`invitation.roleInSentence.${mail.role}`),
      roleSummary: labels(`roleSummary.${mail.role}`),
    }),
    "",
    t("invitation.accept", { link: absoluteAppUrl(invitationPath(mail.token)) }),
    "",
    t("invitation.expiry", { expiresAt: mailTime(locale, mail.expiresAt) }),
    t("invitation.unexpected"),
  ].join("\n");
  return queueMail(tx, {
    to: mail.to,
    subject: t("invitation.subject", {
      inviter: mail.inviter.name ?? mail.inviter.email,
      workspace: mail.workspace.name,
    }),
    text,
    kind: "invitation",
    workspaceId: mail.workspace.id,
  });
}

/**
 * The in-app inbox entry of an invitation to an existing account, in the
 * language its owner chose: the invitation email's companion (it has no link).
 */
export function invitedInboxEntry(
  locale: Locale,
  i: { inviter: string; workspaceName: string; role: Role; email: string; expiresAt: Date },
): { title: string; body: string } {
  const t = translatorFor(locale, "mail");
  return {
    title: t("invitedInboxEntry.title", { inviter: i.inviter, workspace: i.workspaceName }),
    body: t("invitedInboxEntry.body", {
      workspace: i.workspaceName,
      role: translatorFor(locale, "labels")(`role.${i.role}`),
      email: i.email,
      expiresAt: mailTime(locale, i.expiresAt),
    }),
  };
}
