/** The words around the browser's and system's names, in the viewer's language (the account page passes the catalogue's). */
export interface UserAgentWords {
  unknown: string;
  browser: string;
  on(browser: string, system: string): string;
}

const ENGLISH: UserAgentWords = {
  unknown: "Unknown browser",
  browser: "Browser",
  on: (browser, system) => `${browser} on ${system}`,
}; // i18n-exempt: the default for tests and callers without a translator

/** "Firefox on Linux" from a User-Agent header: enough to recognise one's own devices, no fingerprinting library. */
export function describeUserAgent(userAgent: string | null, words: UserAgentWords = ENGLISH): string {
  if (!userAgent) return words.unknown;
  const browser =
    [
      ["Edge", /Edg\//],
      ["Opera", /OPR\//],
      ["Firefox", /Firefox\//],
      ["Chrome", /(Chrome|Chromium|CriOS)\//],
      ["Safari", /Safari\//],
    ].find(([, pattern]) => (pattern as RegExp).test(userAgent))?.[0] ?? words.browser;
  const system =
    [
      ["Android", /Android/],
      ["iOS", /iPhone|iPad|iPod/],
      ["Windows", /Windows/],
      ["macOS", /Mac OS X|Macintosh/],
      ["Linux", /Linux|X11/],
    ].find(([, pattern]) => (pattern as RegExp).test(userAgent))?.[0] ?? null;
  return system ? words.on(browser as string, system as string) : (browser as string);
}
