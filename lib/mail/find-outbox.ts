import { db } from "@/lib/db/client";
import * as keyset from "@/lib/paging/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
}

export const OUTBOX_PAGE_SIZE = 50;

const NEWEST_FIRST = keyset.CREATED_NEWEST_FIRST;

type MailWhere = Prisma.EmailMessageWhereInput;
type MailOrderBy = Prisma.EmailMessageOrderByWithRelationInput;

/**
 * One page of the emails the app wrote, newest first, for the demo's outbox
 * page (app/outbox), which exists only when FACTDESK_DEMO=1: every mail of
 * the instance, so the page checks the flag and nothing else. It pages, so a
 * link mailed long ago is still there to open.
 */
export async function findOutbox(
  read: keyset.PageRead = { pageSize: OUTBOX_PAGE_SIZE },
): Promise<keyset.Page<OutboxMail>> {
  const page = keyset.keysetArgs<MailWhere, MailOrderBy>(NEWEST_FIRST, read.cursor, read.pageSize);
  const rows = await db.emailMessage.findMany({
    where: page.where,
    orderBy: page.orderBy,
    take: page.take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  });
  return keyset.toPage(rows, NEWEST_FIRST, read, (row) => row);
}
