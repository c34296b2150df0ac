#!/usr/bin/env python3
"""Assigns each label its split, dev or test, from a hash of corpus and id.

    tests/eval/split_labels.py FILE.jsonl...

A label that already has a split keeps it: the split is decided once, when the
label is written and before any rule is tuned on it (tests/data/facets/LABELLING.md).
Works for facet labels ({"corpus", "id"}) and search queries ({"corpus", "query"}).
Rewrites each file in place, keys in their order, "split" added after the others.
"""
import hashlib
import json
import sys


def split_of(corpus: str, key: str) -> str:
    digest = hashlib.sha256(f"{corpus}/{key}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def main(paths):
    for path in paths:
        out = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    label = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: {e}")
                if "split" not in label:
                    key = label.get("id") or label.get("query")
                    if key is None:
                        sys.exit(f"{path}:{n}: neither id nor query")
                    label["split"] = split_of(label["corpus"], key)
                out.append(json.dumps(label, ensure_ascii=False))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        counts = {s: sum(1 for l in out if json.loads(l)["split"] == s) for s in ("dev", "test")}
        print(f"{path}: {counts['dev']} dev, {counts['test']} test")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
