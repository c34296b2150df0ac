#!/usr/bin/env bash
# Searching while indexing: `lanyard serve` answers HTTP searches in a loop
# while the pyvideo talks are re-indexed CYCLES times, alternating between half
# of the event folders and all of them (each run a full re-index: the config
# changes). Every request must succeed (HTTP 200) and every answer must be one
# committed state of the index: the browse-all total is the half or the full
# document count, never a mix, and a word query's total is one of its two
# values.
#   tests/reliability/search_while_indexing.sh [CYCLES] [CLIENTS]   default 6 2
# LANYARD=path/to/lanyard skips the build; PV=folder of the talks (/tmp/pv).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cycles=${1:-6}
clients=${2:-2}
port=${PORT:-18190}
work=$(mktemp -d)
server= searches=
trap 'for p in $server $searches; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"' EXIT
db=$work/db
write_half_config "$work/half.yml"

# The two states and their totals, measured before the race starts.
"$LANYARD" index --db "$db" "$PV" > /dev/null 2>&1
full=$(doc_count "$db")
full_python=$("$LANYARD" search --db "$db" --json python | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
"$LANYARD" index --db "$db" --config "$work/half.yml" "$PV" > /dev/null 2>&1
half=$(doc_count "$db")
half_python=$("$LANYARD" search --db "$db" --json python | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "states: all events $full documents ($full_python for 'python'); half $half ($half_python)"

"$LANYARD" serve --db "$db" --listen "127.0.0.1:$port" --threads 2 --web "$ROOT/web" 2>"$work/server.err" &
server=$!
wait_for_server "$port"

python3 - "$port" "$clients" "$work/stop" "$work/result.json" "$full,$half" "$full_python,$half_python" <<'PY' &
import json, os, sys, threading, urllib.request, urllib.error
port, clients, stop, result = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
browse_ok = {int(x) for x in sys.argv[5].split(",")}
python_ok = {int(x) for x in sys.argv[6].split(",")}
checks = [("/api/search?limit=1", browse_ok), ("/api/search?q=python&limit=5", python_ok),
          ("/api/search?q=django&sort=-date", None), ("/api/facets", None)]
stats = {"requests": 0, "failed": 0, "inconsistent": 0, "totals": {}}
lock = threading.Lock()
def client(k):
    i = k
    while not os.path.exists(stop):
        path, allowed = checks[i % len(checks)]
        i += 1
        problem = None
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
                body = json.load(r)
                status = r.status
        except urllib.error.HTTPError as e:
            problem, status = f"HTTP {e.code}: {e.read()[:200]!r}", e.code
        except Exception as e:
            problem, status = repr(e), 0
        with lock:
            stats["requests"] += 1
            if problem or status != 200:
                stats["failed"] += 1
                print(f"FAILED {path}: {problem}", flush=True)
            elif allowed is not None:
                total = body["total"]
                stats["totals"].setdefault(path, {}).setdefault(str(total), 0)
                stats["totals"][path][str(total)] += 1
                if total not in allowed:
                    stats["inconsistent"] += 1
                    print(f"INCONSISTENT {path}: total {total}, expected one of {sorted(allowed)}", flush=True)
threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
json.dump(stats, open(result, "w"))
PY
searches=$!

for i in $(seq "$cycles"); do
  if [ $((i % 2)) -eq 1 ]; then args=(); else args=(--config "$work/half.yml"); fi
  start=$(date +%s.%N)
  "$LANYARD" index --db "$db" "${args[@]}" "$PV" > /dev/null 2>&1
  printf 'reindex %d (%s): %s documents in %.1fs\n' "$i" "$([ ${#args[@]} -eq 0 ] && echo all || echo half)" \
    "$(doc_count "$db")" "$(echo "$(date +%s.%N) - $start" | bc)"
done
sleep 1
touch "$work/stop"
wait "$searches"
kill -0 "$server" 2>/dev/null || { cat "$work/server.err"; echo "FAIL: the server died"; exit 1; }
python3 - "$work/result.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
for path, totals in s["totals"].items():
    print(f"  {path}: totals seen {totals}")
print(f"requests: {s['requests']}, failed: {s['failed']}, inconsistent: {s['inconsistent']}")
ok = s["failed"] == 0 and s["inconsistent"] == 0 and s["requests"] > 0
seen_both = all(len(t) == 2 for t in s["totals"].values())
print("both states were served" if seen_both else "note: only one state was seen by some query")
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
