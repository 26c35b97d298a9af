import { handleRoute } from "@/lib/api/http/handle-route";
import { listMembersRoute } from "@/lib/api/members/contracts";
import { findApiMembers } from "@/lib/api/members/find-api-members";

export const GET = handleRoute(listMembersRoute, async ({ actor }) => ({ items: await findApiMembers(actor) }));
