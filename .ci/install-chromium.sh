#!/usr/bin/env bash
# Installs Debian's chromium when it is missing, so HtmlReportInChromiumTest opens the plugin's
# HTML report in a headless browser instead of skipping. Needs apt-get and root (or sudo).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no /usr/bin/chromium and no apt-get: install Chromium at /usr/bin/chromium, or HtmlReportInChromiumTest skips" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "installing chromium needs root or sudo" >&2; exit 1; }
  sudo="sudo"
fi
echo "== installing chromium (Debian package) for the headless check of the HTML report"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
