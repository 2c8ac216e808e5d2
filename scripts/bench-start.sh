#!/usr/bin/env bash
# bench-start.sh: time to the first interactive frame of one or more game binaries, under Xvfb
# with Mesa's software Vulkan (as scripts/bench_gui.sh measures it), runs interleaved so that a
# busy machine slows every binary alike. Prints each binary's size and its median first frame.
#
#   scripts/bench-start.sh RUNS BINARY...
#   e.g. scripts/bench-start.sh 7 target/release/overpromise target/dist/overpromise
set -euo pipefail
runs=$1; shift
command -v Xvfb >/dev/null || { echo "needs Xvfb (scripts/install-deps.sh --with-xvfb)" >&2; exit 2; }
export DISPLAY=:$((100 + RANDOM % 800))
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xpid=$!
data=$(mktemp -d)
trap 'kill $xpid 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
lvp=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
[ -e "$lvp" ] && export VK_ICD_FILENAMES=$lvp
export OVERPROMISE_DATA_DIR=$data

first_frame() {   # BINARY -> milliseconds printed by the game (first-frame-ms=N)
    local log; log=$(mktemp)
    (cd "$data" && exec "$1" 2>"$log" >/dev/null) &
    local pid=$! line="" waited=0
    while [ -z "$line" ] && [ $waited -lt 600 ] && kill -0 $pid 2>/dev/null; do
        sleep 0.1; waited=$((waited + 1))
        line=$(grep -o 'first-frame-ms=[0-9]*' "$log" | head -1 || true)
    done
    kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
    rm -f "$log"
    echo "${line#first-frame-ms=}"
}

declare -A times
for _ in $(seq "$runs"); do
    for bin in "$@"; do times[$bin]+="$(first_frame "$bin") "; done
done
printf '%-50s %10s %16s  %s\n' binary "size MB" "first frame ms" "all runs"
for bin in "$@"; do
    med=$(printf '%s\n' ${times[$bin]} | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
    size=$(awk -v b="$(stat -c %s "$bin")" 'BEGIN{printf "%.1f", b/1e6}')
    printf '%-50s %10s %16s  %s\n' "$bin" "$size" "$med" "${times[$bin]}"
done
