import { handleRoute } from "@/lib/api/http/handle-route";
import { replacePreferencesRoute } from "@/lib/api/me/contracts";
import { updateLocale } from "@/lib/users/update-locale";
import { updateTimeZone } from "@/lib/users/update-time-zone";

// The account page's own use cases (audited, the user from the credential, never from input). The body was checked
// whole before either runs, so a bad field changes nothing.
export const PUT = handleRoute(replacePreferencesRoute, async ({ actor, body }) => {
  const me = { id: actor.userId };
  const { locale } = await updateLocale(me, { locale: body.value.language });
  const { timeZone } = await updateTimeZone(me, { timeZone: body.value.timeZone });
  return { language: locale, timeZone };
});
