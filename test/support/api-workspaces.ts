/**
 * Test data for the HTTP API (not used by the app): a workspace the tests work
 * in and another one whose admin must find none of it (404), each with the API
 * tokens the tests call with.
 */
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { tokenFor } from "@/test/support/api-calls";

/** Two new workspaces; tokens of the owner's editor and viewer, and of the outsider's admin. */
export async function ownerAndOutsider() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const tokens = {
    editor: await tokenFor(owner, "EDITOR"),
    viewer: await tokenFor(owner, "VIEWER"),
    outsider: await tokenFor(outsider, "ADMIN"),
  };
  return { owner, outsider, tokens };
}
