#!/usr/bin/env bash
# Crash safety: SIGKILL `lanyard index` (Release) at KILLS random moments while
# it indexes the 21,713 pyvideo talks, alternating between two committed
# states (half of the event folders, all of them) so that every run has a
# large transaction to interrupt. After each kill: the index opens, passes
# xapian-check, answers a search through `lanyard search`, and holds exactly
# one of the two committed states, never anything in between. A last run
# completes the index: exactly EXPECTED documents.
#   tests/reliability/kill_index.sh [KILLS] [EXPECTED]    default 20 21713
# LANYARD=path/to/lanyard skips the build; PV=folder of the talks (/tmp/pv).
set -euo pipefail
source "$(dirname "$0")/common.sh"
kills=${1:-20}
expected=${2:-21713}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
db=$work/db
write_half_config "$work/half.yml"

# The first committed state: half of the events. Its duration sets the range
# of the random delays (a full run takes about twice as long).
start=$(date +%s.%N)
"$LANYARD" index --db "$db" --config "$work/half.yml" --json "$PV" > "$work/half.json"
half_seconds=$(echo "$(date +%s.%N) - $start" | bc)
half=$(doc_count "$db")
echo "committed: $half documents (half the events) in ${half_seconds}s"
max_delay=$(echo "$half_seconds * 2.2" | bc)

survived=0 finished=0 committed=$half
for i in $(seq "$kills"); do
  # Toward the other state: full when the index holds half, half when full.
  if [ "$committed" = "$half" ]; then args=(); target=$expected; else args=(--config "$work/half.yml"); target=$half; fi
  delay=$(python3 -c "import random; print(round(random.uniform(0.05, $max_delay), 2))")
  "$LANYARD" index --db "$db" "${args[@]}" "$PV" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  xapian-check "$db" > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; echo "FAIL: xapian-check after kill $i"; exit 1; }
  count=$(doc_count "$db")
  "$LANYARD" search --db "$db" --json --limit 1 python > "$work/search.json" ||
    { echo "FAIL: search after kill $i"; exit 1; }
  python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["total"] > 0, j' "$work/search.json"
  if [ "$count" = "$committed" ]; then
    state="kept the committed $committed"; survived=$((survived + 1))
  elif [ "$count" = "$target" ]; then
    state="the run had committed $target"; committed=$target; finished=$((finished + 1))
  else
    echo "FAIL: after kill $i at ${delay}s the index holds $count documents: neither $committed nor $target"
    exit 1
  fi
  printf 'kill %2d at %6.2fs: %s; xapian-check ok; search ok\n' "$i" "$delay" "$state"
done

"$LANYARD" index --db "$db" --json "$PV" > "$work/final.json"
xapian-check "$db" > /dev/null
final=$(doc_count "$db")
echo "final run: $final documents"
[ "$final" = "$expected" ] || { echo "FAIL: expected $expected documents, found $final"; exit 1; }
echo "PASS: $kills SIGKILLs, $survived of them mid-run (the index kept its committed state), $finished after the run had committed; $final documents"
