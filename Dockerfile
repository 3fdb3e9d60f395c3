# syntax=docker/dockerfile:1
# Hunyuan 3D GraphQL gateway. Build: docker build -t hunyuan3d-gateway .
# Run:   docker run -p 4000:4000 -v gateway-data:/data hunyuan3d-gateway
#        (add -e TENCENTCLOUD_SECRET_ID=… -e TENCENTCLOUD_SECRET_KEY=… to talk to Tencent)
#
# Three stages: `deps` installs the production dependencies, `build` installs everything and compiles
# the server (npm run build → dist/), `runtime` gets dist/ and the production node_modules only: no
# TypeScript sources, no tests, no dev tools, no TypeScript loader.

FROM node:20-bookworm-slim AS toolchain
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

FROM toolchain AS deps
RUN npm ci --omit=dev --no-audit --no-fund

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
# What the bundle is built from: esbuild reads tsconfig.json (and the @tsconfig bases it extends).
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends dumb-init \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown node:node /data
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    GATEWAY_DB=/data/gateway.db
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
# package.json: "type": "module" makes dist/*.js ES modules.
COPY --chown=node:node package.json ./
# The bundles, their source maps and the demo page's files (dist/web/).
COPY --from=build --chown=node:node /app/dist ./dist
# package.json's "bin": `docker exec … npx h3d jobs` runs the command-line client (dist/cli.js).
COPY --chown=node:node bin ./bin
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["dumb-init", "--"]
# What `npm start` runs, without npm: the compiled gateway, stack traces mapped to the .ts sources.
CMD ["node", "--enable-source-maps", "dist/main.js"]
