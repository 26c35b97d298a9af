import type { ReactNode } from "react";
import { AppHeader } from "@/app/_components/app-header";
import { WorkspaceNav, type NavItem } from "@/app/_components/workspace-nav";
import { pageActor, pageUser } from "@/app/_lib/page-actor";
import { NavWithSearch } from "./search/_components/nav-with-search";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { can } from "@/lib/policy/policy";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const user = await pageUser(`/w/${slug}`);
  const workspaces = await findMyWorkspaces(user.id);
  const base = `/w/${slug}`;
  const items: NavItem[] = [
    { href: base, label: "Overview" },
    { href: `${base}/articles`, label: "Articles" },
    { href: `${base}/claims`, label: "Claims" },
    { href: `${base}/review`, label: "Review" },
    { href: `${base}/conflicts`, label: "Conflicts" },
    { href: `${base}/reports`, label: "Reports" },
    ...(can(actor, "member.read") ? [{ href: `${base}/admin`, label: "Admin" }] : []),
  ];
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={workspaces.find((w) => w.slug === slug) ?? null} />
      <NavWithSearch slug={slug}>
        <WorkspaceNav items={items} />
      </NavWithSearch>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
