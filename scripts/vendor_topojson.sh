#!/usr/bin/env bash
# Regenerate static/vendor/topojson/world_110m.json, the Natural Earth world outline that
# plotly.js geo maps (choropleth, scattergeo) load from `config.topojsonURL`.
#
# Why: plotly.js fetches its topojson from a CDN unless told otherwise, and our pages make no
# request outside our own host. The npm package `plotly.js` ships every topojson file inside
# dist/plotly-geo-assets.js; we take world_110m from the release whose version matches the
# plotly.min.js bundled with the installed Python `plotly` package (served as a static file), so
# the map data and the library never drift apart.
#
# Usage: scripts/vendor_topojson.sh   (needs node and npm, and access to the npm registry)
# Run it after upgrading the Python `plotly` package, then commit the JSON it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

bundle=$("$PYTHON" -c 'import plotly, pathlib; print(pathlib.Path(plotly.__file__).parent / "package_data" / "plotly.min.js")')
version=$(head -c 200 "$bundle" | sed -n 's/.*plotly\.js v\([0-9][0-9.]*\).*/\1/p' | head -1)
if [ -z "$version" ]; then echo "Cannot read the plotly.js version from $bundle" >&2; exit 1; fi
echo "plotly.min.js in the Python package is plotly.js $version"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "plotly.js@$version" >/dev/null && tar xzf "plotly.js-$version.tgz" package/dist/plotly-geo-assets.js)

out=static/vendor/topojson
mkdir -p "$out"
# The bundle is a UMD module that also assigns window.Plotly; give it a window and read its export.
node -e '
  globalThis.window = {};
  const assets = require(process.argv[1]);
  const fs = require("fs");
  fs.writeFileSync(process.argv[2], JSON.stringify(assets.topojson.world_110m));
  console.log("topojson assets version", assets.version);
' "$work/package/dist/plotly-geo-assets.js" "$out/world_110m.json"
echo "$version" > "$out/VERSION"
ls -l "$out/world_110m.json"
