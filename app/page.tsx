import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";

export const dynamic = "force-dynamic";

/** Signed in: the first workspace (or the workspace list); otherwise the sign-in page. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  const workspaces = await findMyWorkspaces(user.id);
  redirect(workspaces.length === 1 ? `/w/${workspaces[0]!.slug}` : "/workspaces");
}
