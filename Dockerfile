# Factdesk production image. `docker compose up` (docker-compose.yml) runs it
# next to PostgreSQL 16; on its own it needs DATABASE_URL and NEXTAUTH_SECRET:
#   docker build -t factdesk .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://… -e NEXTAUTH_SECRET=… factdesk
# The container applies pending migrations, then serves the app. It runs
# `next start` directly, not `npm start`: scripts/start.ts exists to give a
# laptop an embedded database, and a container always has DATABASE_URL.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so this layer is cached until the lockfile changes.
# postinstall runs `prisma generate`, which needs the schema and config.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
# The prisma CLI (migrations) and next are both needed at run time, so the
# whole built tree is kept; owned by `node` so Next can write .next/cache.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
CMD ["sh", "-c", "npx prisma migrate deploy && exec node_modules/.bin/next start -H 0.0.0.0 -p 3000"]
