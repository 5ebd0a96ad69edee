#!/usr/bin/env bash
# Start-up and memory with 100,000 articles, Newsmark beside RSS Guard 4.0.4 in the same run
# (../shared/tools/README.md: make_peer_db.py and startup_bench.sh). `make bench-peer` runs it.
#
#   tests/benchmarks/peer_startup.sh [-k RUNS] [-n ARTICLES] [-w WORK] [-b BUILD_DIR]
#
# The libraries are made once and kept in WORK (default /var/tmp/peers): RSS Guard's database
# written by make_peer_db.py, and a Newsmark library with the same articles imported and its
# entity index complete (what a user's library looks like after the first start). Each run then
# starts from a fresh copy of them under a private Xvfb and prints window mapped, settled (the
# whole process tree CPU-quiet), RSS and PSS of the tree: one "median" line per program.
set -euo pipefail

RUNS=5 N=100000 WORK=/var/tmp/peers BUILD=build/release
while getopts "k:n:w:b:" o; do
  case $o in
    k) RUNS=$OPTARG ;; n) N=$OPTARG ;; w) WORK=$OPTARG ;; b) BUILD=$OPTARG ;;
    *) sed -n '2,/^set /{/^#/p}' "$0"; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=$ROOT/../shared/tools
[[ -d $TOOLS ]] || { echo "peer_startup: $TOOLS is missing (the shared benchmark tools)" >&2; exit 2; }
command -v rssguard >/dev/null || { echo "peer_startup: rssguard is not installed (make bench-deps)" >&2; exit 2; }
BUILD=$(cd "$ROOT" && cd "$BUILD" && pwd)
CLI=$BUILD/ui/cli/newsmark-cli GUI=$BUILD/ui/gui/newsmark
[[ -x $CLI && -x $GUI ]] || { echo "peer_startup: build $BUILD first (make build)" >&2; exit 2; }

if [[ ! -d $WORK/rssguard-$N ]]; then
  python3 "$TOOLS/make_peer_db.py" "$N" --out "$WORK" --peers rssguard
fi
# A kept Newsmark library is brought up to this build (an upgrade, the index caught up); one
# this build cannot open (a newer format) is made again.
LIB=$WORK/newsmark-$N/lib.sqlite
if [[ -f $LIB ]] && ! "$CLI" --library "$LIB" entities index >/dev/null; then
  rm -rf "$WORK/newsmark-$N"
fi
if [[ ! -f $LIB ]]; then
  mkdir -p "$WORK/newsmark-$N/home"
  "$CLI" --library "$LIB" import "$WORK/corpus-$N"
  "$CLI" --library "$LIB" entities index
fi
# An upgrade keeps a copy of the old file beside the library: not part of what a run copies.
rm -f "$WORK/newsmark-$N"/lib.sqlite.v*.bak

export QTWEBENGINE_CHROMIUM_FLAGS=${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}
echo "== RSS Guard, $N articles"
"$TOOLS/startup_bench.sh" -k "$RUNS" -w 'RSS Guard' -t "$WORK/rssguard-$N" -- rssguard --data @RUN@/data
echo "== Newsmark, $N articles"
"$TOOLS/startup_bench.sh" -k "$RUNS" -w Newsmark -t "$WORK/newsmark-$N" -- "$GUI" --library @RUN@/lib.sqlite
