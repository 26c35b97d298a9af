/**
 * The words a web-search style query asks for, read the way PostgreSQL's
 * websearch_to_tsquery reads it: "quoted text" is a phrase, OR between two
 * terms is an alternative, a leading - excludes a term, everything else is
 * required. PostgreSQL does the real matching; this reading serves what it
 * cannot: the text for trigram (typo-tolerant) claim look-up, which must leave
 * out excluded words and the OR keyword, and the summary shown to the user.
 */
export interface WebsearchTerms {
  /** words and phrases looked for (required or alternatives) */
  include: string[];
  /** words and phrases that must not appear */
  exclude: string[];
}

// a quoted phrase (the closing quote may be missing) or a run of non-space characters
const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

export function websearchTerms(query: string): WebsearchTerms {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of query.matchAll(TOKEN)) {
    const [, quotedMinus, phrase, bare] = match;
    if (phrase !== undefined) {
      const text = words(phrase);
      if (text) (quotedMinus ? exclude : include).push(text);
      continue;
    }
    if (bare === undefined || /^or$/i.test(bare)) continue;
    const negated = bare.startsWith("-");
    const text = words(negated ? bare.slice(1) : bare);
    if (text) (negated ? exclude : include).push(text);
  }
  return { include, exclude };
}

/** Letters, digits and inner punctuation of words, as websearch_to_tsquery keeps them; the rest becomes spaces. */
function words(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}\p{M}'’.@_-]+/gu, " ")
    .replace(/(^|\s)[-'’.@_]+|[-'’.@_]+(?=\s|$)/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text to compare with claims by trigram similarity: what the query looks for, without operators. */
export function trigramText(terms: WebsearchTerms): string {
  return terms.include.join(" ");
}
