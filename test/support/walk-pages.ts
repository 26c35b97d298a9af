import type { Page } from "@/lib/paging/keyset";

/** Follows nextCursor from the first page to the last, as a person pressing "Next page" would; stops at 1,000 pages (a loop is a bug). */
export async function walkPages<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 1_000; pages++) {
    const page = await load(cursor);
    items.push(...page.items);
    if (!page.nextCursor) return { items, pages };
    cursor = page.nextCursor;
  }
  throw new Error("Paging did not end after 1,000 pages.");
}
