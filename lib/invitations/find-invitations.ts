import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { invitationScope } from "@/lib/invitations/scope";
import { emailMessageScope } from "@/lib/mail/scope";
import * as keyset from "@/lib/paging/keyset";
import type { Actor, Role } from "@/lib/policy/actor";

export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked";

export interface InvitationDto {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: InvitationStatus;
  invitedBy: { name: string | null; email: string } | null;
  createdAt: Date;
  lastSentAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  /** the newest email of this invitation: sent over SMTP, or not (yet), with the last error */
  delivery: { state: "sent" | "not_sent" | "failed"; sentAt: Date | null; lastError: string | null } | null;
}

/** One page of invitations, and how many the list has in all. */
export interface InvitationPage extends keyset.Page<InvitationDto> {
  total: number;
}

/** What the admin's members page shows at once. */
export const INVITATIONS_PAGE_SIZE = 50;

/** Accepted and revoked invitations stay in the list this long, so admins see what became of them. */
const HISTORY_DAYS = 14;

/** The newest made first, over the (workspaceId, createdAt) index; a resent one keeps its place. */
const NEWEST_FIRST = keyset.CREATED_NEWEST_FIRST;

/**
 * Admins only: one page of the open invitations (also expired ones, which
 * can be resent) and those accepted or revoked lately, newest first, with
 * how many there are. Never a token.
 */
export async function findInvitations(
  actor: Actor,
  read: keyset.PageRead = { pageSize: INVITATIONS_PAGE_SIZE },
): Promise<InvitationPage> {
  authorize(actor, "member.read");
  const since = new Date(Date.now() - HISTORY_DAYS * 24 * 60 * 60 * 1000);
  const listed: Prisma.InvitationWhereInput = {
    AND: [
      invitationScope(actor),
      { OR: [{ acceptedAt: null, revokedAt: null }, { acceptedAt: { gte: since } }, { revokedAt: { gte: since } }] },
    ],
  };
  const page = keyset.keysetArgs<Prisma.InvitationWhereInput, Prisma.InvitationOrderByWithRelationInput>(
    NEWEST_FIRST,
    read.cursor,
    read.pageSize,
  );
  const [rows, total] = await Promise.all([
    db.invitation.findMany({ where: { AND: [listed, page.where] }, orderBy: page.orderBy, take: page.take, select }),
    db.invitation.count({ where: listed }),
  ]);
  const found = keyset.toPage(rows, NEWEST_FIRST, read, (row) => row);
  return { ...found, items: await withDelivery(actor, found.items), total };
}

/** Admins only: one invitation of the workspace, in any state. */
export async function findInvitation(actor: Actor, invitationId: string): Promise<InvitationDto> {
  authorize(actor, "member.read");
  const rows = await db.invitation.findMany({ where: { AND: [invitationScope(actor), { id: invitationId }] }, select });
  const [found] = await withDelivery(actor, rows);
  if (!found) throw new NotFoundError("Invitation");
  return found;
}

const select = {
  id: true,
  email: true,
  name: true,
  role: true,
  invitedById: true,
  createdAt: true,
  lastSentAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
} satisfies Prisma.InvitationSelect;

type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof select }>;

/** Adds who invited and how the last email went. */
async function withDelivery(actor: Actor, rows: InvitationRow[]): Promise<InvitationDto[]> {
  if (rows.length === 0) return [];
  const [inviters, mails] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.invitedById))] } },
      select: { id: true, name: true, email: true },
    }),
    db.emailMessage.findMany({
      where: { ...emailMessageScope(actor), kind: "invitation", to: { in: rows.map((r) => r.email) } },
      orderBy: { createdAt: "desc" },
      select: { to: true, createdAt: true, sentAt: true, lastError: true },
    }),
  ]);
  const now = Date.now();
  return rows.map((r) => {
    const inviter = inviters.find((u) => u.id === r.invitedById);
    // the mail of the last sending: the first one written at or after lastSentAt (in the transaction that set it)
    const mail = mails.filter((m) => m.to === r.email && m.createdAt >= r.lastSentAt).at(-1);
    return {
      id: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      status: r.acceptedAt
        ? "accepted"
        : r.revokedAt
          ? "revoked"
          : r.expiresAt.getTime() <= now
            ? "expired"
            : "pending",
      invitedBy: inviter ? { name: inviter.name, email: inviter.email } : null,
      createdAt: r.createdAt,
      lastSentAt: r.lastSentAt,
      expiresAt: r.expiresAt,
      acceptedAt: r.acceptedAt,
      revokedAt: r.revokedAt,
      delivery: mail
        ? {
            state: mail.sentAt ? "sent" : mail.lastError ? "failed" : "not_sent",
            sentAt: mail.sentAt,
            lastError: mail.lastError,
          }
        : null,
    };
  });
}
