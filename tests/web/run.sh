#!/usr/bin/env bash
# End-to-end tests of the search page (web/) in Debian's headless Chromium,
# driven by playwright-core, against `lanyard serve` on a fresh index of corpus/.
#   tests/web/run.sh LANYARD_BINARY [SCREENSHOT_DIR]
# Then, with LANYARD_WEB_LATENCY_BIN set and ../shared/corpora present, the
# as-you-type latency on the pyvideo talks (a measurement, printed; the goal is
# checked by people, not asserted).
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shots=$(realpath -m "${2:-$root/build/web-screenshots}")
shared=${LANYARD_SHARED:-$root/../shared}

for tool in node npm /usr/bin/chromium; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool not found; run scripts/setup"; exit 1; }
done
# npm ci only when the installed packages are not the locked ones.
if ! cmp -s "$here/package-lock.json" "$here/node_modules/.package-lock.json.ci" 2> /dev/null; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$here/node_modules/.package-lock.json.ci"
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# serve DB LOG: starts lanyard serve on a free port and sets $served to its URL.
# (Not a $(...) function: the server would hold the substitution's pipe open.)
serve() {
  "$bin" serve --db "$1" --listen 127.0.0.1:0 --web "$root/web" --threads 2 > /dev/null 2> "$2" &
  pids+=($!)
  served=
  for _ in $(seq 1 300); do
    served=$(sed -n 's/^lanyard: serving .* on \(http:[^ ]*\)\/ .*/\1/p' "$2")
    [ -n "$served" ] && return 0
    sleep 0.1
  done
  echo "FAIL: lanyard serve did not start"
  cat "$2"
  exit 1
}

"$bin" index --db "$work/corpus-db" "$root/corpus" > /dev/null 2> "$work/index.log"
serve "$work/corpus-db" "$work/serve.log"
url=$served
echo "serving corpus/ at $url; screenshots to $shots"
mkdir -p "$shots"
status=0
(cd "$here" && LANYARD_URL=$url LANYARD_SCREENSHOTS=$shots node --test page.test.mjs) || status=$?
if [ $status -ne 0 ]; then
  echo "--- server log (last 40 lines)"
  tail -n 40 "$work/serve.log"
  exit $status
fi

# As-you-type latency on the pyvideo talks: a measurement, only when asked for
# with a Release binary (indexing 21,713 talks under ASan takes many minutes).
tarball=$shared/corpora/pyvideo-talks.tar.gz
if [ -z "${LANYARD_WEB_LATENCY_BIN:-}" ]; then
  echo "SKIPPED: pyvideo as-you-type latency (set LANYARD_WEB_LATENCY_BIN=build/release/app/lanyard to measure it)"
  exit 0
fi
bin=$(realpath "$LANYARD_WEB_LATENCY_BIN")
if [ ! -f "$tarball" ]; then
  echo "SKIPPED: $tarball not found (set LANYARD_SHARED); pyvideo as-you-type latency not measured"
  exit 0
fi
src=/tmp/pv
if [ ! -d "$src/_talks" ]; then
  src=$work/pv
  mkdir -p "$src"
  tar -xzf "$tarball" -C "$src"
fi
"$bin" index --db "$work/pv-db" "$src" > /dev/null 2> "$work/pv-index.log"
serve "$work/pv-db" "$work/pv-serve.log"
pv_url=$served
(cd "$here" && LANYARD_URL=$pv_url LANYARD_SCREENSHOTS=$shots node latency.mjs)
