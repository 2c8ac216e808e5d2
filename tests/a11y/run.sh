#!/usr/bin/env bash
# Reads the game window's accessible tree the way a screen reader does (AT-SPI on Linux).
#   tests/a11y/run.sh BINARY SCREEN OUT.txt [SECONDS]
# Starts a private D-Bus session bus, the AT-SPI bus (at-spi-bus-launcher, accessibility turned
# on as Orca would), an Xvfb display and the game on SCREEN (`--screen SCREEN`, a fresh data
# folder), then lets tests/a11y/tree.py walk the tree into OUT.txt: one line per node, its role
# and name. Exits 0 when the dump was written (whatever it holds), 3 when a tool is missing.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: run.sh BINARY SCREEN OUT.txt [SECONDS]" >&2; exit 2; }
bin=$1; screen=$2; out=$3; wait_s=${4:-8}
here=$(cd "$(dirname "$0")" && pwd)
launcher=/usr/libexec/at-spi-bus-launcher
for tool in dbus-daemon Xvfb "$launcher" /usr/bin/python3; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || { echo "missing: $tool" >&2; exit 3; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "missing: python3-pyatspi" >&2; exit 3; }

work=$(mktemp -d)
pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR=$work/run HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"

# The session bus.
eval "$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | {
  read -r addr; read -r pid; echo "export DBUS_SESSION_BUS_ADDRESS='$addr'; dbus_pid=$pid"; })"
pids+=("$dbus_pid")
# The accessibility bus, started at once, with the screen-reader switch on (what Orca sets).
"$launcher" --launch-immediately --a11y=1 --screen-reader=1 >"$work/atspi.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
    >/dev/null 2>&1 && break
  sleep 0.1
done
for prop in IsEnabled ScreenReaderEnabled; do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status "string:$prop" variant:boolean:true \
    >/dev/null
done

disp=:$((100 + RANDOM % 800))
Xvfb "$disp" -screen 0 1280x800x24 >/dev/null 2>&1 &
pids+=($!)
sleep 1
export DISPLAY=$disp
export VK_ICD_FILENAMES=${VK_ICD_FILENAMES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}
export WGPU_BACKEND=${WGPU_BACKEND:-vulkan}
"$bin" --screen "$screen" --data-dir "$work/data" >"$work/game.log" 2>&1 &
game=$!
pids+=("$game")
/usr/bin/python3 "$here/tree.py" "$game" "$wait_s" >"$out" || {
  echo "tree.py failed; the game is $(kill -0 "$game" 2>/dev/null && echo running || echo gone)." >&2
  echo "The AT-SPI bus's log:" >&2; tail -5 "$work/atspi.log" >&2
  echo "The game's log:" >&2; tail -20 "$work/game.log" >&2; exit 1; }
