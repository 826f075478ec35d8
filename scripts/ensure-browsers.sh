#!/usr/bin/env bash
# Makes sure the end-to-end tests have real browsers: Chromium (CHROME_PATH or Debian's
# chromium) and Firefox (FIREFOX_PATH or Debian's firefox-esr). The test tools' own browser
# downloads cannot work on this network, so they are never used.
set -euo pipefail
missing=()
if ! { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; } && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; } && [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The end-to-end tests need ${missing[*]}: run 'sudo apt-get install ${missing[*]}', or set CHROME_PATH / FIREFOX_PATH." >&2
exit 1
