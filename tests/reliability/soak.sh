#!/usr/bin/env bash
# Soak: wrk against `lanyard serve` on the pyvideo index for SECONDS with a mix
# of searches, facets, suggestions and documents, sampling the server's RSS
# every 10 s. Passes with 0 errors (socket errors and non-2xx answers) and a
# flat memory: the last sample at most 20% over the sample taken after the
# first minute (the warm-up fills Xapian's and the allocator's caches).
#   tests/reliability/soak.sh [SECONDS] [CONNECTIONS] [INDEX_DIR]   default 600 4
# (the server runs 2 worker threads; wrk gives up on an answer after 10 s)
# Without INDEX_DIR the talks in /tmp/pv are indexed first.
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=${1:-600}
connections=${2:-4}
db=${3:-}
port=${PORT:-18191}
work=$(mktemp -d)
server= wrk_pid=
trap 'for p in $server $wrk_pid; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"' EXIT
if [ -z "$db" ]; then
  db=$work/db
  "$LANYARD" index --db "$db" "$PV" > /dev/null 2>&1
fi
echo "index: $(doc_count "$db") documents"

cat > "$work/mix.lua" <<'LUA'
local paths = {
  "/api/search?q=python", "/api/search?q=django&sort=-date", "/api/search?q=machine+learning",
  "/api/search?q=pandas+dataframe&limit=20", "/api/search?q=%22deep+learning%22", "/api/search?q=asyn&partial=1",
  "/api/search?q=pyhton", "/api/search?q=flask+OR+django&offset=20", "/api/search?q=security+-web",
  "/api/search?topic=python&location=united+states", "/api/search", "/api/search?q=data+science&limit=50",
  "/api/search?q=web+scraping&from=2018&to=2020", "/api/search?q=%E6%95%B0%E6%8D%AE", "/api/facets",
  "/api/suggest?q=dja", "/api/search?q=title%3Akeynote&sort=date", "/api/search?q=numpy&offset=9990",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d non2xx=%d socket_errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

"$LANYARD" serve --db "$db" --listen "127.0.0.1:$port" --threads 2 --web "$ROOT/web" 2>"$work/server.err" &
server=$!
wait_for_server "$port"
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
echo "RSS at start: $(rss) kB"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$work/mix.lua" "http://127.0.0.1:$port" > "$work/wrk.txt" 2>&1 &
wrk_pid=$!
samples=()
elapsed=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 10
  elapsed=$((elapsed + 10))
  kill -0 "$server" 2>/dev/null || { cat "$work/server.err"; echo "FAIL: the server died"; exit 1; }
  samples+=("$(rss)")
  [ $((elapsed % 60)) -eq 0 ] && echo "  ${elapsed}s: RSS $(rss) kB"
done
wait "$wrk_pid" || true
cat "$work/wrk.txt"
result=$(grep '^RESULT' "$work/wrk.txt") || { echo "FAIL: wrk gave no result"; exit 1; }
non2xx=$(sed -n 's/.*non2xx=\([0-9]*\).*/\1/p' <<< "$result")
socket=$(sed -n 's/.*socket_errors=\([0-9]*\).*/\1/p' <<< "$result")
warm=${samples[$(( ${#samples[@]} > 6 ? 5 : 0 ))]}
last=${samples[-1]}
max=$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)
echo "RSS after warm-up ${warm} kB, max ${max} kB, last ${last} kB (${#samples[@]} samples)"
status=0
[ "$non2xx" = 0 ] && [ "$socket" = 0 ] || { echo "FAIL: $non2xx non-2xx answers, $socket socket errors"; status=1; }
[ "$last" -le $(( warm * 120 / 100 )) ] || { echo "FAIL: RSS grew from $warm kB to $last kB"; status=1; }
[ "$status" = 0 ] && echo "PASS: $result; memory flat"
exit "$status"
