#!/usr/bin/env bash
# package-deb.sh: builds the distribution binary (cargo profile `dist`) and packs it as a Debian
# package with dpkg-deb: the program in /usr/bin, a desktop entry, an icon, a man page, and the
# licence files (the DejaVu licence included) in /usr/share/doc/overpromise.
#
#   scripts/package-deb.sh [--no-build] [OUT_DIR]     (default OUT_DIR: target/dist/, beside the binary)
#
# --no-build packs the binary already built by `cargo build --profile dist`; BIN=FILE packs that
# binary instead (e.g. a release build, to try the packaging quickly). Needs dpkg-deb and
# gzip; no cargo plugin. Install the result with `sudo dpkg -i target/dist/overpromise_*.deb` (then
# `sudo apt-get -f install` if a runtime library is missing). Set MAINTAINER="Name <mail>" for
# the control file.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
target=${CARGO_TARGET_DIR:-target}
out=${1:-$target/dist}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)

bin=${BIN:-$target/dist/overpromise}
if [ $build = 1 ] && [ -z "${BIN:-}" ]; then cargo build --profile dist --locked --bin overpromise; fi
[ -x "$bin" ] || { echo "package-deb: no $bin (run cargo build --profile dist)" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/overpromise_${version}_${arch}
doc=$root/usr/share/doc/overpromise
install -Dm755 "$bin" "$root/usr/bin/overpromise"
install -Dm644 packaging/overpromise.desktop "$root/usr/share/applications/overpromise.desktop"
install -Dm644 packaging/overpromise.png "$root/usr/share/icons/hicolor/256x256/apps/overpromise.png"
install -Dm644 packaging/overpromise.6 "$root/usr/share/man/man6/overpromise.6"
gzip -9n "$root/usr/share/man/man6/overpromise.6"
install -Dm644 packaging/copyright "$doc/copyright"
install -Dm644 LICENSE-MIT "$doc/LICENSE-MIT"
install -Dm644 LICENSE-APACHE "$doc/LICENSE-APACHE"
install -Dm644 assets/fonts/LICENSE-DejaVu.txt "$doc/LICENSE-DejaVu.txt"
install -Dm644 INSTALL.md "$doc/INSTALL.md"
install -Dm644 README.md "$doc/README.md"

# The window loads X11, xkbcommon and Vulkan at run time (dlopen), so they are listed by hand;
# ldd shows only the C library and libgcc.
size_kb=$(du -sk "$root/usr" | cut -f1)
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: overpromise
Version: $version
Architecture: $arch
Maintainer: ${MAINTAINER:-The Overpromise authors <maintainers@example.invalid>}
Installed-Size: $size_kb
Depends: libc6 (>= 2.35), libgcc-s1, libx11-6, libxcursor1, libxi6, libxrandr2, libxkbcommon-x11-0, libvulkan1, mesa-vulkan-drivers | vulkan-icd
Section: games
Priority: optional
Description: training game about selling a project and delivering it
 Trainees sell a project to a client in a series of meetings, hand it over
 to the delivery team, and run delivery week by week. The debrief shows,
 promise by promise, what each one did to the weeks, the money, the team
 and the client's trust. For L&D workshops and solo onboarding.
 .
 One self-contained program: the shipped levels, fonts and portraits are
 built in. Command line: overpromise --help.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/overpromise_${version}_${arch}.deb" >/dev/null
echo "$out/overpromise_${version}_${arch}.deb ($(du -h "$out/overpromise_${version}_${arch}.deb" | cut -f1))"
