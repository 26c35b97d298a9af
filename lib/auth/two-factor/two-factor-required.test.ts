import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { ROLES } from "@/lib/policy/actor";
import { assertTwoFactorRequirementMet, TwoFactorRequiredError } from "@/lib/auth/two-factor/two-factor-required";

describe("the workspace's two-factor requirement", () => {
  const check = (role: (typeof ROLES)[number], workspaceRequiresTwoFactor: boolean, totpEnabledAt: Date | null) => () =>
    assertTwoFactorRequirementMet({ role, workspaceRequiresTwoFactor, totpEnabledAt });

  it("refuses reviewers and admins without two-factor, as a 403 that says where to set it up", () => {
    for (const role of ["REVIEWER", "ADMIN"] as const) {
      expect(check(role, true, null)).toThrow(TwoFactorRequiredError);
      expect(check(role, true, null)).toThrow(ForbiddenError);
      expect(check(role, true, null)).toThrow(/\/account\/two-factor/);
    }
  });

  it("lets viewers and editors in without it, and everyone once it is set up", () => {
    for (const role of ["VIEWER", "EDITOR"] as const) expect(check(role, true, null)).not.toThrow();
    for (const role of ROLES) expect(check(role, true, new Date())).not.toThrow();
  });

  it("asks nothing of anyone when the workspace does not require it", () => {
    for (const role of ROLES) expect(check(role, false, null)).not.toThrow();
  });
});
