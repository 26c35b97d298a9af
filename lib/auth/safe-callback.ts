/**
 * Where to go after sign-in. SECURITY: the value is resolved the way a browser
 * would (WHATWG URL: tabs and newlines dropped, backslashes read as slashes)
 * against the site's origin and followed only if it stays there. Only the
 * path, query and fragment are returned, so the redirect is always relative.
 */
export const DEFAULT_CALLBACK = "/";

export function safeCallbackPath(value: unknown, origin: string): string {
  if (typeof value !== "string" || value === "") return DEFAULT_CALLBACK;
  let resolved: URL;
  try {
    resolved = new URL(value, origin);
  } catch {
    return DEFAULT_CALLBACK;
  }
  if (resolved.origin !== new URL(origin).origin) return DEFAULT_CALLBACK;
  // "/.//evil" resolves to the path "//evil", which a browser reads as another host
  if (/^\/[/\\]/.test(resolved.pathname)) return DEFAULT_CALLBACK;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
