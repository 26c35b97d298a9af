/**
 * Search limits shared with the browser. Kept apart from schemas.ts so the
 * search box in every page's header does not ship zod (whose eval probe a
 * strict Content-Security-Policy reports as a violation).
 */
export const MAX_QUERY_LENGTH = 200;
