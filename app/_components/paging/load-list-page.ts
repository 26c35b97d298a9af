import { notFound } from "next/navigation";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { MalformedCursorError } from "@/lib/paging/newest-first";

/** A list page whose cursor this list did not issue (edited, cut short) is a 404 page, never a 500. */
export async function loadListPage<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof InvalidCursorError || error instanceof MalformedCursorError) notFound();
    throw error;
  }
}

/** A list's sorts as select options, in the order the list declares them. */
export function sortOptions(sorts: Record<string, { label: string }>): { value: string; label: string }[] {
  return Object.entries(sorts).map(([value, { label }]) => ({ value, label }));
}

const englishSortedBy = (sort: string) => `sorted by ${sort}`; // i18n-exempt: the default for callers without a translator

/**
 * What the list shows, for its caption: "sorted by title A–Z; outlet contains “Post”".
 * `sortedBy` words the sort in the viewer's language: `(sort) => t("paging.sortedBy", { sort })` with the `common` messages.
 */
export function describeList(
  sortLabel: string,
  filters: (string | false | undefined)[],
  sortedBy: (sort: string) => string = englishSortedBy,
): string {
  return [sortedBy(`${sortLabel.charAt(0).toLowerCase()}${sortLabel.slice(1)}`), ...filters.filter(Boolean)].join("; ");
}
