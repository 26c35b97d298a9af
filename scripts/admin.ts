// `npm run admin -- <command>`: account administration for whoever runs the
// server (a laptop, a server shell, or `docker compose exec app npm run admin -- …`).
// Reads DATABASE_URL (environment or .env). The logic lives in lib/; this file parses argv.
import { parseArgs } from "node:util";
import { config } from "dotenv";
import { ZodError } from "zod";

config({ quiet: true });

const HELP = `Factdesk administration

Usage:
  npm run admin -- create-user --email <address> --workspace <slug> [options]

  Makes the workspace if it is missing, the account if it is missing (without a
  password), and the membership. An account without a password gets a
  single-use link (7 days) to choose one: printed here, and emailed when
  SMTP_URL is set. Nobody but the person ever knows their password.

Options:
  --email <address>          the person's email address (required)
  --workspace <slug>         the workspace's address, e.g. metro-desk (required)
  --name "<name>"            the person's name, for a new account
  --role <role>              ADMIN (default), REVIEWER, EDITOR or VIEWER; an existing member keeps their role
  --workspace-name "<name>"  the name of a new workspace (default: from the slug)
  --help                     this text

With Docker:
  docker compose exec app npm run admin -- create-user --email editor@example.org --workspace metro-desk
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      workspace: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      "workspace-name": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 1;
  }
  if (command !== "create-user") {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 1;
  }
  if (!values.email || !values.workspace) {
    console.error(`create-user needs --email and --workspace.\n\n${HELP}`);
    return 1;
  }
  const { provisionUser } = await import("../lib/auth/first-admin/provision-user");
  const { disconnectDb } = await import("../lib/db/client");
  try {
    const result = await provisionUser({
      email: values.email,
      workspace: values.workspace,
      name: values.name,
      role: values.role?.toUpperCase() as "ADMIN" | undefined,
      workspaceName: values["workspace-name"],
    });
    console.log(
      [
        result.createdWorkspace
          ? `Created the workspace "${values.workspace}".`
          : `The workspace "${values.workspace}" exists.`,
        result.createdUser ? `Created the account ${values.email}.` : `The account ${values.email} exists.`,
        result.addedMembership
          ? `Added it to the workspace as ${result.role}.`
          : `It was already a member, as ${result.role} (unchanged).`,
        result.setupLink
          ? `Send this single-use link to ${values.email} to choose a password (valid 7 days):\n  ${result.setupLink}${result.mailed ? "\nIt was also emailed." : ""}`
          : "The account has a password: they sign in as usual (or use “Forgot your password?”).",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    if (error instanceof ZodError) {
      console.error(`Invalid input:\n${error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
      return 1;
    }
    throw error;
  } finally {
    await disconnectDb();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
