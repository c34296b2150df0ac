#!/usr/bin/env bash
# Regression guard for facet extraction: runs lanyard_facets_eval on the
# hand-labelled documents (tests/data/facets/labels.jsonl) and on the
# tech-conferences records, prints both tables, and fails when a score drops
# below its floor (the acceptance targets, or just under the numbers in docs/facets.md).
#   tests/eval/facets_eval_test.sh LANYARD_FACETS_EVAL
# Skips (exit 0, "SKIPPED") without ../shared/corpora (set LANYARD_SHARED).
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
shared=${LANYARD_SHARED:-$here/../../../shared}
corpora=$shared/corpora
if [ ! -f "$corpora/pyvideo-talks.tar.gz" ] || [ ! -d "$corpora/tech-conferences" ]; then
  echo "SKIPPED: $corpora not found (set LANYARD_SHARED); facet evaluation not run"
  exit 0
fi
labels=$here/../data/facets/labels.jsonl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c 'import json,sys
for l in open(sys.argv[1]):
    j = json.loads(l)
    if j["corpus"] == "pyvideo": print(j["id"])' "$labels" > "$work/pyvideo-ids"
mkdir -p "$work/pv"
tar -xzf "$corpora/pyvideo-talks.tar.gz" -C "$work/pv" -T "$work/pyvideo-ids"

roots=(pytorch-site="$corpora/pytorch-site" djangocon-us="$corpora/djangocon-us" pyvideo="$work/pv")
"$bin" labels "$labels" "${roots[@]}"
"$bin" techconf "$corpora/tech-conferences"
"$bin" --json labels "$labels" "${roots[@]}" > "$work/labels.json"
"$bin" --json techconf "$corpora/tech-conferences" > "$work/techconf.json"

# Floors: percentages. The acceptance targets of issue #3 where the measured
# numbers meet them (city+country 95, start 97, online 97, inferred-topic
# precision 90, tech-conferences 98), else just under the numbers in docs/facets.md.
python3 - "$work/labels.json" "$work/techconf.json" <<'PY'
import json, sys
labels = json.load(open(sys.argv[1]))["all"]
techconf = json.load(open(sys.argv[2]))
floors = [
    ("labels", labels, "place_city_country", 95), ("labels", labels, "country", 86),
    ("labels", labels, "no_invented_place", 99), ("labels", labels, "start_date", 97),
    ("labels", labels, "end_date", 96), ("labels", labels, "no_invented_date", 95),
    ("labels", labels, "online", 97), ("labels", labels, "inferred_topic_precision", 90),
    ("labels", labels, "topic_recall", 31),
    ("techconf", techconf, "place_city_country", 99.5), ("techconf", techconf, "start_date", 99.5),
    ("techconf", techconf, "end_date", 99.5), ("techconf", techconf, "online", 99.5),
]
failed = [f"{name} {key}: {scores[key]['pct']}% < {floor}%" for name, scores, key, floor in floors
          if scores[key]["pct"] < floor]
for f in failed: print("BELOW FLOOR:", f)
sys.exit(1 if failed else 0)
PY
echo "facet scores are at or above their floors"
