# tsmoo: one image for every process (`moo start`, `moo worker`, `moo shell`, `moo web`, `moo scheduler`).
#   docker build -t tsmoo .
#   docker compose up          # see compose.yml and docs/SCALEOUT.md
FROM node:20-bookworm AS build
WORKDIR /app
# isolated-vm and better-sqlite3 compile native add-ons on install.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --omit=dev
COPY . .

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    MOO_DATA_DIR=/data \
    MOO_BIND=0.0.0.0
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# SSH, telnet, web, health
EXPOSE 8022 8888 8080 8090
# bin/moo.js runs node with --no-node-snapshot (needed by isolated-vm) and the TypeScript loader.
ENTRYPOINT ["node", "bin/moo.js"]
CMD ["start"]
