#!/usr/bin/env bash
# Install Debian's chromium + chromium-driver for the browser tests, only when either is missing.
# Idempotent: a second run finds both and does nothing. Needs root (or sudo) for apt-get.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$DRIVER" ]]; then
    echo "ensure-browser: $CHROMIUM and $DRIVER already present; nothing to do"
    exit 0
fi

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "ensure-browser: need root (or sudo) to apt-get install chromium chromium-driver" >&2
        exit 1
    fi
fi

missing=()
[[ -x "$CHROMIUM" ]] || missing+=("$CHROMIUM")
[[ -x "$DRIVER" ]] || missing+=("$DRIVER")
echo "ensure-browser: missing ${missing[*]}; installing chromium chromium-driver with apt-get"

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver

for exe in "$CHROMIUM" "$DRIVER"; do
    if [[ ! -x "$exe" ]]; then
        echo "ensure-browser: $exe still missing after install" >&2
        exit 1
    fi
done
echo "ensure-browser: installed: $("$CHROMIUM" --version 2>/dev/null || echo chromium); $("$DRIVER" --version 2>/dev/null || echo chromedriver)"
