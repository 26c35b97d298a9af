import { db } from "@/lib/db/client";

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** The newest 200 emails. Demo only: the page that calls this checks FACTDESK_DEMO first. */
export function findOutbox(): Promise<OutboxMail[]> {
  return db.emailMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true } });
}
