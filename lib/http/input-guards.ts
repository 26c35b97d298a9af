/**
 * Checks every entry point runs on its input before anything else does:
 * strings must be well-formed Unicode (a lone UTF-16 surrogate, U+D800–U+DFFF
 * without its pair, cannot be stored or sent on as UTF-8) and structures may
 * not nest deeper than any form or API body of the app does (a 20,000-deep
 * array overflows recursive parsers and validators). Pure and iterative, so
 * the checks themselves cannot overflow the stack.
 */

/** Deeper than any real input (the deepest, a W3C annotation, nests about 6 levels). */
export const MAX_INPUT_DEPTH = 64;

export interface InputProblem {
  /** dotted path of the offending field ("evidence.0.title"), "form" for the whole input */
  field: string;
  message: string;
}

export const LONE_SURROGATE_MESSAGE =
  "Contains an invalid character (a lone UTF-16 surrogate). Remove it and try again.";
export const TOO_DEEP_MESSAGE = `Nests deeper than ${MAX_INPUT_DEPTH} levels.`;

export function hasLoneSurrogate(text: string): boolean {
  return !text.isWellFormed();
}

const joinPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The first lone surrogate (in a string or a key) or over-deep nesting in a
 * decoded value: plain objects, arrays, Maps, Sets and FormData (files are
 * skipped: their bytes are checked by whoever reads them).
 */
export function findInputProblem(value: unknown, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === "string") {
      if (hasLoneSurrogate(current)) return { field: path || "form", message: LONE_SURROGATE_MESSAGE };
      continue;
    }
    if (typeof current !== "object" || current === null || (typeof Blob !== "undefined" && current instanceof Blob))
      continue;
    if (depth >= maxDepth) return { field: path || "form", message: TOO_DEEP_MESSAGE };
    for (const [key, child] of entriesOf(current)) {
      if (hasLoneSurrogate(key)) return { field: path || "form", message: LONE_SURROGATE_MESSAGE };
      stack.push({ value: child, path: joinPath(path, key), depth: depth + 1 });
    }
  }
  return null;
}

function entriesOf(value: object): [string, unknown][] {
  if (value instanceof FormData) return [...value.entries()];
  if (value instanceof Map) return [...value.entries()].map(([key, child]) => [String(key), child]);
  if (value instanceof Set || Array.isArray(value)) return [...value].map((child, index) => [String(index), child]);
  return Object.entries(value);
}

const HIGH_SURROGATE = /^[dD][89abAB][0-9a-fA-F]{2}$/;
const LOW_SURROGATE = /^[dD][c-fC-F][0-9a-fA-F]{2}$/;

/**
 * One pass over JSON text (valid or not: this runs before any parser), without
 * building anything: whether its arrays and objects nest deeper than
 * `maxDepth` (reported first: the text must not reach a parser then), else
 * whether a string holds a `\uD800`-style escape that is not half of a
 * surrogate pair. Brackets inside strings do not count. Linear in the text's
 * length; field names are left to findInputProblem on the parsed value.
 */
export function scanJsonText(text: string, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  let depth = 0;
  let inString = false;
  let loneSurrogate = false;
  // jump from one character that matters to the next: text between them (most of a body) is skipped by the regex engine
  const special = /["\\[\]{}]/g;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const i = match.index;
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x22 /* " */) inString = false;
      else if (char === 0x5c /* \ */) {
        if (text.charCodeAt(i + 1) !== 0x75 /* u */) {
          special.lastIndex = i + 2; // the escaped character, so \" does not end the string
          continue;
        }
        const hex = text.slice(i + 2, i + 6);
        if (
          HIGH_SURROGATE.test(hex) &&
          text.slice(i + 6, i + 8) === "\\u" &&
          LOW_SURROGATE.test(text.slice(i + 8, i + 12))
        )
          special.lastIndex = i + 12;
        else {
          if (HIGH_SURROGATE.test(hex) || LOW_SURROGATE.test(hex)) loneSurrogate = true;
          special.lastIndex = i + 6;
        }
      }
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > maxDepth) return { field: "form", message: TOO_DEEP_MESSAGE };
    } else depth--; // ] or }
  }
  return loneSurrogate ? { field: "form", message: LONE_SURROGATE_MESSAGE } : null;
}

/** UTF-8 bytes as text, or null when they are not valid UTF-8 (which includes encoded surrogates). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
