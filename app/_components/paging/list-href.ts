/**
 * The address of a list with its sort, filters and (optionally) cursor in the
 * query, so a page can be bookmarked and shared. Empty values are left out;
 * keys keep the order given, so equal lists give equal addresses.
 */
export function listHref(base: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
