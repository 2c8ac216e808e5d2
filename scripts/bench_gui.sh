#!/usr/bin/env bash
# bench_gui.sh: idle CPU, startup time and memory of the game's window against a bare
# Bevy + bevy_egui window (examples/bare_egui.rs), all in release builds.
#
#   scripts/bench_gui.sh [RUNS]          (default 3 runs of each; the median is reported)
#
# Measures, for (a) the bare window, (b) the game's title screen, (c) a decision screen
# (`--screen sales`):
#   - startup: milliseconds to the first interactive frame, as printed by the program
#     (`first-frame-ms=NNN` on stderr), plus the wall time until that line appeared;
#   - idle CPU: % of one core over IDLE_S seconds (default 10), after SETTLE_S seconds (default 3)
#     without input, from utime+stime in /proc/PID/stat (all threads);
#   - memory: VmHWM (peak) and VmRSS (now) from /proc/PID/status, in MiB.
# Targets: idle < 2 % of a core; startup and RSS within 1.3x of the bare window.
#
# Without a display it starts Xvfb (1280x800) and uses Mesa's lavapipe (software Vulkan), so
# absolute times are slower than on a GPU; the comparison with the bare window is what counts.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
SETTLE_S=${SETTLE_S:-3}
IDLE_S=${IDLE_S:-10}
TICK=$(getconf CLK_TCK)

echo "== building (release, feature gui)"
cargo build --release --features gui --bin overpromise --example bare_egui

GAME=target/release/overpromise
BARE=target/release/examples/bare_egui

xpid=""
cleanup() { [ -n "$xpid" ] && kill "$xpid" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb mesa-vulkan-drivers)" >&2; exit 2; }
    export DISPLAY=:$((100 + RANDOM % 800))
    Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
    xpid=$!
    sleep 1
    lvp=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
    [ -e "$lvp" ] && export VK_ICD_FILENAMES=$lvp
fi

data=$(mktemp -d)
export OVERPROMISE_DATA_DIR=$data

# measure NAME CMD... -> prints "startup_ms wall_ms cpu_pct hwm_mib rss_mib"
measure() {
    local log; log=$(mktemp)
    local t0; t0=$(date +%s%N)
    "$@" 2>"$log" >/dev/null &
    local pid=$!
    local line="" waited=0
    while [ -z "$line" ] && [ $waited -lt 600 ]; do
        sleep 0.1; waited=$((waited + 1))
        line=$(grep -o 'first-frame-ms=[0-9]*' "$log" | head -1 || true)
        kill -0 $pid 2>/dev/null || break
    done
    local t1; t1=$(date +%s%N)
    if [ -z "$line" ]; then
        echo "no first frame from: $*" >&2; tail -5 "$log" >&2
        kill $pid 2>/dev/null || true; rm -f "$log"; return 1
    fi
    sleep "$SETTLE_S"
    local a; a=$(awk '{print $14+$15}' /proc/$pid/stat)
    sleep "$IDLE_S"
    local b; b=$(awk '{print $14+$15}' /proc/$pid/stat)
    local hwm rss
    hwm=$(awk '/VmHWM/{print int($2/1024)}' /proc/$pid/status)
    rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
    kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
    rm -f "$log"
    local cpu; cpu=$(awk -v d=$((b - a)) -v t="$TICK" -v s="$IDLE_S" 'BEGIN{printf "%.1f", 100*d/(t*s)}')
    echo "${line#first-frame-ms=} $(( (t1 - t0) / 1000000 )) $cpu $hwm $rss"
}

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

declare -A RESULT
run_case() {
    local name=$1; shift
    local rows=()
    for _ in $(seq "$RUNS"); do
        rows+=("$(measure "$@")")
    done
    local col
    for col in 1 2 3 4 5; do
        RESULT[$name,$col]=$(printf '%s\n' "${rows[@]}" | awk -v c=$col '{print $c}' | median)
    done
}

echo "== measuring ($RUNS runs each; idle over ${IDLE_S}s after ${SETTLE_S}s)"
run_case bare "$BARE"
run_case title "$GAME"
run_case sales "$GAME" --screen sales
rm -rf "$data"

printf '\n%-22s %12s %10s %10s %10s %10s\n' case first-frame wall idle-CPU VmHWM VmRSS
printf '%-22s %12s %10s %10s %10s %10s\n' "" ms ms "% core" MiB MiB
for c in bare title sales; do
    label=$c; [ $c = bare ] && label="(a) bare egui window"; [ $c = title ] && label="(b) game: title"
    [ $c = sales ] && label="(c) game: sales beat"
    printf '%-22s %12s %10s %10s %10s %10s\n' "$label" "${RESULT[$c,1]}" "${RESULT[$c,2]}" \
        "${RESULT[$c,3]}" "${RESULT[$c,4]}" "${RESULT[$c,5]}"
done
echo
for c in title sales; do
    awk -v n="$c" -v s="${RESULT[$c,1]}" -v sb="${RESULT[bare,1]}" -v r="${RESULT[$c,5]}" \
        -v rb="${RESULT[bare,5]}" -v cpu="${RESULT[$c,3]}" 'BEGIN{
        printf "%-6s startup %.2fx bare, RSS %.2fx bare, idle %s%% -> %s\n", n, s/sb, r/rb, cpu,
            (s/sb <= 1.3 && r/rb <= 1.3 && cpu < 2) ? "within targets" : "OUTSIDE targets" }'
done
