#!/usr/bin/env bash
# Regression guard for facet extraction: runs lanyard_facets_eval on the
# test split of the hand-labelled real sites (tests/data/facets/labels/, see
# tests/data/facets/LABELLING.md) and on the tech-conferences records, prints
# the dev and test tables, and fails when a test score drops below its floor.
# The misses it lists are dev's only: rules are tuned on dev, never on test.
# Then the same for search: recall@5 of the queries in tests/data/search/.
#   tests/eval/facets_eval_test.sh LANYARD_FACETS_EVAL LANYARD_SEARCH_EVAL
# Skips (exit 0, "SKIPPED") without ../shared/corpora (set LANYARD_SHARED).
set -euo pipefail
bin=$(realpath "$1")
search_bin=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
shared=${LANYARD_SHARED:-$here/../../../shared}
corpora=$shared/corpora
if [ ! -f "$corpora/pyvideo-talks.tar.gz" ] || [ ! -d "$corpora/tech-conferences" ]; then
  echo "SKIPPED: $corpora not found (set LANYARD_SHARED); facet evaluation not run"
  exit 0
fi
labels=$here/../data/facets/labels
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# pyvideo: the event folders of the labelled talks, whole (a talk's siblings are its site).
python3 -c 'import json,sys
dirs = {"/".join(json.loads(l)["id"].split("/")[:2]) + "/*" for l in open(sys.argv[1]) if l.strip()}
print("\n".join(sorted(dirs)))' "$labels/pyvideo.jsonl" > "$work/pyvideo-dirs"
mkdir -p "$work/pv"
tar -xzf "$corpora/pyvideo-talks.tar.gz" -C "$work/pv" --wildcards -T "$work/pyvideo-dirs"

# Pages phrased as real conference sites phrase them (tests/eval/make_phrasings.py,
# its templates split dev/test by a hash of their ids).
python3 "$here/make_phrasings.py" "$work/phrasings" > /dev/null
roots=(pyvideo="$work/pv" phrasings="$work/phrasings")
for c in pytorch-site djangocon-us kcd gograz eurorust volcamp refresh-dc gocon-2022spring; do
  roots+=("$c=$corpora/$c")
done
"$bin" labels "$labels" "$work/phrasings/labels.jsonl" "${roots[@]}"
"$bin" techconf "$corpora/tech-conferences"
"$bin" --json labels --split test "$labels" "$work/phrasings/labels.jsonl" "${roots[@]}" > "$work/labels.json"
"$bin" --json techconf "$corpora/tech-conferences" > "$work/techconf.json"
"$search_bin" "$here/../data/search" "${roots[@]}"
"$search_bin" --json --split test "$here/../data/search" "${roots[@]}" > "$work/search.json"

# Floors, in percent, on the test split: the acceptance targets where the
# measured numbers meet them, else just under the measured numbers (docs/facets.md).
python3 - "$work/labels.json" "$work/techconf.json" "$work/search.json" <<'PY'
import json, sys
labels = json.load(open(sys.argv[1]))
techconf = json.load(open(sys.argv[2]))
search = json.load(open(sys.argv[3]))
floors = {
    # Acceptance targets of issue 22 where the test split meets them, else a little under
    # the measured test numbers (docs/facets.md): a regression guard, raised as rules improve.
    "pytorch-site test": {"place_city_country": 95, "start_date": 97, "online": 95, "no_invented_place": 99},
    "volcamp test": {"place_city_country": 95, "start_date": 97, "online": 95},
    "kcd test": {"place_city_country": 95, "start_date": 97, "online": 95},
    "refresh-dc test": {"place_city_country": 95, "start_date": 97, "online": 95},
    "gograz test": {"place_city_country": 95, "start_date": 97, "online": 84},
    "djangocon-us test": {"place_city_country": 95, "start_date": 95, "online": 74},
    "eurorust test": {"place_city_country": 79, "start_date": 65, "online": 68},
    "gocon-2022spring test": {"start_date": 97, "online": 95, "no_invented_place": 99},
    "phrasings test": {"place_city_country": 70, "start_date": 66, "online": 62, "no_invented_place": 66},
    "all test": {"place_city_country": 84, "start_date": 82, "online": 77.5, "no_invented_place": 79.5,
                 "inferred_topic_precision": 87},
}
failed = []
for name, keys in floors.items():
    for key, floor in keys.items():
        pct = labels[name][key]["pct"]
        if pct < floor: failed.append(f"{name} {key}: {pct}% < {floor}%")
for key in ("place_city_country", "start_date", "end_date", "online"):
    if techconf[key]["pct"] < 99.5: failed.append(f"techconf {key}: {techconf[key]['pct']}% < 99.5%")
search_floors = {"all test": 90}
for name, floor in search_floors.items():
    if search[name]["pct"] < floor: failed.append(f"search {name} recall@5: {search[name]['pct']}% < {floor}%")
for f in failed: print("BELOW FLOOR:", f)
sys.exit(1 if failed else 0)
PY
echo "facet scores are at or above their floors"
