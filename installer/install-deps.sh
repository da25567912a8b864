#!/usr/bin/env bash
# Installs the Debian packages FlowDesk needs to build, test and run.
# Idempotent: apt-get skips what is already there. Runs as root (or through sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl-dev libxkbcommon-dev libvulkan-dev
  libsqlite3-dev sqlite3
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libminizip-dev zlib1g-dev libfreexl-dev
  libxlsxwriter-dev libreadstat-dev libsodium-dev
  pspp r-cran-haven readstat python3-openpyxl
  xvfb xauth
  qt6-svg-dev poppler-utils
  qt6-translations-l10n
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
