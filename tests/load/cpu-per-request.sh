#!/usr/bin/env bash
# Server CPU time per request of the search mix and of the static style sheet, for comparing two
# versions of the site alternately on a noisy machine (docs/performance.md, rounds 5 and 6). Start
# it for each version in turn, each from its own published folder:
#
#   dotnet publish src/TraumaGids.Web -c Release -p:PublishReadyToRun=true -p:UseAppHost=false -o /tmp/new
#   tests/load/cpu-per-request.sh /tmp/new new [content folder] [seconds]
#
# The content folder defaults to the example content. Prints requests/s and CPU µs per request
# (user + system time of the server from /proc/<pid>/stat over the run, divided by the requests).
set -euo pipefail
cd "$(dirname "$0")/../.."
published="$(realpath "$1")"; label="$2"; content="$(realpath "${3:-content}")"; seconds="${4:-8}"
port="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"  # a free port: a fixed one could be another session's site
base="http://127.0.0.1:$port"
mix="$PWD/tests/load/zoeken-mix.lua"
command -v wrk >/dev/null || { echo "wrk is missing: tests/load/zoeken.sh installs it" >&2; exit 1; }
gen0size=$(sed -n 's/^ENV DOTNET_GCgen0size=//p' Dockerfile)
(cd "$published" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$content" RateLimits__Enabled=false \
  DOTNET_GCgen0size="$gen0size" exec dotnet TraumaGids.Web.dll --urls "$base") >/tmp/traumagids-cpu.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fs "$base/health" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { echo "the site did not start: /tmp/traumagids-cpu.log" >&2; exit 1; }
  sleep 0.1
done
css=$(curl -fs "$base/" | grep -o '/css/site[^"]*\.css' | head -1)
wrk -t1 -c16 -d25s -s "$mix" "$base" >/dev/null
wrk -t1 -c4 -d2s "$base$css" >/dev/null
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks_per_s=$(getconf CLK_TCK)
for target in mix static; do
  before=$(cpu_ticks)
  if [ "$target" = mix ]; then out=$(wrk -t1 -c16 -d"${seconds}s" -s "$mix" "$base"); else out=$(wrk -t1 -c16 -d"${seconds}s" "$base$css"); fi
  after=$(cpu_ticks)
  if echo "$out" | grep -q "Non-2xx or 3xx responses"; then echo "$target answered with errors" >&2; exit 1; fi
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$label $target requests_per_s $(echo "$out" | awk '/Requests\/sec/ {print $2}') cpu_us_per_request $(( (after - before) * 1000000 / ticks_per_s / requests ))"
done
