#!/usr/bin/env bash
# Starts cunzhi on the embedded PGlite database (data in ./data/pglite) with
# the demo county loaded, installing what it needs first. `npm start` runs it.
# Set DATABASE_URL to use a PostgreSQL server instead; see README for settings.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("cunzhi needs Node.js >= 20.19 (found "+process.versions.node+")"); process.exit(1) }'

if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "安装依赖 / installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi

# rebuild the web app when its sources are newer than the last build
if [[ ! -f packages/web/dist/index.html ]] || [[ -n "$(find packages/web/src packages/web/index.html packages/core/src packages/contract/src -newer packages/web/dist/index.html -print -quit 2>/dev/null)" ]]; then
  echo "构建网页 / building the web app…"
  npm run build:web --silent
fi

exec npx tsx packages/server/src/cli.ts start
