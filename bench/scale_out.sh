#!/usr/bin/env bash
# bench/scale_out.sh BUILD_DIR CORPUS WORK [SHARDS] [ROUNDS]: index CORPUS into one
# database and into SHARDS shards (default 4), serve the shards with xapian-tcpsrv
# on 127.0.0.1, and measure query latency with facets and snippets
# (lanyard_query_bench) on one database, the local shards and the remote shards.
# Prints index time, peak RSS, disk size and the latency lines. Use a Release
# build; the numbers are only as quiet as the machine (docs/scale-out.md).
set -euo pipefail
build=$1 corpus=$2 work=$3 shards=${4:-4} rounds=${5:-3}
lanyard=$build/app/lanyard bench=$build/bench/lanyard_query_bench
mkdir -p "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null || true; done
}
trap cleanup EXIT

index() {  # NAME ARGS...
  local name=$1; shift
  [ -e "$work/$name" ] && { echo "$name: exists, not re-indexed"; return; }
  /usr/bin/time -f "%e s wall, %M KiB peak RSS" -o "$work/$name.time" \
    "$lanyard" index --json --db "$work/$name" "$@" "$corpus" > "$work/$name.json" 2> "$work/$name.err"
  echo "$name: $(cat "$work/$name.time"), $(du -sh "$work/$name" | cut -f1) on disk, $(cat "$work/$name.json")"
}
index one
index sharded --shards "$shards"

stub=$work/cluster.stub
echo "auto $work/sharded/lexicon" > "$stub"
for i in $(seq 0 $((shards - 1))); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$work/sharded/shard-$(printf %02d "$i")" &
  pids+=($!)
  echo "remote 127.0.0.1:$port timeout=10000" >> "$stub"
done
sleep 1
for db in "$work/one" "$work/sharded" "$stub"; do
  echo "== $db"
  "$bench" "$db" "$rounds"
done
