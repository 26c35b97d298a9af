import { cleanSpeakerName } from "./clean-speaker-name";

/**
 * Who a quotation is attributed to, from the words right after it or right
 * before it in its sentence. Rules, in order:
 * 1. after the closing mark: `“…,” Trump wrote`, `“…,” said Zelensky`,
 *    `“…,” the minister said`, `“…,” according to X`, `“…,” Zelensky, the
 *    president, said`, `“…,” the president, Volodymyr Zelensky, said`;
 * 2. before the opening mark, the nearest attribution in the sentence:
 *    `Zelensky said: “…”`, `Trump wrote that “…”`, `Trump wrote, “…”`,
 *    `according to X, “…”`, and a participle after the sentence's subject:
 *    `Trump urged Putin to stop, writing: “…”` → the name opening the sentence.
 * Which side is read first: after, except when the quotation closes its
 * sentence with a full stop (`“We are ready.” Trump wrote that …` starts a
 * new sentence about another quotation: only before), and when the words
 * after it run into the next quotation (`A said "…", B said "…"`: before
 * first, after only when there is nothing before, as in `“…,” Trump wrote, “…”`).
 * A name wins over a role: the name is returned as written, without titles
 * ("Russian President Vladimir Putin" → "Vladimir Putin"); a role phrase
 * ("the minister") only when there is no name. A pronoun ("he said")
 * attributes the quotation to nobody we can name: { speaker: null }, which,
 * unlike no attribution at all (null), stops the caller from carrying an
 * earlier quotation's speaker over to this one.
 */
export interface Attribution {
  speaker: string | null;
}

const VERB =
  "(?:said|says|say|wrote|writes|written|told|tells|posted|posts|added|adds|stated|states|tweeted|tweets|declared|declares|explained|explains|insisted|insists|warned|warns|noted|notes|asked|asks|replied|replies|continued|continues|claimed|claims|argued|argues|stressed|stresses|announced|announces|remarked|recalled|admitted|acknowledged|urged|urges|demanded|responded|shouted|commented|concluded|confirmed|countered|promised|vowed|conceded|suggested|reported|reports|exclaimed|testified|alleged|emphasized|emphasised|predicted|quipped|joked|complained|boasted|messaged|called|described)";
const PARTICIPLE =
  "(?:writing|saying|adding|telling|posting|tweeting|declaring|warning|insisting|stating|noting|arguing|explaining|stressing|urging)";
