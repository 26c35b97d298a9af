/** PATCH /claims/{id}: the merge of a patch over the stored claim, before updateClaim replaces every field. */
import { describe, expect, it } from "vitest";
import { BadRequestError } from "@/lib/api/http/api-errors";
import { toUpdateClaimInput } from "@/lib/api/claims/to-update-claim-input";
import type { ClaimDto } from "@/lib/claims/get-claim";

const stored: ClaimDto = {
  id: "c1",
  statement: "At least 14 people were killed in the market shelling",
  claimant: "The mayor",
  claimDate: new Date("2024-06-04T00:00:00Z"),
  value: {
    metric: "killed",
    valueLow: 14,
    valueHigh: 16,
    qualifier: "AT_LEAST",
    unit: null,
    asOf: new Date("2024-06-04T09:30:00Z"),
  },
  event: { label: "Market shelling", date: new Date("2024-06-03T00:00:00Z"), place: "Harbour district" },
  assignedEditorId: null,
  assignedReviewerId: null,
  createdById: "u1",
  appearances: [],
  relations: [],
  verdicts: [],
};

describe("toUpdateClaimInput", () => {
  it("keeps every field left out, to the millisecond", () => {
    expect(toUpdateClaimInput(stored, {})).toEqual({
      claimId: "c1",
      correctionNote: null,
      statement: stored.statement,
      claimant: "The mayor",
      claimDate: stored.claimDate,
      metric: "killed",
      valueLow: 14,
      valueHigh: 16,
      qualifier: "AT_LEAST",
      unit: null,
      asOf: stored.value.asOf,
      eventLabel: "Market shelling",
      eventDate: stored.event.date,
      eventPlace: "Harbour district",
    });
  });

  it("replaces the fields sent and clears the ones sent as null", () => {
    const input = toUpdateClaimInput(stored, {
      statement: "  Nineteen people were killed  ",
      claimant: null,
      eventPlace: null,
      claimDate: "2024-06-05",
      correctionNote: "The toll rose.",
    });
    expect(input).toMatchObject({
      statement: "Nineteen people were killed",
      claimant: null,
      eventPlace: null,
      claimDate: new Date("2024-06-05"),
      correctionNote: "The toll rose.",
      eventLabel: "Market shelling",
    });
  });

  it("valueLow alone is a single value; with valueHigh a range", () => {
    expect(toUpdateClaimInput(stored, { valueLow: 19 })).toMatchObject({ valueLow: 19, valueHigh: 19 });
    expect(toUpdateClaimInput(stored, { valueLow: 19, valueHigh: 25 })).toMatchObject({ valueLow: 19, valueHigh: 25 });
    expect(toUpdateClaimInput(stored, { valueLow: null })).toMatchObject({ valueLow: null, valueHigh: null });
    expect(toUpdateClaimInput(stored, { valueHigh: 20 })).toMatchObject({ valueLow: 14, valueHigh: 20 });
  });

  it("refuses a merged claim the use case would refuse, naming the body field", () => {
    const refusal = (patch: Parameters<typeof toUpdateClaimInput>[1]) => {
      try {
        toUpdateClaimInput(stored, patch);
      } catch (error) {
        expect(error).toBeInstanceOf(BadRequestError);
        return Object.keys((error as BadRequestError).fieldErrors);
      }
      throw new Error("not refused");
    };
    expect(refusal({ statement: "No" })).toEqual(["statement"]);
    expect(refusal({ valueHigh: 2 })).toEqual(["valueHigh"]);
    expect(refusal({ eventDate: "2024-02-30" })).toEqual(["eventDate"]);
  });
});
