import type { z } from "zod";
import { UpdateClaimInputSchema, type UpdateClaimInput } from "@/lib/claims/schemas";
import { BadRequestError } from "@/lib/api/http/api-errors";
import { zodFieldErrors } from "@/lib/api/http/problem-response";
import type { ClaimDto } from "@/lib/claims/get-claim";
import type { PatchClaimBodySchema } from "@/lib/api/claims/contracts";

type Patch = z.output<typeof PatchClaimBodySchema>;

/**
 * Pure: a PATCH body merged over the stored claim, as updateClaim's input
 * (which replaces every field). A field sent replaces the stored one, null
 * clears it, a field left out keeps the stored value; valueLow sent without
 * valueHigh makes a single value. The merged fields are validated with the
 * use case's own schema, so a too-short statement or an upper bound below the
 * lower one is a 400 pointing at the body field, as for POST /claims.
 */
export function toUpdateClaimInput(current: ClaimDto, patch: Patch): UpdateClaimInput {
  const field = (key: keyof Patch, stored: string | number | Date | null) =>
    key in patch ? (patch[key] ?? undefined) : toWire(stored);
  const merged = {
    claimId: current.id,
    correctionNote: patch.correctionNote,
    statement: patch.statement ?? current.statement,
    claimant: field("claimant", current.claimant),
    claimDate: field("claimDate", current.claimDate),
    metric: field("metric", current.value.metric),
    valueLow: field("valueLow", current.value.valueLow),
    valueHigh: "valueLow" in patch && !("valueHigh" in patch) ? undefined : field("valueHigh", current.value.valueHigh),
    qualifier: field("qualifier", current.value.qualifier),
    unit: field("unit", current.value.unit),
    asOf: field("asOf", current.value.asOf),
    eventLabel: field("eventLabel", current.event.label),
    eventDate: field("eventDate", current.event.date),
    eventPlace: field("eventPlace", current.event.place),
  };
  const parsed = UpdateClaimInputSchema.safeParse(merged);
  if (!parsed.success) throw new BadRequestError("The request body is not valid.", zodFieldErrors(parsed.error));
  return parsed.data;
}

/** A stored value as the input schema reads it: dates as ISO strings (kept to the millisecond), null as left out. */
function toWire(stored: string | number | Date | null): string | number | undefined {
  if (stored === null) return undefined;
  return stored instanceof Date ? stored.toISOString() : stored;
}
