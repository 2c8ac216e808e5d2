#!/usr/bin/env bash
# Installs the Debian packages Overpromise needs to build, test and run its game window.
#   build + test: pkg-config, libx11-dev (winit's X11 backend), libxkbcommon-x11-0
#   run the game / the screenshot tour without a display: Xvfb and Mesa's software Vulkan (lavapipe)
#   test the workshop's web board: chromium (headless)
#   read the window as a screen reader does (tests/a11y, tests/all/screen_reader.rs): Xvfb, a D-Bus
#   session bus, the AT-SPI bus (at-spi2-core) and its Python client (python3-pyatspi)
#   check the xAPI statements: nodejs + npm, then Learning Locker's xapi-validation, pinned by
#   tests/xapi/package-lock.json (npm ci: the same versions and checksums every time)
# Safe to run twice; does nothing when everything is there.
set -euo pipefail
pkgs=(pkg-config libx11-dev libxkbcommon-x11-0 libxcursor1 libxi6 libxrandr2 libvulkan1 mesa-vulkan-drivers chromium
  xvfb dbus at-spi2-core python3-pyatspi)
# Node may come from elsewhere (nodesource, nvm): only ask Debian for it when there is none.
command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
if [ "${1:-}" = "--with-xvfb" ]; then pkgs+=(xvfb xauth imagemagick); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "install-deps: done"
fi
xapi="$(dirname "$0")/../tests/xapi"
if [ ! -d "$xapi/node_modules/@learninglocker/xapi-validation" ]; then
  echo "install-deps: npm ci in tests/xapi (the xAPI validator)"
  npm ci --prefix "$xapi" --no-audit --no-fund >/dev/null
fi
