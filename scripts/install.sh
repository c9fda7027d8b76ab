#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine with Node 20, JDK 17 and Maven.
#   bash scripts/install.sh            for running (kg up)
#   bash scripts/install.sh --tests    also Chromium and CJK fonts for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
[ "${1:-}" = "--tests" ] && want_browser=true

# nodejieba compiles against the system's Node headers; its install script runs npx non-interactively.
export npm_config_nodedir=/usr npm_config_yes=true

apt_packages=()
if $want_browser; then
  command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
  fc-list :lang=zh 2>/dev/null | grep -q . || apt_packages+=(fonts-noto-cjk)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${apt_packages[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
  else
    echo "please install the Debian packages: ${apt_packages[*]} (sudo apt-get install ${apt_packages[*]})" >&2
    exit 1
  fi
fi

if [ -z "${NEO4J_URI:-}" ]; then
  if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    echo "JDK 17 and Maven are needed for the local Neo4j: install them (apt-get install openjdk-17-jdk maven), or set NEO4J_URI to an existing Neo4j 5, or use docker compose up" >&2
    exit 1
  fi
fi

# `npm install` with the committed lockfile installs exactly the locked versions. Not `npm ci`:
# npm 11.19 records only this platform's optional rollup binaries and then rejects its own lockfile.
npm install --no-audit --no-fund
node -e "require('nodejieba')" || { echo "nodejieba did not build: check that /usr/include/node exists (Debian package nodejs-dev or libnode-dev)" >&2; exit 1; }
if command -v mvn >/dev/null 2>&1; then npm run build:launcher; fi
npm run build
