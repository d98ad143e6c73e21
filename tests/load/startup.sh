#!/usr/bin/env bash
# Start-up to first answer of a published site (as deployed: ReadyToRun, Production, the Dockerfile's
# GC setting), on a content directory: starts it, waits for the first search page, stops it; N times.
# Compare two versions by passing their published folders alternately. See docs/performance.md.
#
#   [PORT=<port>] tests/load/startup.sh <published folder> <content folder> [runs] [label]
#
# Without PORT a free port is taken: a fixed one could be another session's site, which would then be measured.
#
# The stored start-up index (Search:IndexCache), set by INDEX_CACHE:
#   cold  a fresh folder, emptied before every start: the index is written (and stored after the answer)
#   warm  a fresh folder, filled by one start first (not counted, it waits until the index is stored):
#         every counted start opens the stored index
#   off   no folder: the index is written, nothing stored (also what a version without the store does)
#   unset the published app's own setting
#
# Publish as the Dockerfile does:
#   dotnet publish src/TraumaGids.Web -c Release --arch x64 --self-contained false \
#     -p:PublishReadyToRun=true -p:UseAppHost=false --output <published folder>
set -euo pipefail
published="$(cd "$1" && pwd)"
content="$(cd "$2" && pwd)"
runs="${3:-3}"
label="${4:-$published}"
port="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
base="http://127.0.0.1:$port"
gen0size=$(sed -n 's/^ENV DOTNET_GCgen0size=//p' "$(dirname "$0")/../../Dockerfile")
log=$(mktemp)
mode="${INDEX_CACHE:-}"
cache=""
case "$mode" in
  cold|warm) cache=$(mktemp -d); export Search__IndexCache="$cache" ;;
  off) export Search__IndexCache="" ;;
  "") ;;
  *) echo "INDEX_CACHE is cold, warm or off" >&2; exit 2 ;;
esac

start() {
  (cd "$published" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$content" RateLimits__Enabled=false DOTNET_GCgen0size="$gen0size" \
    exec dotnet TraumaGids.Web.dll --urls "$base") >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$base/zoeken?q=emdr"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.02
  done
}

if [ "$mode" = warm ]; then
  start
  # The index is stored after the first answer, in the background: wait for it (at most two minutes).
  for _ in $(seq 1 1200); do grep -q 'Search index stored in' "$log" && break; sleep 0.1; done
  grep -q 'Search index stored in' "$log" || { echo "the index was not stored:"; cat "$log"; kill "$pid"; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
fi

for run in $(seq 1 "$runs"); do
  if [ "$mode" = cold ]; then
    rm -rf "${cache:?}"/* "$cache"/.[!.]*
  fi
  started=$(date +%s%N)
  start
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  # The process's CPU time (user + system) until then: steadier than the wall clock on a shared machine.
  cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$pid/stat")
  echo "$label run $run: first search answered after $elapsed ms, process CPU $cpu ms, load $(cut -d' ' -f1 /proc/loadavg) ($(grep -o 'read in [0-9]* ms, indexed in [0-9]* ms[^"]*' "$log" | head -1))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -f "$log"
if [ -n "$cache" ]; then rm -rf "$cache"; fi
