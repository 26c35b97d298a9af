import { getPublishingSettings } from "@/lib/workspaces/get-publishing-settings";
import type { Actor } from "@/lib/policy/actor";
import { PublishingSettingsForm } from "./publishing-settings-form";

/** The admin page's section on public fact-check pages (admins: workspace.settings). */
export async function PublishingSettings({ slug, actor }: { slug: string; actor: Actor }) {
  const settings = await getPublishingSettings(actor);
  return (
    <section className="card">
      <PublishingSettingsForm slug={slug} settings={settings} />
    </section>
  );
}
