# syntax=docker/dockerfile:1
# newsgraph API image. Build stage: full dependencies plus the toolchain better-sqlite3 compiles
# with (when no prebuilt binary matches). Runtime stage: production dependencies only, non-root.

FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY schema ./schema
COPY cypher ./cypher
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
# Standalone, the image serves the embedded SQLite store from /app/data; compose switches it to
# Neo4j through the environment.
ENV NODE_ENV=production \
    NEWSGRAPH_SQLITE_PATH=/app/data/newsgraph.db \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY cypher ./cypher
COPY samples ./samples
# `newsgraph` on the PATH, as after `npm install -g`.
RUN chmod +x dist/cli/index.js && ln -s /app/dist/cli/index.js /usr/local/bin/newsgraph \
  && mkdir -p /app/data && chown node:node /app/data
# The node image's unprivileged user; it owns only /app/data, so the code stays read-only.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["newsgraph", "serve"]
