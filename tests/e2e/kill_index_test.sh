#!/usr/bin/env bash
# Crash safety: kill -9 `lanyard index` in the middle of indexing the pyvideo
# talks, then check that the index opens, passes xapian-check, is searchable
# at its last committed state, and that the next run completes it.
#   tests/e2e/kill_index_test.sh LANYARD_BINARY [EVENT_DIRS]
# EVENT_DIRS: how many pyvideo event folders to use (default 120, ~5,000 talks;
# "all" for the 21,713). Skips (exit 0, "SKIPPED") without ../shared/corpora.
set -euo pipefail
bin=$(realpath "$1")
events=${2:-120}
here=$(cd "$(dirname "$0")" && pwd)
shared=${LANYARD_SHARED:-$here/../../../shared}
tarball=$shared/corpora/pyvideo-talks.tar.gz
if [ ! -f "$tarball" ]; then
  echo "SKIPPED: $tarball not found (set LANYARD_SHARED); crash test not run"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/all" "$work/repo/_talks"
tar -xzf "$tarball" -C "$work/all"
# No `ls | head` pipelines: with pipefail, head closing early kills ls with
# SIGPIPE and the script would fail at random.
mapfile -t all_events < <(find "$work/all/_talks" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
[ "$events" = all ] && events=${#all_events[@]}
for d in "${all_events[@]:0:$events}"; do mv "$work/all/_talks/$d" "$work/repo/_talks/"; done
total=$(find "$work/repo" -name '*.md' | wc -l)
db=$work/db

# A first committed state: a quarter of the event folders.
mapfile -t repo_events < <(find "$work/repo/_talks" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
{
  printf 'include:\n'
  for d in "${repo_events[@]:0:$(( ${#repo_events[@]} / 4 ))}"; do printf '  - "_talks/%s/**"\n' "$d"; done
} > "$work/quarter.yml"
"$bin" index --db "$db" --config "$work/quarter.yml" --json "$work/repo" > "$work/first.json"
committed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"])' "$work/first.json")
echo "committed state: $committed documents"

# The full run, killed at random moments. After each kill the index must
# hold a committed state: the previous one, or (when the run got to commit
# before the signal) the whole repo. Never anything in between.
expected=$(( total ))
kills=0
for delay in 0.2 0.5 1 1.5 3; do
  "$bin" index --db "$db" "$work/repo" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  xapian-check "$db" > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; echo "FAIL: xapian-check after kill"; exit 1; }
  count=$(xapian-delve "$db" 2>/dev/null | sed -n 's/^number of documents = //p')
  if [ "$count" = "$committed" ]; then
    kills=$((kills + 1))
  elif [ "$count" = "$expected" ]; then
    echo "the run committed before the kill at ${delay}s"
    committed=$count
  else
    echo "FAIL: after kill -9 the index holds $count documents: neither the committed $committed nor the full $expected"
    exit 1
  fi
  "$bin" search --db "$db" --json python > "$work/search.json"
  python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["total"] > 0, j' "$work/search.json"
done
echo "killed $kills runs mid-way; each time the index held its last committed state, passed xapian-check and answered searches"

# Without the config the next run re-indexes everything (config hash changed).
"$bin" index --db "$db" --json "$work/repo" > "$work/final.json"
python3 - "$work/final.json" "$total" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
total = int(sys.argv[2])
assert report["files"] == total, (report, total)
assert report["documents"] == total - report["skipped"], report
print(f"final run: {report['documents']} documents of {total} files")
PY
xapian-check "$db" > /dev/null
echo "PASS"
