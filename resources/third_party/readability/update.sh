#!/bin/sh
# Re-vendors Mozilla's Readability.js from npm at the version given (e.g. ./update.sh 0.6.0).
# Only the files the app ships are copied; bump the version in README.md and run
# tst_page_extract and the readability scoring test after an update.
set -eu
version=${1:?usage: update.sh VERSION}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@mozilla/readability@$version" >/dev/null)
tar -xzf "$tmp"/mozilla-readability-"$version".tgz -C "$tmp"
for f in Readability.js Readability-readerable.js LICENSE.md; do
    cp "$tmp/package/$f" "$here/$f"
done
echo "Readability.js $version vendored; update README.md (version, integrity):"
npm view "@mozilla/readability@$version" dist.integrity
sha256sum "$here/Readability.js" "$here/Readability-readerable.js"
