/** "Firefox on Linux" from a User-Agent header: enough to recognise one's own devices, no fingerprinting library. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser =
    [
      ["Edge", /Edg\//],
      ["Opera", /OPR\//],
      ["Firefox", /Firefox\//],
      ["Chrome", /(Chrome|Chromium|CriOS)\//],
      ["Safari", /Safari\//],
    ].find(([, pattern]) => (pattern as RegExp).test(userAgent))?.[0] ?? "Browser";
  const system =
    [
      ["Android", /Android/],
      ["iOS", /iPhone|iPad|iPod/],
      ["Windows", /Windows/],
      ["macOS", /Mac OS X|Macintosh/],
      ["Linux", /Linux|X11/],
    ].find(([, pattern]) => (pattern as RegExp).test(userAgent))?.[0] ?? null;
  return system ? `${browser} on ${system}` : (browser as string);
}
