import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { getPublishingSettingsRoute, replacePublishingSettingsRoute } from "@/lib/api/workspace/publishing-contracts";
import { updatePublishingSettings } from "@/lib/workspaces/update-publishing-settings";

export const GET = handleResourceRead(getPublishingSettingsRoute);

export const PUT = handleRoute(replacePublishingSettingsRoute, ({ actor, body }) =>
  updatePublishingSettings(actor, body.value),
);
