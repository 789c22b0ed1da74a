# Naast: Node 20 on Debian bookworm, with Debian's Chromium for the WhatsApp channel.
# Written without a Docker engine at hand; test/deploy/deploy-files.test.ts checks it against the
# code. Watch the first real build. See docs/deployment.md.
FROM node:20-bookworm-slim

# Chromium is the browser whatsapp-web.js drives (WHATSAPP_CHROMIUM=/usr/bin/chromium), with a font
# for its pages. tini runs as PID 1: it reaps Chromium's child processes and passes SIGTERM on to Naast.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core tini \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, so a change to the code reuses this layer. Puppeteer (under whatsapp-web.js)
# must never download a browser of its own: the Chromium above is the one it drives.
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The code, the dialog trees and the data Naast ships with (pool.yaml, the NLU model, B1 word lists),
# owned by root: Naast reads them and never writes them.
COPY tsconfig.json ./
COPY src ./src
COPY channels ./channels
COPY dialogs ./dialogs
COPY data ./data

# DATA_DIR (lowdb files, outbox, inbox key, WhatsApp session) is a volume outside /app/data, so it
# never hides data/pool.yaml. HOST 0.0.0.0: reachable through the container's published port.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/var/lib/naast
RUN mkdir -p /var/lib/naast && chown node:node /var/lib/naast
VOLUME /var/lib/naast

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# node itself rather than npm, so SIGTERM reaches Naast, which then finishes the turns in flight
# (within 25 s: give `docker stop` --time 30, as compose.yaml does).
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--import", "tsx", "src/main.ts"]
