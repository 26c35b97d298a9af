/**
 * The events of a verdict's lifecycle. Two tables are keyed by them: which states allow each
 * (lib/verdicts/transitions.ts) and who may fire it (VERDICT_EVENT_ACTION in lib/policy/policy.ts). The list sits
 * here, below lib/verdicts, so that the policy names them without importing the verdicts that ask it.
 */
export const VERDICT_EVENTS = ["submit", "approve", "reject", "request_changes", "revise", "withdraw"] as const;
export type VerdictEvent = (typeof VERDICT_EVENTS)[number];
