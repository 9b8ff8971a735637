#!/usr/bin/env bash
# Installs the browser of the browser tests (tests/PerformanceTargets.Tests/Rendering/Browser): Debian's chromium at
# /usr/bin/chromium, when it is missing. Playwright never downloads a browser for these tests.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "browser-deps: not root and no sudo: install the chromium package yourself" >&2; exit 1; }
  sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version 2>/dev/null || true
test -x /usr/bin/chromium
