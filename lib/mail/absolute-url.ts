import { env } from "@/lib/env";

/**
 * Links in emails must be absolute and must not come from the request's Host
 * header (an attacker could send a reset link pointing at their own site):
 * NEXTAUTH_URL, else the local address `npm start` serves.
 */
export function absoluteAppUrl(path: string): string {
  const base = env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
