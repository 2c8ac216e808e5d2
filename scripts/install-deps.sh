#!/usr/bin/env bash
# Installs the Debian packages Overpromise needs to build, test and run its game window.
#   build + test: pkg-config, libx11-dev (winit's X11 backend), libxkbcommon-x11-0
#   run the game / the screenshot tour without a display: Xvfb and Mesa's software Vulkan (lavapipe)
#   test the workshop's web board: chromium (headless)
# Safe to run twice; does nothing when everything is there.
set -euo pipefail
pkgs=(pkg-config libx11-dev libxkbcommon-x11-0 libxcursor1 libxi6 libxrandr2 libvulkan1 mesa-vulkan-drivers chromium)
if [ "${1:-}" = "--with-xvfb" ]; then pkgs+=(xvfb xauth imagemagick); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
