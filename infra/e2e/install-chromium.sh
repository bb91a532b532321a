#!/usr/bin/env bash
# Installs Debian's Chromium and its driver for the console's browser tests (never a browser download).
# Exit 0 when both are there afterwards; otherwise says why and exits 1 (the browser tests are then skipped, saying so).
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "cannot install chromium here: needs root and apt-get (install the Debian packages chromium and chromium-driver)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
if ! apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1; then
  echo "apt-get install chromium chromium-driver failed" >&2
  exit 1
fi
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
