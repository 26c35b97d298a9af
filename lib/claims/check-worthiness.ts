import { findNumbers } from "@/lib/claims/find-numbers";

/**
 * Why a sentence is worth checking: it states figures, quotes someone
 * directly, or attributes a statement. Pure; an editor decides. Page
 * furniture copied along with an article (reading times, dates, "Share",
 * bylines, photo credits, section labels) is never worth checking.
 */
const ATTRIBUTION =
  /\b(said|says|told|according to|claimed|claims|stated|announced|reported|posted|wrote|confirmed|denied|insisted|warned)\b/i;
const DIRECT_QUOTE = /[“"«„][^”"»]{8,}[”"»]/;

export function checkWorthiness(sentence: string): string[] {
  if (isPageFurniture(sentence)) return [];
  const reasons: string[] = [];
  if (findNumbers(sentence.toLowerCase()).length > 0) reasons.push("figures");
  if (DIRECT_QUOTE.test(sentence)) reasons.push("direct quote");
  if (ATTRIBUTION.test(sentence)) reasons.push("attribution");
  return reasons;
}

const MONTHS =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const DAYS = "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday";
/** Everything a dateline or time stamp is made of; a line of nothing else is furniture. */
const DATE_PART = new RegExp(
  String.raw`\b(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}(?:st|nd|rd|th)?|\d{4}|${MONTHS}|${DAYS}|updated|published|posted|last|modified|on|at|of|ago|today|yesterday|gmt|utc|bst|cet|cest|eet|eest|est|edt|pst|pdt|z)\b\.?`,
  "gi",
);
const HAS_DATE = new RegExp(
  String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\b(?:${MONTHS}|${DAYS}|today|yesterday)\b|\b\d{4}\b`,
  "i",
);
const READING_TIME =
  /^(?:reading time:?\s*|read time:?\s*)?(?:\d+|one|two|three|four|five|ten)[\s-]*(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|ago|listen))?$/i;
const UPDATED_AGO =
  /^(?:updated|published|posted)?\s*\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;
const CHROME = new RegExp(
  String.raw`^(?:\d+\s+)?(?:comments?|show comments|view comments|share|share this(?: article| story| page)?|share on \w+|share via \w+|advertisement|advert|sponsored(?: content)?|read more|more on this story|related(?: articles| stories)?|most read|subscribe|sign up|newsletter|print|email|listen(?: to this article)?|skip to (?:main )?content|follow us|back to top|top stories)(?:\s*\(\d+\))?\s*[:.]?$`,
  "i",
);
/** "Photo: …", "Image credit: …", "Foto: …". */
const CREDIT =
  /^(?:photo(?:graph)?|image|picture|pic|foto|video|illustration|graphic|credit)s?(?:\s+credit)?\s*[:：|]/i;
/** A capitalized name of one to four words, initials allowed: "Anna K. Novak". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** "By Anna Novak", "By Anna Novak and Piet de Vries, Reuters", "Reporting by Tom Lee in Kyiv". */
const BYLINE = new RegExp(
  String.raw`^(?:(?:[Rr]eporting|[Ww]ords|[Tt]ext|[Ss]tory|[Ww]ritten|[Pp]hotos?)\s+)?(?:[Bb]y|BY)\s+${NAME}(?:\s*(?:,|and|&)\s*(?:${NAME}))*(?:\s*(?:[,|·–—-]|\bin\b)\s*${NAME})?\s*$`,
  "u",
);

/**
 * Pure: is this line page furniture rather than reporting — a reading time
 * ("3 min", "5 min read"), a bare date or time stamp ("04/07/2025",
 * "Updated 4 July 2025, 14:30"), site chrome ("Comments", "Share",
 * "Advertisement"), a byline and nothing else, a photo or image credit, or a
 * short all-capitals label ("BREAKING", "LIVE UPDATES")?
 */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  if (text === "") return true;
  if (READING_TIME.test(text) || UPDATED_AGO.test(text) || CHROME.test(text) || CREDIT.test(text) || BYLINE.test(text))
    return true;
  if (HAS_DATE.test(text) && text.replace(DATE_PART, "").replace(/[\s,.:|/·–—()-]+/g, "") === "") return true;
  return isCapsLabel(text);
}

/** At most three words, at most 30 characters, letters but none lower-case. */
function isCapsLabel(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/).length <= 3 && /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
