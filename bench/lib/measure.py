"""Measurements of bench/run: indexing, in-process queries, HTTP load.

Each function returns a dict of metric -> (value, unit); bench/run turns them
into JSON lines. Programs come from a Lanyard build folder (Release for real
numbers); nothing here prints except progress on stderr.
"""

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

MD_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def load_average():
    with open("/proc/loadavg") as fh:
        return [float(x) for x in fh.read().split()[:3]]


def pct(xs, p):
    """Linear-interpolated percentile, as the peers harness computes it."""
    if not xs:
        return None
    s = sorted(xs)
    k = (len(s) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def dir_bytes(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def markdown_files(root):
    """(count, bytes, a sorted sample path) of the Markdown files under root."""
    n, size, first = 0, 0, None
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith("."))
        for f in sorted(files):
            if f.endswith(MD_SUFFIXES):
                p = os.path.join(d, f)
                n += 1
                size += os.lstat(p).st_size
                if first is None and "_drafts" not in p:
                    first = p
    return n, size, first


def timed(argv, stdout=None):
    """Runs argv under GNU time -v: (wall s, peak RSS MiB, user+sys s, stdout text)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.monotonic()
        out = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name] + argv, check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
        wall = time.monotonic() - t0
        rss_kb, cpu = 0, 0.0
        for line in tf.read().splitlines():
            key, _, val = line.strip().rpartition(": ")
            if key == "Maximum resident set size (kbytes)":
                rss_kb = int(val)
            elif key in ("User time (seconds)", "System time (seconds)"):
                cpu += float(val)
    return wall, rss_kb / 1024, cpu, out


def linked_copy(src, dst):
    """A copy of src whose files are hard links (cheap; editing one means replacing
    it, which leaves src untouched); a real copy across file systems."""
    shutil.rmtree(dst, ignore_errors=True)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if subprocess.run(["cp", "-al", src, dst], stderr=subprocess.DEVNULL).returncode != 0:
        shutil.rmtree(dst, ignore_errors=True)
        subprocess.run(["cp", "-r", src, dst], check=True)


def edit_file(path):
    """Appends a paragraph to path by writing a new file (breaks a hard link)."""
    with open(path, "rb") as fh:
        data = fh.read()
    os.unlink(path)
    with open(path, "wb") as fh:
        fh.write(data + b"\n\nEdited by the benchmark: incremental re-index.\n")


def indexing(build, tree, work, floor=True):
    """lanyard index from scratch, unchanged, one file changed; the floor indexer (unless not floor)."""
    import json
    lanyard = os.path.join(build, "app", "lanyard")
    db = os.path.join(work, "db")
    shutil.rmtree(db, ignore_errors=True)
    nfiles, nbytes, sample = markdown_files(tree)
    wall, rss, cpu, out = timed([lanyard, "index", "--db", db, "--json", tree])
    report = json.loads(out)
    docs = report["documents"]
    m = {"index_wall_s": (wall, "s"), "index_cpu_s": (cpu, "s"), "index_peak_rss_mib": (rss, "MiB"),
         "index_docs": (docs, "docs"), "index_files": (nfiles, "files"), "source_bytes": (nbytes, "bytes"),
         "index_docs_per_s": (docs / wall, "docs/s"), "index_mb_per_s": (nbytes / 1e6 / wall, "MB/s"),
         "index_bytes": (dir_bytes(db), "bytes")}
    wall2, _, cpu2, _ = timed([lanyard, "index", "--db", db, "--json", tree])
    m["reindex_unchanged_s"] = (wall2, "s")
    m["reindex_unchanged_cpu_s"] = (cpu2, "s")
    edit_file(sample)
    wall3, rss3, cpu3, out3 = timed([lanyard, "index", "--db", db, "--json", tree])
    third = json.loads(out3)
    m["reindex_one_changed_s"] = (wall3, "s")
    m["reindex_one_changed_cpu_s"] = (cpu3, "s")
    m["reindex_one_changed_updated"] = (third["updated"], "docs")
    m["reindex_one_changed_peak_rss_mib"] = (rss3, "MiB")
    if not floor:
        return db, m
    floor_db = os.path.join(work, "floor-db")
    fwall, frss, fcpu, fout = timed([os.path.join(build, "bench", "lanyard_floor_index"), tree, floor_db])
    m.update({"floor_index_wall_s": (fwall, "s"), "floor_index_cpu_s": (fcpu, "s"),
              "floor_index_peak_rss_mib": (frss, "MiB"), "floor_index_docs": (json.loads(fout)["docs"], "docs"),
              "floor_index_bytes": (dir_bytes(floor_db), "bytes")})
    shutil.rmtree(floor_db, ignore_errors=True)
    return db, m


def protocol_runs(build, db, queries, rounds, floor=False):
    """Per-query records of lanyard_protocol_query (rounds x queries)."""
    import json
    argv = [os.path.join(build, "bench", "lanyard_protocol_query"), "--rounds", str(rounds), db, queries]
    if floor:
        argv.insert(1, "--floor")
    out = subprocess.run(argv, check=True, stdout=subprocess.PIPE, text=True).stdout
    recs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return recs[0]["meta"], [r for r in recs[1:] if "i" in r]


def queries_in_process(build, db, queries, rounds):
    """Latency of Lanyard (facets + snippets) and of the bare-Enquire floor."""
    m = {}
    for name, floor in (("query", False), ("floor_query", True)):
        meta, qs = protocol_runs(build, db, queries, rounds, floor)
        ms = [q["ms"] for q in qs]
        cpu = [q["cpu_ms"] for q in qs]
        for p in (50, 95, 99):
            m["%s_p%d_ms" % (name, p)] = (pct(ms, p), "ms")
            m["%s_cpu_p%d_ms" % (name, p)] = (pct(cpu, p), "ms")
        m[name + "_mean_ms"] = (statistics.fmean(ms), "ms")
        m[name + "_load_ms"] = (meta["load_ms"], "ms")
        last = [q for q in qs if q.get("round", 0) == rounds - 1]
        m[name + "_hits_sum"] = (sum(q["hits"] for q in last), "hits")
        m[name + "_zero_hit_queries"] = (sum(1 for q in last if not q["hits"]), "queries")
        m[name + "_unsupported_filters"] = (sum(1 for q in last if q.get("unsupported_filters")), "queries")
        m[name + "_errors"] = (sum(1 for q in last if "error" in q), "queries")
    return m


def throughput_in_process(build, db, queries, rounds, procs):
    """Queries/s of procs concurrent warm processes (sum of 1000 / mean ms)."""
    argv = [os.path.join(build, "bench", "lanyard_protocol_query"), "--rounds", str(rounds), db, queries]
    running = [subprocess.Popen(argv, stdout=subprocess.PIPE, text=True) for _ in range(procs)]
    qps = 0.0
    import json
    for p in running:
        out, _ = p.communicate()
        ms = [json.loads(line)["ms"] for line in out.splitlines()[1:] if line.strip()]
        qps += 1000.0 * len(ms) / sum(ms)
    return {"inproc_qps_%dproc" % procs: (qps, "queries/s")}
