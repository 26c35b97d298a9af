import { db } from "@/lib/db/client";

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** The newest 200 emails, for the demo's outbox page (app/outbox), which exists only when FACTDESK_DEMO=1. */
export function findOutbox(): Promise<OutboxMail[]> {
  return db.emailMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  });
}
