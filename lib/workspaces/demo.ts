import type { Role } from "@/lib/policy/actor";

/**
 * The demo workspace that `npm start` seeds on the embedded database. The
 * sign-in page lists these accounts only in that mode (FACTDESK_DEMO=1).
 */
export const DEMO_PASSWORD = "factdesk-demo";

export const DEMO_WORKSPACE = { name: "Demo Desk", slug: "demo", organisationName: "Factdesk Demo Newsroom" };

export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.factdesk.test", name: "Ada Admin", role: "ADMIN" },
  { email: "reviewer@demo.factdesk.test", name: "Rui Reviewer", role: "REVIEWER" },
  { email: "editor@demo.factdesk.test", name: "Eda Editor", role: "EDITOR" },
  { email: "viewer@demo.factdesk.test", name: "Vic Viewer", role: "VIEWER" },
];
