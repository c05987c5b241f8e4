# syntax=docker/dockerfile:1
# One image for compose and Kubernetes: deps -> build -> runner. The runner holds only
# .next/standalone as scripts/standalone-prepare.mjs completes it (server, static files,
# public, migrations, the bundled migrator and notebook worker). The same files are what
# the e2e suite runs against (playwright.config.ts), since no Docker engine runs on our machines.
ARG NODE_IMAGE=node:24.21.0-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# postinstall generates the Prisma client: it needs the schema and its config.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build:standalone

FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NEXT_TELEMETRY_DISABLED=1
# Read-only for the app's user: only Next's cache folder is writable (an emptyDir in Kubernetes).
COPY --from=build /app/.next/standalone ./
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations, then the server (scripts/image/start.mjs). DATABASE_URL and BETTER_AUTH_SECRET are required.
CMD ["node", "start.mjs"]
