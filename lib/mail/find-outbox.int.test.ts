/** The demo's outbox pages (it showed the newest 200 emails and nothing older). */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findOutbox } from "@/lib/mail/find-outbox";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import { uniqueEmail } from "@/prisma/factories";

// later than any mail other tests write meanwhile, so these five are the newest of the instance
const FUTURE = Date.parse("2100-01-01T00:00:00Z");

async function fiveMails(): Promise<string[]> {
  const to = uniqueEmail("outbox");
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    // two written in the same millisecond: the id breaks the tie
    const createdAt = new Date(FUTURE + Math.max(i - 1, 0) * 60_000);
    const mail = await db.emailMessage.create({
      data: { to, subject: `Mail ${i}`, text: "Open https://factdesk.test/x", kind: "notification", createdAt },
      select: { id: true },
    });
    ids.push(mail.id);
  }
  return ids;
}

describe("the demo outbox", () => {
  it("pages newest first: first, next and last page, each mail once, back again, and a forged cursor refused", async () => {
    const ids = await fiveMails();
    const newestFirst = [ids[4]!, ids[3]!, ids[2]!, ...[ids[0]!, ids[1]!].sort().reverse()];
    try {
      const first = await findOutbox({ pageSize: 2 });
      expect(first.previousCursor).toBeNull();
      const second = await findOutbox({ pageSize: 2, cursor: first.nextCursor! });
      const third = await findOutbox({ pageSize: 2, cursor: second.nextCursor! });
      const of = (page: { items: { id: string }[] }) => page.items.map((m) => m.id);
      expect([of(first), of(second), of(third)[0]]).toEqual([
        newestFirst.slice(0, 2),
        newestFirst.slice(2, 4),
        newestFirst[4],
      ]);
      expect(of(await findOutbox({ pageSize: 2, cursor: third.previousCursor! }))).toEqual(newestFirst.slice(2, 4));

      // to the last page: every mail of the instance once, ours first
      const walked = await walkPages((cursor) => findOutbox({ pageSize: 50, cursor }));
      const seen = walked.items.map((m) => m.id);
      expect(seen.slice(0, 5)).toEqual(newestFirst);
      expect(new Set(seen).size).toBe(seen.length);

      await expect(findOutbox({ pageSize: 2, cursor: "not-a-cursor" })).rejects.toThrow(InvalidCursorError);
    } finally {
      // mail from 2100 would stay the newest for every later run
      await db.emailMessage.deleteMany({ where: { id: { in: ids } } });
    }
  });
});
