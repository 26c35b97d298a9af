import { handleRoute } from "@/lib/api/http/handle-route";
import { createVerdictRoute } from "@/lib/api/verdicts/contracts";
import { getVerdict } from "@/lib/api/verdicts/get-verdict";
import { createVerdict } from "@/lib/verdicts/create-verdict";

export const POST = handleRoute(createVerdictRoute, async ({ actor, body, url, headers }) => {
  const { id } = await createVerdict(actor, body.value);
  headers.set("Location", `${url.pathname}/${id}`);
  return getVerdict(actor, id);
});
