/** The search page's URL with the given parameters; empty values are left out, so links stay short. */
export function searchHref(slug: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `/w/${slug}/search?${query.toString()}`;
}

/** Only the string parameters of Next.js `searchParams` (repeated ones are refused by the parser anyway). */
export function stringParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string"));
}
