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

/** One required part of a query: alternatives joined by OR ("ceasefire OR truce"), usually just one. */
export interface WebsearchClause {
  alternatives: { text: string; negated: boolean; phrase: boolean }[];
}

/**
 * The query as websearch_to_tsquery combines it: every clause is required,
 * and OR joins the terms on either side into one clause. Terms keep their
 * text as typed ("1,200" stays one term), for what PostgreSQL's reading
 * cannot check itself (whole numbers in claims).
 */
export function websearchClauses(query: string): WebsearchClause[] {
  const clauses: WebsearchClause[] = [];
  let or = false;
  for (const match of query.matchAll(TOKEN)) {
    const [, quotedMinus, phrase, bare] = match;
    if (bare !== undefined && /^or$/i.test(bare)) {
      or = clauses.length > 0;
      continue;
    }
    const negated = phrase !== undefined ? Boolean(quotedMinus) : bare!.startsWith("-");
    const text = (phrase ?? (negated ? bare!.slice(1) : bare!)).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const term = { text, negated, phrase: phrase !== undefined };
    if (or) clauses.at(-1)!.alternatives.push(term);
    else clauses.push({ alternatives: [term] });
    or = false;
  }
  return clauses;
}
