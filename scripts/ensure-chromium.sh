#!/usr/bin/env bash
# Makes sure the end-to-end tests have a real Chromium: CHROME_PATH, or Debian's package.
# Playwright's own browser download cannot work on this network, so it is never used.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium: run 'sudo apt-get install chromium', or set CHROME_PATH." >&2
exit 1
