import { IntlMessageFormat } from "intl-messageformat";
import { locales as zodLocales, type core } from "zod";
import { MESSAGES } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * lib/ speaks English: its errors and schemas carry English texts, and those
 * texts are the keys (gettext-style). The `server` namespace holds each of them,
 * English exactly as lib/ writes it; a text with a part computed at run time is
 * a template there ("{what} not found."), and the parts filled into it are
 * translated in turn where the catalogue knows them ("Claim"). Anything the
 * catalogue does not know comes back as it is, in English.
 * test/i18n/server-texts.test.ts keeps the catalogue complete.
 */
type Catalogue = Record<string, string>;

const GAP = "\u0000";
/** How deep parts filled into a template are translated ("{what} not found." ← "Claim"). */
const MAX_NESTING = 3;

interface Template {
  key: string;
  pattern: RegExp;
  args: string[];
}

const formats = new Map<string, IntlMessageFormat>();
let index: { exactKeys: Map<string, string>; templates: Template[] } | undefined;

/** English text → key, and the templates as patterns; built on first use. */
function catalogueIndex() {
  if (index) return index;
  const exactKeys = new Map<string, string>();
  const templates: Template[] = [];
  for (const [key, message] of Object.entries(MESSAGES.en.server as Catalogue)) {
    const args = argumentsOf(message);
    if (args.length === 0) {
      exactKeys.set(format(key, message, "en", {}), key);
      continue;
    }
    // format with a marker in each gap, so ICU escaping is undone exactly as it is when translating
    const marked = format(key, message, "en", Object.fromEntries(args.map((name) => [name, `${GAP}${name}${GAP}`])));
    const pieces = marked.split(GAP);
    const order = pieces.filter((_, position) => position % 2 === 1);
    const source = pieces.map((piece, position) => (position % 2 === 1 ? "(.*?)" : escapeRegExp(piece))).join("");
    templates.push({ key, pattern: new RegExp(`^${source}$`, "s"), args: order });
  }
  // the template with the most fixed text first: "Could not reach {host}: the name has no addresses." before "Could not reach {host}: {reason}."
  templates.sort((a, b) => fixedLength(b) - fixedLength(a));
  index = { exactKeys, templates };
  return index;
}

/** An English text from lib/ in `locale`: the catalogue's wording, else the text unchanged. */
export function translateServerText(text: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return text;
  return translate(text, locale, 0);
}

/** The catalogue key an English text from lib/ falls under (exactly or as a template), if any. */
export function serverTextKey(text: string): string | undefined {
  const { exactKeys, templates } = catalogueIndex();
  return exactKeys.get(text) ?? templates.find((template) => template.pattern.test(text))?.key;
}

function translate(text: string, locale: Locale, depth: number): string {
  const messages = MESSAGES[locale].server as Catalogue;
  const { exactKeys, templates } = catalogueIndex();
  const key = exactKeys.get(text);
  if (key) return format(key, messages[key]!, locale, {});
  if (depth >= MAX_NESTING) return text;
  for (const template of templates) {
    const match = template.pattern.exec(text);
    if (!match) continue;
    const values = Object.fromEntries(
      template.args.map((name, index) => [name, translate(match[index + 1]!, locale, depth + 1)]),
    );
    return format(template.key, messages[template.key]!, locale, values);
  }
  return text;
}

/**
 * A zod issue's message in `locale`: a schema's own message through the
 * catalogue; zod's built-in English ("Too small: expected string to have >=1
 * characters") through zod's locale for that language. Per call, never by
 * changing zod's global configuration.
 */
export function translateZodIssue(issue: core.$ZodIssue, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return issue.message;
  const translated = translateServerText(issue.message, locale);
  if (translated !== issue.message) return translated;
  const raw = withInput(issue);
  if (zodMessage("en", raw) !== issue.message) return issue.message;
  return zodMessage(locale, raw) ?? issue.message;
}

function zodMessage(locale: Locale, issue: core.$ZodRawIssue): string | undefined {
  const answer = zodLocales[locale]().localeError(issue);
  return typeof answer === "string" ? answer : (answer?.message ?? undefined);
}

// zod drops the input from finished issues; "received string" in the message says what type it was
const SAMPLE_OF_TYPE: Record<string, unknown> = {
  string: "",
  number: 0,
  boolean: false,
  bigint: BigInt(0),
  symbol: Symbol(),
  undefined: undefined,
  null: null,
  array: [],
  object: {},
  function: () => {},
  date: new Date(0),
  NaN: Number.NaN,
};

function withInput(issue: core.$ZodIssue): core.$ZodRawIssue {
  const received = issue.code === "invalid_type" ? /received (\S+)$/.exec(issue.message)?.[1] : undefined;
  return {
    ...issue,
    input: received !== undefined && received in SAMPLE_OF_TYPE ? SAMPLE_OF_TYPE[received] : undefined,
  } as core.$ZodRawIssue;
}

function format(key: string, message: string, locale: Locale, values: Record<string, string>): string {
  const id = `${locale}:${key}`;
  let formatter = formats.get(id);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale);
    formats.set(id, formatter);
  }
  return String(formatter.format(values));
}

function argumentsOf(message: string): string[] {
  // type 1 is a plain {argument}: the only kind the server namespace uses
  return new IntlMessageFormat(message, "en")
    .getAst()
    .flatMap((element) => (element.type === 1 ? [element.value] : []));
}

function fixedLength(template: Template): number {
  return template.pattern.source.replaceAll("(.*?)", "").length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
