/**
 * WEBHOOK_ALLOWED_HOSTS (lib/env.ts): comma-separated hosts ("name" or
 * "name:port") webhooks may be delivered to although they resolve to private
 * or loopback addresses: an intranet receiver, or the receiver a test starts.
 * Read per call, so a test may set it.
 */
export function webhookAllowedHosts(value: string | undefined = process.env.WEBHOOK_ALLOWED_HOSTS): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== "");
}
