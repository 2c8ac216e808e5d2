#!/usr/bin/env bash
# tour-anywhere.sh: checks that a built game binary needs nothing from the source tree.
#
#   scripts/tour-anywhere.sh [BINARY]     (default: $CARGO_TARGET_DIR/debug/overpromise)
#
# Under Xvfb (xvfb-run, Mesa's software Vulkan), it
#   1. copies BINARY into an empty folder, with HOME and the data folder pointed at empty
#      folders, and plays `tour --out DIR` from there: every picture must be saved;
#   2. plays the same tour from the repository root (where a debug build reads levels/ and
#      assets/ from disk) and compares the title and briefing pictures (fonts and portraits) of
#      the two runs, pixel for pixel (packaging/png-diff.py: at most 0.5 % of pixels may differ,
#      the noise of software rendering);
#   3. checks that the tour exits non-zero when it cannot save its pictures.
# Exit status 0 when all three hold. Needs: xvfb-run (scripts/install-deps.sh --with-xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-${CARGO_TARGET_DIR:-target}/debug/overpromise}")
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (scripts/install-deps.sh --with-xvfb)" >&2; exit 2; }
lvp=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
[ -e "$lvp" ] && export VK_ICD_FILENAMES=$lvp
xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/work" "$tmp/home" "$tmp/data"
cp "$bin" "$tmp/bin/overpromise"
anywhere() {
    (cd "$tmp/work" && env -u CARGO_MANIFEST_DIR -u BEVY_ASSET_ROOT HOME="$tmp/home" \
        XDG_DATA_HOME="$tmp/home/.local/share" OVERPROMISE_DATA_DIR="$tmp/data" \
        "${xvfb[@]}" "$tmp/bin/overpromise" "$@")
}

fail=0
echo "== 1. tour from an empty folder"
anywhere tour --out "$tmp/shots-anywhere" 2>"$tmp/anywhere.log" || { echo "tour failed:"; tail -20 "$tmp/anywhere.log"; exit 1; }
want=$(grep -c 'Shot("' src/game/tour.rs)
got=$(find "$tmp/shots-anywhere" -name '*.png' | wc -l)
echo "$got of $want pictures saved"
[ "$got" -eq "$want" ] || fail=1
grep -q "tour: playing 01_first_client.scenario.ron (Built-in)" "$tmp/anywhere.log" \
    || { echo "the tour did not say it played the built-in level"; fail=1; }

echo "== 2. the same screens from the source tree"
(env -u OVERPROMISE_DATA_DIR "${xvfb[@]}" "$bin" tour --out "$tmp/shots-source" 2>"$tmp/source.log") \
    || { echo "tour from the source tree failed:"; tail -20 "$tmp/source.log"; exit 1; }
grep -o "tour: playing .*" "$tmp/source.log" | head -1
for shot in 01-title 04-briefing; do
    a=$tmp/shots-anywhere/$shot.png b=$tmp/shots-source/$shot.png
    if cmp -s "$a" "$b"; then
        echo "$shot: identical files"
    elif line=$(python3 packaging/png-diff.py "$a" "$b"); then
        echo "$shot: $line (software rendering noise)"
    else
        echo "$shot: DIFFERS: $line"; fail=1
        mkdir -p "${KEEP:-/tmp}/tour-anywhere"
        cp "$a" "${KEEP:-/tmp}/tour-anywhere/$shot.anywhere.png"
        cp "$b" "${KEEP:-/tmp}/tour-anywhere/$shot.source.png"
    fi
done

echo "== 3. a tour that cannot save its pictures fails"
touch "$tmp/not-a-folder"
if anywhere tour --out "$tmp/not-a-folder/shots" 2>"$tmp/fail.log"; then
    echo "exit 0: WRONG"; fail=1
else
    echo "exit $?: $(grep -o 'tour: .*' "$tmp/fail.log" | head -1)"
fi
[ $fail = 0 ] && echo "tour-anywhere: all good" || echo "tour-anywhere: FAILED"
exit $fail
