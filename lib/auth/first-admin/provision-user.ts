import { z } from "zod";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { mailSettings } from "@/lib/mail/mail-settings";
import { mailTime } from "@/lib/mail/mail-time";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/queue-mail";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { RoleSchema } from "@/lib/members/schemas";
import { createWorkspaceRows } from "@/lib/workspaces/insert-workspace";
import { CreateWorkspaceInputSchema, WorkspaceSlugSchema } from "@/lib/workspaces/schemas";
import type { Role } from "@/lib/policy/actor";
import type { Locale } from "@/lib/i18n/locales";

export const ProvisionUserInputSchema = z.object({
  email: z.string().trim().toLowerCase().email("--email: enter a valid email address").max(254),
  workspace: WorkspaceSlugSchema,
  name: z.string().trim().min(1).max(120).optional(),
  role: RoleSchema.default("ADMIN"),
  workspaceName: CreateWorkspaceInputSchema.shape.name.optional(),
});
export type ProvisionUserInput = z.input<typeof ProvisionUserInputSchema>;

export const ACCOUNT_SETUP_LINK_DAYS = 7;

export interface ProvisionedUser {
  userId: string;
  workspaceId: string;
  createdUser: boolean;
  createdWorkspace: boolean;
  /** the role the person has now (an existing membership keeps its role) */
  role: Role;
  addedMembership: boolean;
  /** a single-use link to set a first password, when the account has none */
  setupLink: string | null;
  /** whether the link also went out by email (SMTP_URL set) */
  mailed: boolean;
}

/** "metro-desk" → "Metro desk" */
export function nameFromSlug(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * `npm run admin -- create-user`: for whoever runs the server (no signed-in
 * actor; audited with none). Makes the workspace if it is missing, the
 * account if it is missing (without a password: nobody chooses it for the
 * person), and the membership (an existing one keeps its role). An account
 * without a password gets a single-use link to set one (7 days, opened at
 * /reset-password/<token>; earlier unused ones die), printed by the command
 * and, with SMTP_URL, also emailed. One transaction.
 */
export async function provisionUser(raw: ProvisionUserInput, client: PrismaClient = db): Promise<ProvisionedUser> {
  const input = ProvisionUserInputSchema.parse(raw);
  const mail = mailSettings().smtpUrl !== null;
  const outcome = await client.$transaction(async (tx) => {
    let createdWorkspace = false;
    let workspace = await tx.workspace.findUnique({
      where: { slug: input.workspace },
      select: { id: true, name: true },
    });
    if (!workspace) {
      const name = input.workspaceName ?? nameFromSlug(input.workspace);
      const created = await createWorkspaceRows(
        tx,
        { userId: null, workspaceId: null },
        CreateWorkspaceInputSchema.parse({ name, slug: input.workspace, organisationName: name }),
      );
      workspace = { id: created.id, name };
      createdWorkspace = true;
    }

    let user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, passwordHash: true, locale: true },
    });
    const createdUser = !user;
    if (!user) {
      user = await tx.user.create({
        data: { email: input.email, name: input.name ?? null },
        select: { id: true, passwordHash: true, locale: true },
      });
      await recordAuditEvent(
        tx,
        { userId: null, workspaceId: null },
        { action: "user.created_by_command", entityType: "User", entityId: user.id, after: { email: input.email } },
      );
    }

    const membership = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      select: { role: true },
    });
    if (!membership) {
      const created = await tx.membership.create({
        data: { workspaceId: workspace.id, userId: user.id, role: input.role },
        select: { id: true },
      });
      await recordAuditEvent(
        tx,
        { userId: null, workspaceId: workspace.id },
        {
          action: "member.added_by_command",
          entityType: "Membership",
          entityId: created.id,
          after: { email: input.email, role: input.role, userId: user.id },
        },
      );
    }

    let setupLink: string | null = null;
    let mailId: string | null = null;
    if (!user.passwordHash) {
      await tx.passwordToken.deleteMany({ where: { userId: user.id, purpose: "ACCOUNT_SETUP", usedAt: null } });
      const { token, tokenHash } = newOneTimeToken();
      const expiresAt = new Date(Date.now() + ACCOUNT_SETUP_LINK_DAYS * 86_400_000);
      await tx.passwordToken.create({ data: { userId: user.id, purpose: "ACCOUNT_SETUP", tokenHash, expiresAt } });
      setupLink = absoluteAppUrl(`/reset-password/${token}`);
      if (mail) {
        mailId = await queueMail(tx, {
          to: input.email,
          ...accountSetupMail(recipientLocale(user.locale), {
            email: input.email,
            role: membership?.role ?? input.role,
            workspaceName: workspace.name,
            setupLink,
            expiresAt,
          }),
          kind: "account_setup",
          workspaceId: workspace.id,
        });
      }
    }
    return {
      userId: user.id,
      workspaceId: workspace.id,
      createdUser,
      createdWorkspace,
      role: membership?.role ?? input.role,
      addedMembership: !membership,
      setupLink,
      mailId,
    };
  });
  const { mailId, ...result } = outcome;
  const delivered = mailId ? await deliverMail([mailId]) : { sent: 0, failed: 0 };
  return { ...result, mailed: delivered.sent > 0 };
}

/** The setup mail, in the language the person chose if the account already existed (a new one has none: English). */
function accountSetupMail(
  locale: Locale,
  m: { email: string; role: Role; workspaceName: string; setupLink: string; expiresAt: Date },
): { subject: string; text: string } {
  const t = translatorFor(locale, "mail");
  const text = [
    t("accountSetup.intro", {
      email: m.email,
      role: translatorFor(locale, "labels")(`role.${m.role}`),
      workspace: m.workspaceName,
    }),
    "",
    t("accountSetup.choose", { link: m.setupLink }),
    "",
    t("accountSetup.expiry", { expiresAt: mailTime(locale, m.expiresAt) }),
  ].join("\n");
  return { subject: t("accountSetup.subject", { workspace: m.workspaceName }), text };
}
