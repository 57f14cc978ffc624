#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (Playwright's own
# browser download does not work without internet). Installs it, and the CJK
# fonts that Japanese pages need, when they are missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests need Chromium at /usr/bin/chromium (or set CHROMIUM_PATH) and Noto CJK fonts: install them with your package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing chromium and fonts-noto-cjk with apt-get ..."
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
