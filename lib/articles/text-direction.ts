/**
 * The `lang` and `dir` an article's text is rendered with, from its language
 * tag (BCP 47, as stored on the article). Screen readers pick the voice from
 * `lang`; `dir="rtl"` lays out Arabic, Hebrew, Persian, Urdu… from the right.
 * The direction follows the tag's script (explicit, or the likely one for the
 * language: "fa" → Arab), so "az-Arab" is right-to-left and "az" is not.
 * An unknown or malformed tag gives no attributes: the page's own language and
 * direction apply, and the browser's bidi algorithm still orders the letters.
 */
const RIGHT_TO_LEFT_SCRIPTS = new Set([
  "Adlm",
  "Arab",
  "Hebr",
  "Mand",
  "Mend",
  "Nkoo",
  "Rohg",
  "Samr",
  "Syrc",
  "Thaa",
  "Yezi",
]);

export interface TextLanguage {
  lang?: string;
  dir?: "ltr" | "rtl";
}

export function textLanguage(tag: string | null | undefined): TextLanguage {
  const trimmed = tag?.trim();
  if (!trimmed) return {};
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    if (!canonical) return {};
    const script = new Intl.Locale(canonical).maximize().script;
    return { lang: canonical, dir: script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "rtl" : "ltr" };
  } catch {
    return {}; // not a language tag (RangeError): render without attributes rather than a wrong one
  }
}
