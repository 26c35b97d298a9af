import type { NotificationKind } from "@/lib/generated/prisma/client";

/** Every kind, in the order the preferences page lists them, with whether it is emailed when the person chose nothing. */
export const NOTIFICATION_KINDS: readonly { kind: NotificationKind; label: string; emailByDefault: boolean }[] = [
  { kind: "INVITED", label: "You were invited to a workspace", emailByDefault: true },
  { kind: "CLAIM_ASSIGNED", label: "A claim was assigned to you", emailByDefault: true },
  { kind: "VERDICT_APPROVED", label: "Your verdict was approved", emailByDefault: true },
  { kind: "VERDICT_REJECTED", label: "Your verdict was rejected", emailByDefault: true },
  {
    kind: "VERDICT_CHANGES_REQUESTED",
    label: "Your verdict was sent back with changes requested",
    emailByDefault: true,
  },
  { kind: "REPORT_CORRECTED", label: "A correction was issued on a report you wrote for", emailByDefault: true },
  { kind: "SOURCE_UNAVAILABLE", label: "A source your verdict cites went offline or changed", emailByDefault: true },
];

export function emailByDefault(kind: NotificationKind): boolean {
  return NOTIFICATION_KINDS.find((k) => k.kind === kind)?.emailByDefault ?? false;
}
