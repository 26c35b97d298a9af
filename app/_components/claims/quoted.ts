const OPENING = /^\s*["“”„«»‘’']/u;

/** A sentence in quotation marks, unless it already starts with one (a quote would otherwise read ““…”). */
export function quoted(text: string): string {
  return OPENING.test(text) ? text : `“${text}”`;
}
