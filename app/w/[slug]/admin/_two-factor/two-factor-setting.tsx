import { hasTwoFactor } from "@/lib/auth/two-factor/has-two-factor";
import { getTwoFactorRequirement } from "@/lib/workspaces/get-two-factor-requirement";
import type { Actor } from "@/lib/policy/actor";
import { TwoFactorForm } from "../two-factor-form";

/** The admin page's two-factor section (admins: workspace.settings). */
export async function TwoFactorSetting({ slug, actor }: { slug: string; actor: Actor }) {
  const [requirement, adminHasTwoFactor] = await Promise.all([
    getTwoFactorRequirement(actor),
    hasTwoFactor(actor.userId),
  ]);
  return (
    <section className="card">
      <TwoFactorForm slug={slug} requirement={requirement} adminHasTwoFactor={adminHasTwoFactor} />
    </section>
  );
}
