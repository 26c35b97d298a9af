/**
 * For integration tests: invite someone and read the link's token from the
 * email the app queued (without SMTP_URL the mail stays in the outbox table
 * with its text, exactly as the demo's outbox page shows it).
 */
import { db } from "@/lib/db/client";
import { inviteMember } from "@/lib/invitations/invite-member";
import { InviteMemberInputSchema, type InviteMemberInput } from "@/lib/invitations/schemas";
import type { Actor } from "@/lib/policy/actor";

export async function latestInvitationToken(email: string): Promise<string> {
  const mail = await db.emailMessage.findFirst({
    where: { to: email, kind: "invitation" },
    orderBy: { createdAt: "desc" },
    select: { text: true, sentAt: true },
  });
  if (!mail) throw new Error(`no invitation mail to ${email}`);
  if (mail.sentAt)
    throw new Error(
      "the invitation mail was sent over SMTP and its text cleared: read it from the mail catcher instead",
    );
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no invitation link in the mail to ${email}`);
  return token;
}

export async function inviteAndReadToken(
  actor: Actor,
  input: Partial<InviteMemberInput> & { email: string },
): Promise<{ invitationId: string; token: string }> {
  const { invitationId } = await inviteMember(actor, InviteMemberInputSchema.parse({ role: "EDITOR", ...input }));
  return { invitationId, token: await latestInvitationToken(input.email) };
}
