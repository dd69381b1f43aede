#!/bin/sh
# Regenerates geodata/rivers/wdbii-rivers.geojson from GSHHG 2.3.7 (WDBII rivers).
# Needs Debian's gmt and gmt-gshhg-full (apt-get install -y gmt gmt-gshhg-full);
# `npm run data` does not: it reads the committed extract.
# Made with gmt 6.4.0+dfsg-2 and gmt-gshhg-full 2.3.7-6 (Debian 12).
set -eu
cd "$(dirname "$0")/../.."
REGION=35.7/37.6/34.9/36.9
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# -Ia: every river and canal level (0-10); -M: multisegment text; -Df: full resolution.
# Run in a scratch folder: GMT writes gmt.history where it runs.
tmp="$work/rivers.gmt"
(cd "$work" && gmt coast -R$REGION -Ia -M -Df > "$tmp")
# GMT dumps whole bins, which reach past the region: the converter clips to it.
npx tsx src/pipeline/rivers/gmt-to-geojson.ts $REGION < "$tmp" > geodata/rivers/wdbii-rivers.geojson
