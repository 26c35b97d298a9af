/**
 * IMPORT_ALLOWED_HOSTS: comma-separated hosts ("name" or "name:port") the URL
 * importer may fetch even though they resolve to non-public addresses — an
 * intranet archive, or the local server the tests start. Read here, per call,
 * until lib/env.ts declares it.
 */
export function importAllowedHosts(): string[] {
  return (process.env.IMPORT_ALLOWED_HOSTS ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== "");
}

/** Whether the URL's host is named in the allow-list, with or without its port. */
export function isAllowedImportHost(url: URL, allowed: readonly string[] = importAllowedHosts()): boolean {
  const hostname = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowed.includes(hostname) || allowed.includes(`${hostname}:${port}`);
}
