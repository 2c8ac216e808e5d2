#!/usr/bin/env bash
# package-tar.sh: builds the distribution binary (cargo profile `dist`) and packs it with
# INSTALL.md (for IT departments), the README, the licences, a desktop entry, an icon and the man
# page as overpromise-<version>-linux-<arch>.tar.gz.
#
#   scripts/package-tar.sh [--no-build] [OUT_DIR]     (default OUT_DIR: target/dist/, beside the binary)
#
# --no-build packs the binary already built by `cargo build --profile dist`; BIN=FILE packs that
# binary instead (e.g. a release build, to try the packaging quickly). The archive holds no
# levels/ folder on purpose: the levels are built into the program, and a levels/ folder beside
# it would replace them.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
target=${CARGO_TARGET_DIR:-target}
out=${1:-$target/dist}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(uname -m)

bin=${BIN:-$target/dist/overpromise}
if [ $build = 1 ] && [ -z "${BIN:-}" ]; then cargo build --profile dist --locked --bin overpromise; fi
[ -x "$bin" ] || { echo "package-tar: no $bin (run cargo build --profile dist)" >&2; exit 1; }

name=overpromise-${version}-linux-${arch}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir=$stage/$name
install -Dm755 "$bin" "$dir/overpromise"
install -Dm644 INSTALL.md README.md LICENSE-MIT LICENSE-APACHE -t "$dir"
install -Dm644 assets/fonts/LICENSE-DejaVu.txt "$dir/LICENSE-DejaVu.txt"
install -Dm644 packaging/overpromise.desktop packaging/overpromise.png packaging/overpromise.6 -t "$dir/share"
mkdir -p "$out"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
