#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into OUT/TARGET/, from our own
corpus/, tests/data/hostile/ and fuzz/seeds/, and from ../shared/corpora when
it is there (read at run time, never copied into the project).

    fuzz/make_seeds.py SOURCE_DIR OUT_DIR [SHARED_CORPORA_DIR]
"""
import hashlib
import json
import os
import re
import sys
import tarfile
from pathlib import Path

MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{4}-\d{1,2}-\d{1,2}")
DATE_KEYS = re.compile(r"^\s*(date|start|end|start_date|end_date|event_start|event_end|published\w*|startDate|endDate)\s*:\s*(.+)$")
PLACE_KEYS = re.compile(r"^\s*(location|city|country|venue|place|where)\s*:\s*(.+)$")
PLACE_LINE = re.compile(r"^\W*(Location|Venue|Where|📍)\W*(.+)$")
PER_SOURCE = 150  # files taken from each shared corpus folder


def write(out, target, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def body_of(text):
    for delimiter in ("---", "+++"):
        if text.startswith(delimiter):
            end = text.find("\n" + delimiter, 3)
            if end != -1:
                return text[text.find("\n", end + 1) + 1:]
    return text


def markdown_docs(source, shared):
    """(name, bytes) of Markdown files: ours, then a sample of the shared corpora."""
    for root in ("corpus", "tests/data/hostile", "fuzz/seeds"):
        for p in sorted((source / root).rglob("*")):
            if p.is_file() and p.suffix in (".md", ".markdown") and p.stat().st_size <= 65536:
                yield p.name, p.read_bytes()
    if not shared:
        return
    for sub in ("djangocon-us", "pytorch-site", "eurorust", "gograz", "kcd", "gocon-2022spring"):
        files = sorted((shared / sub).rglob("*.md"))
        step = max(1, len(files) // PER_SOURCE)
        for p in files[::step][:PER_SOURCE]:
            yield p.name, p.read_bytes()
    tarball = shared / "pyvideo-talks.tar.gz"
    if tarball.exists():
        with tarfile.open(tarball) as tar:
            taken = 0
            for member in tar:
                if member.isfile() and member.name.endswith(".md") and taken < PER_SOURCE:
                    yield member.name, tar.extractfile(member).read()
                    taken += 1


def conference_records(shared):
    if not shared:
        return
    for p in sorted((shared / "tech-conferences").rglob("*.json"))[:40]:
        try:
            for record in json.loads(p.read_text()):
                yield record
        except (ValueError, TypeError):
            continue


def main():
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    shared = Path(sys.argv[3]) if len(sys.argv) > 3 and Path(sys.argv[3]).is_dir() else None
    dates, places = set(), set()
    for name, data in markdown_docs(source, shared):
        write(out, "front_matter", data)
        write(out, "index_file", data)
        text = data.decode("utf-8", "replace")
        write(out, "markdown", body_of(text))
        dates.add(name)
        for line in text.splitlines()[:400]:
            if m := DATE_KEYS.match(line):
                dates.add(m.group(2).strip().strip("'\""))
            elif MONTH.search(line) and len(line) < 200:
                dates.add(line.strip())
            if m := PLACE_KEYS.match(line):
                places.add(m.group(2).strip().strip("'\""))
            elif m := PLACE_LINE.match(line.replace("*", "")):
                places.add(m.group(2).strip())
    for record in conference_records(shared):
        for key in ("startDate", "endDate"):
            if isinstance(record.get(key), str):
                dates.add(record[key])
        city, country = record.get("city"), record.get("country")
        if isinstance(city, str):
            places.add(f"{city}, {country}" if isinstance(country, str) else city)
    for target, lines in (("date", dates), ("place", places)):
        seeds = source / "fuzz" / "seeds" / f"{target}.txt"
        lines |= set(seeds.read_text().splitlines()) if seeds.exists() else set()
        for line in sorted(lines):
            if line and len(line.encode()) <= 256:
                write(out, target, line)
    for line in (source / "fuzz" / "seeds" / "search_request.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            write(out, "search_request", b"\x00" + line.encode())  # HTTP query string
            write(out, "search_request", b"\x01" + line.replace("&", "\0").encode())  # CLI
    # framing: requests as clients send them, then each cut short.
    requests = [b"GET /api/search?" + line.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n"
                for line in (source / "fuzz" / "seeds" / "search_request.txt").read_text().splitlines()[:20]
                if line and not line.startswith("#")]
    requests += [b"POST /api/search HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello",
                 b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nwiki\r\n0\r\nT: 1\r\n\r\n",
                 b"GET / HTTP/1.1\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n"]
    for request in requests:
        write(out, "framing", request)
        write(out, "framing", request[: len(request) // 2])
    for target in sorted(os.listdir(out)):
        print(f"seeds: {target}: {len(os.listdir(out / target))}")


if __name__ == "__main__":
    main()
