#!/bin/sh
# The Debian packages the tests need: Chromium for the task pane's end-to-end tests,
# LibreOffice and poppler to render produced workbooks (charts included) to PDF and PNG.
set -eu
packages="chromium libreoffice-calc-nogui poppler-utils fonts-liberation2 fonts-dejavu-core"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
