# Factdesk production images, from one Dockerfile (docker-compose.yml runs both next to PostgreSQL):
#   docker build -t factdesk .                           the app: `node server.js`, production files only
#   docker build -t factdesk-migrate --target migrate .  the one-shot migration job (and the admin CLI)
# Run the migrate image to completion before every app version, then the app:
#   docker run --rm -e MIGRATE_DATABASE_URL=postgresql://owner@… -e DATABASE_URL=postgresql://app@… factdesk-migrate
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://app@… -e NEXTAUTH_SECRET=… -e NEXTAUTH_URL=https://… factdesk
# The app never changes the schema; until the migrations of its build are applied it answers
# /api/health/ready with 503 (lib/ops/readiness.ts).

FROM node:22-bookworm-slim AS base
WORKDIR /app
# no telemetry from Next.js or the Prisma CLI
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

# All dependencies; this layer is cached until the lockfile changes. --ignore-scripts: no
# dependency runs an install script (package.json's allowScripts says the same to npm 11; the
# image's npm 10 ignores that list). None is needed: the app's Prisma client runs on
# @prisma/adapter-pg with the WebAssembly query compiler, and the CLI migrates with the
# WebAssembly schema engine (prisma.config.ts), so no native Prisma engine is downloaded.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
# the project's own postinstall: the generated client in lib/generated (git- and docker-ignored)
COPY prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/
RUN npx prisma generate

# The production build, standalone (next.config.js), gathered by scripts/assemble-runtime.ts:
# the one list of the files the server needs, which test/load/standalone.load.test.ts runs too.
FROM deps AS build
COPY . .
ENV NEXT_OUTPUT=standalone
RUN npx next build && npx tsx scripts/assemble-runtime.ts /runtime

# The migrate job: `npm run db:migrate:deploy` (scripts/migrate-deploy.ts) applies Prisma's
# migrations, installs the job schema and grants the app's role, as MIGRATE_DATABASE_URL's owner.
# Production dependencies and the scripts only: no build. Also runs the admin CLI:
#   docker compose run --rm migrate npm run admin -- create-user --email … --workspace …
FROM deps AS migrate
ENV NODE_ENV=production
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY prisma ./prisma
COPY lib ./lib
COPY scripts ./scripts
USER node
CMD ["npm", "run", "db:migrate:deploy"]

# The app: Node and the assembled files (about 95 MB), owned by root so the server cannot change
# its own code; it may write only Next's cache. Last stage: what `docker build .` makes.
FROM base AS runtime
ENV NODE_ENV=production PORT=3000
# server.js listens on HOSTNAME: every interface, not the container's name. Kubernetes sets
# HOSTNAME to the pod's name: set HOSTNAME=0.0.0.0 in the pod's env there.
ENV HOSTNAME=0.0.0.0
COPY --from=build /runtime ./
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
# Liveness, not readiness: Docker (Swarm, autoheal) replaces unhealthy containers, and a
# database outage would otherwise get every instance restarted at once. Orchestrators that route
# traffic (a Kubernetes readinessProbe, a load balancer) should ask /api/health/ready.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/live`, { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
