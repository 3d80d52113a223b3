#!/bin/sh
# Vendors MiniSearch (https://github.com/lucaong/minisearch, MIT) into the theme: the search box's
# index and scoring, with prefix and typo-tolerant matching. Run it to upgrade; the output is
# committed, so a build needs no network. It fetches the release from the npm registry, checks it
# against the registry's integrity hash, and minifies its UMD build with terser (the package ships
# none minified; unminified it would be 18.6 KB gzipped, minified 5.9 KB).
set -eu
VERSION=7.2.0
INTEGRITY=sha512-dqT2XBYUOZOiC5t2HRnwADjhNS2cecp9u+TJRiJ1Qp/f5qjkeT5APcGPjHw+bz89Ms8Jp+cG4AlE+QZ/QnDglg==
TERSER=5.51.4
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/../../resources/dev/ormcompare/site/theme
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "minisearch@$VERSION" >/dev/null
GOT="sha512-$(openssl dgst -sha512 -binary "minisearch-$VERSION.tgz" | base64 -w0)"
[ "$GOT" = "$INTEGRITY" ] || { echo "minisearch-$VERSION.tgz is not the registry's release: $GOT" >&2; exit 1; }
tar xzf "minisearch-$VERSION.tgz"
{
  printf '/*! MiniSearch %s | MIT License | Copyright 2022 Luca Ongaro | https://github.com/lucaong/minisearch */\n' "$VERSION"
  npx --yes "terser@$TERSER" package/dist/umd/index.js --compress --mangle
} > "$OUT/minisearch.min.js"
cp package/LICENSE.txt "$HERE/LICENSE.txt"
echo "vendored MiniSearch $VERSION into $OUT/minisearch.min.js"
