#!/usr/bin/env bash
# Installs the Debian 12 packages Newsmark needs to build, run and test it: only the missing ones,
# so a second run costs one dpkg-query. Works as root or through sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webchannel-dev libgl-dev
  libsqlite3-dev libstemmer-dev
  # note comments' Markdown in the HTML and PDF exports: CommonMark with GitHub's tables,
  # strikethrough and autolinks (it replaces nothing: the exports printed comments as plain text)
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  # translations (resources/translations): lupdate and lrelease, and Qt6LinguistTools for
  # qt_add_translations; new, nothing replaced
  qt6-l10n-tools qt6-tools-dev
  # run
  qt6-qpa-plugins libqt6webenginecore6-bin fonts-noto-cjk
  qt6-image-formats-plugins  # WebP pictures of saved pages (QImageReader checks every image)
  qt6-translations-l10n  # Qt's own text in Korean: standard buttons, file dialogs, context menus
  # test and package
  xvfb xauth appstream desktop-file-utils dpkg-dev file python3
  # pdftotext: the tests read the text of the PDF exports back
  poppler-utils
  # regenerating resources/models/ner-en-gazetteer.tsv (tools/ner/english_gazetteer.py); the
  # generated list is committed, so neither the build nor the app reads iso-codes
  iso-codes
  # fuzzing (libFuzzer ships in clang's runtime package)
  clang libclang-rt-14-dev
)
# `deps.sh bench` adds what the side-by-side benchmarks and screenshots need: the peer reader,
# the X tools of ../shared/tools/startup_bench.sh, and ImageMagick's `import`.
if [ "${1:-}" = "bench" ]; then
  packages+=(rssguard x11-utils xdotool imagemagick sqlite3 ripgrep)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "newsmark: installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "newsmark: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
