#!/usr/bin/env bash
# Installs what cryoreg needs on a machine with Node 20: pnpm at the pinned version and the
# workspace's dependencies. With --test, also what the test suite talks to: Chromium for the
# browser tests, R and Python with pandas and statsmodels for the analysis scripts' test, and a running
# PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version"
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version" >/dev/null
fi

# better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded; node-gyp
# then needs Node's headers, which Debian's nodejs keeps in /usr/include/node.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

# Exactly what the lockfile says; with a warm store this takes about a second.
pnpm install --frozen-lockfile

if [ "${1:-}" = "--test" ]; then
  if ! command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1; then
    echo "bootstrap: installing Debian's chromium for the browser tests"
    if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
  # The analysis scripts' test (scripts/analysis) runs R and Debian's python3 with pandas and statsmodels.
  if ! command -v Rscript >/dev/null 2>&1 || ! /usr/bin/python3 -c "import pandas, statsmodels" 2>/dev/null; then
    echo "bootstrap: installing Debian's r-base-core, python3-pandas and python3-statsmodels for the analysis scripts"
    if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq r-base-core python3-pandas python3-statsmodels >/dev/null
  fi
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    echo "bootstrap: starting PostgreSQL"
    if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo"; fi
    $sudo pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
    pg_isready -h 127.0.0.1 -p 5432
  fi
fi
