import { handleRoute } from "@/lib/api/http/handle-route";
import { getMeRoute } from "@/lib/api/me/contracts";
import { getOwnProfile } from "@/lib/users/get-own-profile";

export const GET = handleRoute(getMeRoute, ({ actor }) => getOwnProfile(actor));
