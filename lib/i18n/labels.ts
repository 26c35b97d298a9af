import { AnchorState, Role, VerdictStatus } from "@/lib/generated/prisma/enums";

/**
 * The one home of the lists the app offers of roles, verdict statuses and
 * anchor states (role pickers, filters), each in the order the schema's enum
 * declares (prisma/schema.prisma), and of their message keys in the `labels`
 * catalogue (lib/i18n/messages/<lang>/labels.json). Pickers list these, and
 * badges and filters name a value with `labelKey`: a new enum value then
 * shows up everywhere, and a missing label fails lib/i18n/labels.test.ts.
 * Colours stay in the UI's CSS (`.state.<value>`, `.status.<value>`, `.badge.<value>`).
 */

/** Roles in increasing power (as lib/policy/actor.ts ranks them). */
export const ROLE_OPTIONS: readonly Role[] = Object.values(Role);

/** Verdict statuses as the search filter offers them. */
export const VERDICT_STATUS_OPTIONS: readonly VerdictStatus[] = Object.values(VerdictStatus);

/** Verdict statuses in the order a verdict goes through them (the claims list's filter): open steps first, then the outcomes. */
export const VERDICT_STATUS_STEPS = [
  VerdictStatus.DRAFT,
  VerdictStatus.SUBMITTED,
  VerdictStatus.CHANGES_REQUESTED,
  VerdictStatus.APPROVED,
  VerdictStatus.REJECTED,
] as const satisfies readonly VerdictStatus[];

/** Anchor states from a highlight still in place to one that lost it. */
export const ANCHOR_STATE_OPTIONS: readonly AnchorState[] = Object.values(AnchorState);

/** The `labels` catalogue key naming each value: `t(labelKey.role(role))` with `useTranslations("labels")`. */
export const labelKey = {
  role: (role: Role) => `role.${role}` as const,
  roleSummary: (role: Role) => `roleSummary.${role}` as const,
  verdictStatus: (status: VerdictStatus) => `verdictStatus.${status}` as const,
  anchorState: (state: AnchorState) => `anchorState.${state}` as const,
};
