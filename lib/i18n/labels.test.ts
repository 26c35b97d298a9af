import { describe, expect, it } from "vitest";
import { AnchorState, Role, VerdictStatus } from "@/lib/generated/prisma/enums";
import {
  ANCHOR_STATE_OPTIONS,
  labelKey,
  ROLE_OPTIONS,
  VERDICT_STATUS_OPTIONS,
  VERDICT_STATUS_STEPS,
} from "@/lib/i18n/labels";
import { ROLES } from "@/lib/policy/actor";
import en from "@/lib/i18n/messages/en/labels.json" with { type: "json" };
import uk from "@/lib/i18n/messages/uk/labels.json" with { type: "json" };

const catalogues = { en, uk } as Record<string, Record<string, Record<string, string>>>;

function message(language: string, key: string): string | undefined {
  const [group, value] = key.split(".") as [string, string];
  return catalogues[language]?.[group]?.[value];
}

describe("labels: the one home of the app's role, verdict status and anchor state lists", () => {
  it("lists each enum value exactly once", () => {
    expect([...ROLE_OPTIONS].sort()).toEqual(Object.values(Role).sort());
    expect([...VERDICT_STATUS_OPTIONS].sort()).toEqual(Object.values(VerdictStatus).sort());
    expect([...VERDICT_STATUS_STEPS].sort()).toEqual(Object.values(VerdictStatus).sort());
    expect([...ANCHOR_STATE_OPTIONS].sort()).toEqual(Object.values(AnchorState).sort());
  });

  it("keeps the orders the screens show", () => {
    expect(ROLE_OPTIONS).toEqual(ROLES);
    expect(ANCHOR_STATE_OPTIONS).toEqual(["EXACT", "RELOCATED", "TEXT_CHANGED", "AMBIGUOUS", "ORPHANED"]);
    expect(VERDICT_STATUS_OPTIONS).toEqual(["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "CHANGES_REQUESTED"]);
    expect(VERDICT_STATUS_STEPS).toEqual(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED"]);
  });

  it.each(["en", "uk"])("names every value in the %s catalogue", (language) => {
    const keys = [
      ...ROLE_OPTIONS.flatMap((r) => [labelKey.role(r), labelKey.roleSummary(r)]),
      ...VERDICT_STATUS_OPTIONS.map(labelKey.verdictStatus),
      ...ANCHOR_STATE_OPTIONS.map(labelKey.anchorState),
    ];
    expect(keys.filter((key) => !message(language, key))).toEqual([]);
  });
});
