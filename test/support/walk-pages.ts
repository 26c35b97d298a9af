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

/**
 * Reads a list from its first page to its last, then the page before the last
 * through the last one's previousCursor: each page's ids in reading order, and
 * the ids read going back. The first page is returned too, for checks of its own.
 */
export async function pagesThereAndBack<T extends { id: string }, P extends Page<T>>(
  load: (cursor: string | undefined) => Promise<P>,
): Promise<{ first: P; forward: string[][]; back: string[] }> {
  const ids = (page: Page<T>) => page.items.map((item) => item.id);
  const first = await load(undefined);
  const pages: P[] = [first];
  while (pages.at(-1)!.nextCursor) {
    if (pages.length >= 1_000) throw new Error("Paging did not end after 1,000 pages.");
    pages.push(await load(pages.at(-1)!.nextCursor!));
  }
  const last = pages.at(-1)!;
  const back = last.previousCursor ? ids(await load(last.previousCursor)) : [];
  return { first, forward: pages.map(ids), back };
}
