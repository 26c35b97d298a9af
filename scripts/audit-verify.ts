// `npm run audit:verify [-- --workspace <slug>]`: recomputes every hash of every
// audit chain (lib/audit/verify-chain.ts) and names the first broken link of each.
// Exit code 0 when every chain is intact, 1 when one is broken, 2 on bad usage.
// Reads DATABASE_URL (environment or .env); the app's read-only rights suffice.
// Each intact chain's last hash is printed: keep the output somewhere else, and a
// later run that finds a different hash at that event shows the history was rewritten.
import { parseArgs } from "node:util";
import { config } from "dotenv";

config({ quiet: true });

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { workspace: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log("Usage: npm run audit:verify [-- --workspace <slug>]");
    return 0;
  }
  const { verifyAllChains, verifyChain } = await import("../lib/audit/verify-chain");
  const { db, disconnectDb } = await import("../lib/db/client");
  try {
    const names = new Map(
      (await db.workspace.findMany({ select: { id: true, slug: true } })).map((w) => [w.id, w.slug]),
    );
    const label = (id: string | null) =>
      id === null ? "events outside workspaces" : `workspace ${names.get(id) ?? "(no longer exists)"} (${id})`;

    let chains: AsyncIterable<Awaited<ReturnType<typeof verifyChain>>>;
    if (values.workspace) {
      const id = [...names].find(([, slug]) => slug === values.workspace)?.[0];
      if (!id) {
        console.error(`audit:verify: no workspace ${values.workspace}`);
        return 2;
      }
      chains = (async function* () {
        yield await verifyChain(id);
      })();
    } else {
      chains = verifyAllChains();
    }

    let total = 0;
    let broken = 0;
    for await (const chain of chains) {
      total += 1;
      const last = chain.lastVerified;
      const upTo = last ? `last #${last.chainSeq} at ${last.createdAt.toISOString()}, hash ${last.hash}` : "no events";
      if (chain.broken) {
        broken += 1;
        console.log(
          `BROKEN  ${label(chain.workspaceId)}: ${chain.broken.kind.replace("_", " ")} at event #${chain.broken.chainSeq} (${chain.broken.eventId})`,
        );
        console.log(`        ${chain.broken.detail}`);
        console.log(`        ${chain.eventsVerified} events intact before it (${upTo})`);
      } else {
        console.log(`intact  ${label(chain.workspaceId)}: ${chain.eventsVerified} events (${upTo})`);
      }
    }
    console.log(
      broken === 0 ? `\nAll ${total} audit chains are intact.` : `\n${broken} of ${total} audit chains are broken.`,
    );
    return broken === 0 ? 0 : 1;
  } finally {
    await disconnectDb();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