const AUX = String.raw`(?:(?:\p{Ll}+ly|later|also|then|once|again|previously|has|had|have|would|will)\s+){0,2}`;
const WHEN = String.raw`(?:(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+)?`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|el|la|le|ter|ten|dos|das)";
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,5}`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[Yy]ou)`;
/** "the minister", "a senior Ukrainian official": an article and up to five words that don't start a clause. */
const ROLE_WORD = String.raw`(?!(?:and|or|but|that|which|who|would|will|to|as|said|says|was|were|is|are|has|had|have|been|be)\b)[\p{L}'’\-]+`;
const ROLE = String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:${ROLE_WORD}\s+){0,4}?${ROLE_WORD}`;
const APPOSITION = String.raw`(?:,\s*[^,.;:!?“”"«»]{1,80},)?`;
const u = (source: string) => new RegExp(source, "u");

const AFTER_PRONOUN = u(String.raw`^${PRONOUN}\s+${AUX}${VERB}\b`);
const AFTER_NAME_VERB = u(String.raw`^(${NAME})${APPOSITION}\s+${WHEN}${AUX}${VERB}\b`);
const AFTER_ROLE_NAME_VERB = u(String.raw`^${ROLE},\s*(${NAME}),?\s+${AUX}${VERB}\b`);
const AFTER_ROLE_VERB = u(String.raw`^(${ROLE})\s+${AUX}${VERB}\b`);
const AFTER_VERB_NAME = u(String.raw`^${VERB}\s+(${NAME})`);
const AFTER_VERB_ROLE = u(
  String.raw`^${VERB}\s+(${ROLE})(?:,\s*(${NAME}))?(?=\s*(?:[,.;:!?]|$)|\s+(?:on|in|at|during|after|before|who|when|to|from)\b)`,
);
const ACCORDING_TO = u(String.raw`^[Aa]ccording to\s+(?:(${NAME})|(${ROLE}))`);

const BEFORE_NAME = u(String.raw`(${NAME})${APPOSITION}\s+${WHEN}${AUX}${VERB}\b`);
const BEFORE_ROLE = u(String.raw`(${ROLE})\s+${AUX}${VERB}\b`);
const BEFORE_PRONOUN = u(String.raw`\b${PRONOUN}\s+${AUX}${VERB}\b`);
const BEFORE_ACCORDING_TO = u(String.raw`\b[Aa]ccording to\s+(?:(${NAME})|(${ROLE}))\s*,?\s*$`);
const BEFORE_PARTICIPLE = u(String.raw`,\s*${PARTICIPLE}\b[^,.;:!?“”"«»]{0,60}[,:]?\s*$`);
const TRAILING_NAME = u(String.raw`${NAME_WORD}(?:\s+${NAME_WORD})*$`);
const LEADING_NAME = u(String.raw`^\s*(${NAME})`);
/** Words between an attribution's verb and the quotation: "told reporters on Monday that". */
const MAX_TAIL = 80;

/** How the quotation sits in its sentence. */
export interface QuotationLayout {
  /** Its words end with a full stop. */
  closesSentence: boolean;
  /** The words after it lead straight into the next quotation. */
  leadsIntoNext: boolean;
}

/** Pure: the attribution in `after` (text after the closing mark) or `before` (its sentence up to the opening mark); null when there is none. */
export function findSpeaker(
  before: string,
  after: string,
  layout: QuotationLayout = { closesSentence: false, leadsIntoNext: false },
): Attribution | null {
  const readAfter = () => attributionAfter(after.replace(/^[\s,;:—–-]+/u, ""));
  if (layout.closesSentence) return attributionBefore(before);
  if (layout.leadsIntoNext) return attributionBefore(before) ?? readAfter();
  return readAfter() ?? attributionBefore(before);
}

function attributionAfter(after: string): Attribution | null {
  if (AFTER_PRONOUN.test(after)) return { speaker: null };
  const named = AFTER_NAME_VERB.exec(after) ?? AFTER_ROLE_NAME_VERB.exec(after) ?? AFTER_VERB_NAME.exec(after);
  const name = named && cleanSpeakerName(named[1]!);
  if (name) return { speaker: name };
  const role = AFTER_ROLE_VERB.exec(after);
  if (role) return { speaker: nameInRole(role[1]!) };
  const verbRole = AFTER_VERB_ROLE.exec(after);
  if (verbRole) return { speaker: cleanSpeakerName(verbRole[2] ?? "") ?? nameInRole(verbRole[1]!) };
  const according = ACCORDING_TO.exec(after);
  if (according) return { speaker: cleanSpeakerName(according[1] ?? "") ?? according[2] ?? null };
  return null;
}

function attributionBefore(before: string): Attribution | null {
  const according = BEFORE_ACCORDING_TO.exec(before);
  if (according) return { speaker: cleanSpeakerName(according[1] ?? "") ?? according[2] ?? null };
  // The nearest attribution before the quotation; at the same verb a name wins over a role, a role over a pronoun.
  const candidates = [
    nearest(BEFORE_NAME, before, (m) => cleanSpeakerName(m[1]!) ?? undefined),
    nearest(BEFORE_ROLE, before, (m) => nameInRole(m[1]!)),
    nearest(BEFORE_PRONOUN, before, () => null),
  ];
  let best: { end: number; speaker: string | null } | null = null;
  for (const candidate of candidates) if (candidate && (!best || candidate.end > best.end)) best = candidate;
  if (best) return { speaker: best.speaker };
  if (BEFORE_PARTICIPLE.test(before)) {
    const subject = LEADING_NAME.exec(before);
    return { speaker: subject ? cleanSpeakerName(subject[1]!) : null };
  }
  return null;
}

/** "the engineer Anna Berg" → "Anna Berg": a name closing a role phrase wins over the role. */
function nameInRole(role: string): string {
  const trailing = TRAILING_NAME.exec(role);
  return (trailing && trailing.index > 0 && cleanSpeakerName(trailing[0])) || role;
}

/** The last match of `pattern` close enough to the end of `before`, with the speaker it names (undefined = not a speaker). */
function nearest(
  pattern: RegExp,
  before: string,
  speakerOf: (m: RegExpExecArray) => string | null | undefined,
): { end: number; speaker: string | null } | null {
  const global = new RegExp(pattern.source, "gu");
  let found: { end: number; speaker: string | null } | null = null;
  for (let m = global.exec(before); m; m = global.exec(before)) {
    const end = m.index + m[0].length;
    const speaker = speakerOf(m);
    if (speaker !== undefined && before.length - end <= MAX_TAIL) found = { end, speaker };
  }
  return found;
}
