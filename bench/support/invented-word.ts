/**
 * Invented words for the benchmarks' generated newsrooms (bench/search-seed.ts,
 * bench/support/scale-text.ts): names and places made of syllables, so that no
 * real name or news text is copied and each seed gives the same words.
 */
export const SYLLABLES = [
  "ma",
  "ro",
  "vka",
  "li",
  "sen",
  "dor",
  "ka",
  "tel",
  "bri",
  "an",
  "os",
  "ver",
  "za",
  "mir",
  "hol",
  "den",
  "ny",
  "go",
  "rsk",
  "ba",
  "lev",
  "ich",
  "tra",
  "mun",
  "ell",
  "pe",
  "sto",
  "ya",
  "ür",
  "ïv",
  "ão",
  "ber",
  "gen",
  "ski",
  "va",
];

/** A capitalised word of `parts` syllables drawn with `random`. */
export function inventWord(random: () => number, parts: number, syllables: readonly string[] = SYLLABLES): string {
  let word = "";
  for (let i = 0; i < parts; i++) word += syllables[Math.floor(random() * syllables.length)]!;
  return word[0]!.toUpperCase() + word.slice(1);
}
