/** `text` with LIKE's wildcards and its escape character escaped, so that it matches only itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching any text that contains `text` as typed (ILIKE: in any case). */
export function containing(text: string): string {
  return `%${escapeLike(text)}%`;
}
