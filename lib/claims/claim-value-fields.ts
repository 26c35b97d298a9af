/** The claim columns that state what is claimed: statement, claimant and structured value with its event (a Prisma select). */
export const CLAIM_VALUE_FIELDS = {
  statement: true,
  claimant: true,
  metric: true,
  valueLow: true,
  valueHigh: true,
  qualifier: true,
  unit: true,
  asOf: true,
  eventLabel: true,
  eventDate: true,
  eventPlace: true,
} as const;
