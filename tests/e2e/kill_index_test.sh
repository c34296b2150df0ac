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
if [ "$events" = all ]; then
  mv "$work/all/_talks/"* "$work/repo/_talks/"
else
  ls "$work/all/_talks" | head -n "$events" | while read -r d; do mv "$work/all/_talks/$d" "$work/repo/_talks/"; done
fi
total=$(find "$work/repo" -name '*.md' | wc -l)
db=$work/db

# A first committed state: a quarter of the event folders.
quarter=$(ls "$work/repo/_talks" | head -n $(( $(ls "$work/repo/_talks" | wc -l) / 4 )) | sed 's|^|_talks/|; s|$|/**|' | paste -sd, -)
printf 'include: [%s]\n' "$(echo "$quarter" | sed 's/[^,]*/"&"/g')" > "$work/quarter.yml"
"$bin" index --db "$db" --config "$work/quarter.yml" --json "$work/repo" > "$work/first.json"
committed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"])' "$work/first.json")
echo "committed state: $committed documents"

# The full run, killed at random moments.
kills=0
for delay in 0.5 1.5 3; do
  "$bin" index --db "$db" "$work/repo" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true
  xapian-check "$db" > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; echo "FAIL: xapian-check after kill"; exit 1; }
  count=$(xapian-delve "$db" 2>/dev/null | sed -n 's/^number of documents = //p')
  if [ "$count" != "$committed" ]; then
    echo "FAIL: after kill -9 the index holds $count documents, expected the committed $committed"
    exit 1
  fi
  "$bin" search --db "$db" --json python > "$work/search.json"
  python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["total"] > 0, j' "$work/search.json"
done
echo "killed $kills runs mid-way; each time the index held the committed $committed documents and answered searches"

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
