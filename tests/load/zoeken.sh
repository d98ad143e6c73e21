#!/usr/bin/env bash
# HTTP load on the search pages, measured side by side with a static file of the same app, with wrk
# (Debian's package; installed when missing). See docs/performance.md for the figures.
#
#   tests/load/zoeken.sh [practitioners] [rounds] [seconds]
#
# practitioners: 0 (default) uses the example content; N generates N synthetic practitioners first.
set -euo pipefail
cd "$(dirname "$0")/../.."
practitioners="${1:-0}"
rounds="${2:-3}"
seconds="${3:-10}"
port="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"  # a free port: a fixed one could be another session's site
base="http://127.0.0.1:$port"

# A fresh machine has no package lists yet: update them when the first try fails.
sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
command -v wrk >/dev/null || { echo "Installing wrk"; $sudo_cmd apt-get install -y wrk >/dev/null 2>&1 \
  || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y wrk >/dev/null; }; }

dotnet build src/TraumaGids.Web --configuration Release >/dev/null
# Also published as the Dockerfile does (ReadyToRun), for the start-up time as deployed.
case "$(uname -m)" in aarch64|arm64) arch=arm64 ;; *) arch=x64 ;; esac
published="$(mktemp -d)/publish"
dotnet publish src/TraumaGids.Web --configuration Release --arch "$arch" --self-contained false \
  -p:PublishReadyToRun=true -p:UseAppHost=false --output "$published" >/dev/null
content="$PWD/content"
if [ "$practitioners" -gt 0 ]; then
  content="$(mktemp -d)/content-$practitioners"
  dotnet run --configuration Release --project tests/TraumaGids.Benchmarks -- generate "$practitioners" "$content"
fi

# Start the app from a folder (its content root, where appsettings.json is found) in Production
# mode, wait for its first answer and print how long that took. Rate limits off: all load comes
# from one address, which the limits would (rightly) answer with 429.
# The GC setting of the Dockerfile applies too (an environment variable there, read from its ENV line).
gen0size=$(sed -n 's/^ENV DOTNET_GCgen0size=//p' Dockerfile)
start() {
  local started; started=$(date +%s%N)
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$content" RateLimits__Enabled=false DOTNET_GCgen0size="$gen0size" \
    exec dotnet TraumaGids.Web.dll --urls "$base") >/tmp/traumagids-load.log 2>&1 &
  server=$!
  until curl -fs "$base/health" >/dev/null 2>&1; do sleep 0.05; done
  echo "start-up to first response, $2: $(( ($(date +%s%N) - started) / 1000000 )) ms ($(grep -o 'read in [0-9]* ms, indexed in [0-9]* ms' /tmp/traumagids-load.log))"
}
trap 'kill $server 2>/dev/null || true' EXIT
# The load runs against the published app, as deployed. (Until 2026-11-29 it ran against the build
# folder, whose static file turned out to be an empty answer in Production mode: see docs/performance.md.)
start "$published" "published (ReadyToRun, as in the Dockerfile)"

static_path=$(curl -fs "$base/" | grep -o '/css/site[^"]*\.css' | head -1)
# The yardstick must be the real file: check that the whole style sheet comes back.
static_bytes=$(curl -fs "$base$static_path" | wc -c)
if [ "$static_bytes" -ne "$(wc -c < src/TraumaGids.Web/wwwroot/css/site.css)" ]; then
  echo "the static file $static_path came back with $static_bytes bytes, not the whole style sheet" >&2; exit 1
fi
mix="$PWD/tests/load/zoeken-mix.lua"

# Warm up before measuring, 30 s by default (warmup=N to change): under full load, tiered JIT took
# about 40 s to finish compiling the hot paths, and a 3 s warm-up measured partly unoptimised code.
wrk -t1 -c16 -d"${warmup:-30}s" -s "$mix" "$base" >/dev/null
wrk -t1 -c4 -d2s "$base$static_path" >/dev/null

# connections=1: one request at a time, so latency is the server time of a request (plus loopback).
# connections=16: throughput, with the static file of the same app measured alternately as the yardstick.
# Server CPU time (user + system, /proc/<pid>/stat) per request served: steadier than requests/s on
# a noisy machine, where wrk and other load share the cores (docs/performance.md, round 4).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks_per_s=$(getconf CLK_TCK)
echo "connections,target,round,requests_per_s,p50,p99,server_cpu_us_per_request"
for round in $(seq 1 "$rounds"); do
  for connections in 1 16; do
    for target in mix static; do
      ticks_before=$(cpu_ticks)
      if [ "$target" = mix ]; then
        out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$mix" "$base")
      else
        out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "$base$static_path")
      fi
      # Only measure real pages: any error or 429 answer makes the figures meaningless.
      if echo "$out" | grep -q "Non-2xx or 3xx responses"; then
        echo "$target answered with errors:" >&2; echo "$out" >&2; exit 1
      fi
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p50=$(echo "$out" | awk '$1=="50%" {print $2}')
      p99=$(echo "$out" | awk '$1=="99%" {print $2}')
      requests=$(echo "$out" | awk '/requests in/ {print $1}')
      cpu_us=$(( ($(cpu_ticks) - ticks_before) * 1000000 / ticks_per_s / requests ))
      echo "$connections,$target,$round,$rps,$p50,$p99,$cpu_us"
    done
  done
done
echo "working set after the load: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$server/status)"
