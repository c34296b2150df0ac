# Sourced by the tests/reliability/ scripts: a Release `lanyard` (built unless
# LANYARD is set), the pyvideo talks in /tmp/pv (extracted from
# ../shared/corpora when missing), and helpers. Not executable on its own.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PV=${PV:-/tmp/pv}
if [ -z "${LANYARD:-}" ]; then
  [ -f /work/env.sh ] && source /work/env.sh
  cmake -S "$ROOT" -B "$ROOT/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLANYARD_BUILD_TESTS=OFF -DLANYARD_WERROR=ON >/dev/null
  cmake --build "$ROOT/build/release" -j 2 --target lanyard >/dev/null
  LANYARD=$ROOT/build/release/app/lanyard
fi
if [ ! -d "$PV/_talks" ]; then
  tarball=${LANYARD_SHARED:-$ROOT/../shared}/corpora/pyvideo-talks.tar.gz
  [ -f "$tarball" ] || { echo "SKIPPED: $tarball not found and $PV missing"; exit 0; }
  mkdir -p "$PV" && tar -xzf "$tarball" -C "$PV"
fi

# Documents in an index, from xapian-delve.
doc_count() { xapian-delve "$1" 2>/dev/null | sed -n 's/^number of documents = //p'; }

# A lanyard.yml that indexes every other pyvideo event folder (about half).
write_half_config() {
  local i=0
  printf 'include:\n' > "$1"
  while read -r d; do
    if [ $((i++ % 2)) -eq 0 ]; then printf '  - "_talks/%s/**"\n' "$d" >> "$1"; fi
  done < <(find "$PV/_talks" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
}

# Waits until `lanyard serve` answers /healthz on PORT (10 s at most).
wait_for_server() {
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "FAIL: the server did not start on port $1"; return 1
}
