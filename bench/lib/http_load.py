"""HTTP load of `lanyard serve` with wrk: a Lua script cycles through the query
file's requests (as /api/search URLs from lanyard_protocol_query --urls) at
each connection count; throughput, latency, errors and the server's memory.
The server runs with its result cache off (--cache-mb 0) unless asked: the
comparison with the in-process searches is of searches; with the cache on the
query file's repeated requests are mostly answered from memory."""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

LUA = r"""
local urls = {}
for line in io.lines("%(urls)s") do urls[#urls + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", urls[(i %% #urls) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT {\"rps\": %%.2f, \"p50_ms\": %%.3f, \"p99_ms\": %%.3f, \"requests\": %%d, \"non2xx\": %%d, \"socket_errors\": %%d}\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid):
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return None


def wait_healthy(url, proc, seconds=60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError("lanyard serve exited with %s" % proc.returncode)
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("lanyard serve did not answer /healthz")


def http_load(build, db, queries, seconds, connections=(1, 8, 32), threads=None, cache_mb=0):
    """Metrics: PREFIX_c{N}_{rps,p50_ms,p99_ms,errors}, server RSS before and after; PREFIX is
    http, or http_cache with cache_mb > 0 (the server's --cache-mb; 0 = cache off). With the
    cache off also http_ceiling_qps: lanyard_query_throughput over the same URLs on the
    server's thread count, wall-clock, the in-process figure the c32 throughput is held to."""
    if not shutil.which("wrk"):
        return None
    threads = threads or os.cpu_count()
    prefix = "http_cache" if cache_mb > 0 else "http"
    m = {}
    with tempfile.TemporaryDirectory() as tmp:
        urls = os.path.join(tmp, "urls.txt")
        with open(urls, "w") as fh:
            subprocess.run([os.path.join(build, "bench", "lanyard_protocol_query"), "--urls", db, queries],
                           check=True, stdout=fh)
        lua = os.path.join(tmp, "queries.lua")
        with open(lua, "w") as fh:
            fh.write(LUA % {"urls": urls})
        if cache_mb == 0:
            # The ceiling: the search library on as many threads as the server has
            # workers, over the same requests, wall-clock (no HTTP, no JSON).
            out = subprocess.run([os.path.join(build, "bench", "lanyard_query_throughput"), db, urls, str(threads),
                                  str(seconds)], check=True, stdout=subprocess.PIPE, text=True).stdout
            line = next(x for x in out.splitlines() if x.startswith("RESULT "))
            fields = dict(f.split("=", 1) for f in line.split()[1:])
            m["http_ceiling_qps"] = (float(fields["qps"]), "queries/s")
        port = free_port()
        web = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "web")
        server = subprocess.Popen([os.path.join(build, "app", "lanyard"), "serve", "--db", db, "--listen",
                                   "127.0.0.1:%d" % port, "--threads", str(threads), "--web", web,
                                   "--cache-mb", str(cache_mb)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = "http://127.0.0.1:%d" % port
            wait_healthy(base, server)
            m[prefix + "_server_threads"] = (threads, "threads")
            m[prefix + "_rss_start_mib"] = (rss_mib(server.pid), "MiB")
            for c in connections:
                t = max(1, min(c, threads))
                out = subprocess.run(["wrk", "-t%d" % t, "-c%d" % c, "-d%ds" % seconds, "--latency", "-s", lua, base],
                                     check=True, stdout=subprocess.PIPE, text=True).stdout
                line = next(x for x in out.splitlines() if x.startswith("RESULT "))
                r = json.loads(line[len("RESULT "):])
                m[prefix + "_c%d_rps" % c] = (r["rps"], "requests/s")
                m[prefix + "_c%d_p50_ms" % c] = (r["p50_ms"], "ms")
                m[prefix + "_c%d_p99_ms" % c] = (r["p99_ms"], "ms")
                m[prefix + "_c%d_errors" % c] = (r["non2xx"] + r["socket_errors"], "requests")
                m[prefix + "_c%d_non2xx" % c] = (r["non2xx"], "requests")  # 429 when the queue is full
                m[prefix + "_c%d_socket_errors" % c] = (r["socket_errors"], "requests")  # wrk's 2 s timeout
                m[prefix + "_c%d_requests" % c] = (r["requests"], "requests")
            m[prefix + "_rss_end_mib"] = (rss_mib(server.pid), "MiB")
        finally:
            server.terminate()
            server.wait()
    return m
