/**
 * Spelling variants of names and places that outlets use interchangeably
 * ("Kiev" and "Kyiv", "Zelensky" and "Zelenskyy"): the ONE rule that claim
 * matching, search, suggestions and conflict detection share. Pure. In lib/search,
 * the lowest of those folders, so each of them reads it one way.
 *
 * A group lists the spellings of one name, the preferred one first; a
 * workspace adds its own groups in the same form ("Kyiv|Kiev", stored in
 * Workspace.nameVariants). A workspace group that shares a spelling with a
 * built-in group joins it, so "Kyiv|Kyjiw" adds a spelling to Kyiv.
 */
export const BUILT_IN_NAME_GROUPS: readonly string[] = [
  "Kyiv|Kiev|Kiew",
  "Kharkiv|Kharkov",
  "Odesa|Odessa",
  "Lviv|Lvov",
  "Zaporizhzhia|Zaporizhia|Zaporozhye",
  "Mykolaiv|Nikolaev|Mykolayiv",
  "Zelenskyy|Zelensky|Zelenskiy|Selenskyj",
  "Dnipro|Dnepr",
  "Donetsk|Donezk",
  "Luhansk|Lugansk",
  "Kherson|Cherson",
  "Chernihiv|Chernigov",
  "Vinnytsia|Vinnitsa",
  "Sumy|Sumi",
  "Mariupol|Mariupil",
  "Bakhmut|Artemovsk|Artemivsk",
  "Tbilisi|Tiflis",
  "Gaddafi|Qaddafi|Kadhafi|Gadhafi",
  "Al-Qaeda|Al-Qaida|al Qaeda|al Qaida",
];

/** Letters that Unicode decomposition leaves alone ("Støre" → "store"). */
const LETTERS: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ł: "l", ı: "i", þ: "th" };

/** Lower case, no accents, no apostrophes: how a single word is compared ("Kyïv" → "kyiv", "O’Neill" → "oneill"). */
export function foldLetters(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øæœßđłıþ]/g, (letter) => LETTERS[letter]!)
    .replace(/['’]/g, "");
}

/** The folded words of a spelling: "Al-Qaeda" → ["al", "qaeda"]. */
function partsOf(spelling: string): string[] {
  return foldLetters(spelling)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface NameTable {
  /** folded spelling, parts joined by a space → canonical key */
  canonical: Map<string, string>;
  /** canonical key → spellings as written in the groups */
  spellings: Map<string, string[]>;
  /** the most words a spelling has */
  longest: number;
}

function buildTable(groups: readonly string[]): NameTable {
  const canonical = new Map<string, string>();
  const spellings = new Map<string, string[]>();
  let longest = 1;
  for (const group of groups) {
    const members = group
      .split("|")
      .map((s) => s.trim())
      .filter((s) => partsOf(s).length > 0);
    if (members.length < 2) continue;
    const keys = members.map((s) => partsOf(s).join(" "));
    // the group joins every group it shares a spelling with (the first one's key wins)
    const joined = [...new Set(keys.map((k) => canonical.get(k)).filter((k): k is string => k !== undefined))];
    const target = joined[0] ?? keys[0]!.replace(/ /g, "");
    const all = [...(spellings.get(target) ?? [])];
    for (const other of joined.slice(1)) {
      for (const [key, value] of canonical) if (value === other) canonical.set(key, target);
      all.push(...spellings.get(other)!);
      spellings.delete(other);
    }
    for (const [i, key] of keys.entries()) {
      canonical.set(key, target);
      canonical.set(key.replace(/ /g, ""), target);
      if (!all.some((s) => partsOf(s).join(" ") === key)) all.push(members[i]!);
      longest = Math.max(longest, key.split(" ").length);
    }
    spellings.set(target, all);
  }
  return { canonical, spellings, longest };
}

const BUILT_IN = buildTable(BUILT_IN_NAME_GROUPS);
/** Tables with a workspace's groups, by their text: a workspace's list is read on every search. */
const cache = new Map<string, NameTable>();
const CACHE_SIZE = 50;

function tableFor(extraGroups: readonly string[] | undefined): NameTable {
  if (!extraGroups || extraGroups.length === 0) return BUILT_IN;
  const key = extraGroups.join("\n");
  let table = cache.get(key);
  if (!table) {
    table = buildTable([...BUILT_IN_NAME_GROUPS, ...extraGroups]);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, table);
  }
  return table;
}

/**
 * Pure: the comparison key of a word or a name of several words: folded
 * (case, accents, apostrophes, hyphens and spaces do not matter), and the
 * preferred spelling's key for a known variant: "Kiev" → "kyiv",
 * "al Qaida" → "alqaeda", "Kramatorsk" → "kramatorsk".
 */
export function foldName(word: string, extraGroups?: readonly string[]): string {
  const parts = partsOf(word);
  const table = tableFor(extraGroups);
  return table.canonical.get(parts.join(" ")) ?? table.canonical.get(parts.join("")) ?? parts.join("");
}

/**
 * Pure: every spelling of the word's name as written in its group, the word
 * itself first ("Kiev" → ["Kiev", "Kyiv", "Kiew"]); just the word when it has
 * no known variants. For searches that must look for each spelling.
 */
export function nameVariants(word: string, extraGroups?: readonly string[]): string[] {
  const key = foldName(word, extraGroups);
  const group = tableFor(extraGroups).spellings.get(key) ?? [];
  const seen = new Set([partsOf(word).join(" ")]);
  const variants = [word];
  for (const spelling of group) {
    const folded = partsOf(spelling).join(" ");
    if (!seen.has(folded)) variants.push(spelling);
    seen.add(folded);
  }
  return variants;
}

/**
 * Pure: words already folded and split (as `foldLetters` and a split on
 * non-letters leave them) with known names replaced by their key; a name of
 * several words ("al", "qaida") becomes one key ("alqaeda"). Other words stay.
 */
export function foldNameWords(words: readonly string[], extraGroups?: readonly string[]): string[] {
  const table = tableFor(extraGroups);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(table.longest, words.length - i); n >= 2 && taken === 0; n--) {
      const key = table.canonical.get(words.slice(i, i + n).join(" "));
      if (key !== undefined) {
        out.push(key);
        taken = n;
      }
    }
    if (taken === 0) {
      out.push(table.canonical.get(words[i]!) ?? words[i]!);
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/** Pure: is the word a known name (built-in or the workspace's)? Names are compared whole, never stemmed. */
export function isKnownName(word: string, extraGroups?: readonly string[]): boolean {
  const parts = partsOf(word);
  const table = tableFor(extraGroups);
  return table.canonical.has(parts.join(" ")) || table.canonical.has(parts.join(""));
}
