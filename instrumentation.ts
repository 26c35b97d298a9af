/**
 * Runs once when the server starts. On a database without any user it prints
 * a one-time link to create the first admin (lib/auth/first-admin). Node
 * runtime only (the import sits inside the check, so the edge bundle leaves
 * it out), and only with a database. Not awaited: the server starts serving
 * at once, and a database that is down is logged, never fatal.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { announceFirstAdminLink } = await import("./lib/auth/first-admin/create-first-admin-link");
    void announceFirstAdminLink();
  }
}
