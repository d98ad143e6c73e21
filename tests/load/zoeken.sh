#!/usr/bin/env bash
# HTTP load on /zoeken, side by side with a static file of the same app, with wrk (Debian's package).
# Usage: tests/load/zoeken.sh [rounds] [seconds]   -- see docs/performance.md for the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
seconds="${2:-10}"
port=5099
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "Installing wrk"; apt-get install -y wrk >/dev/null 2>&1 || sudo apt-get install -y wrk >/dev/null; }

dotnet build src/TraumaGids.Web --configuration Release >/dev/null
ASPNETCORE_ENVIRONMENT=Production Content__Path="$PWD/content" \
  dotnet src/TraumaGids.Web/bin/Release/net10.0/TraumaGids.Web.dll --urls "$base" >/tmp/traumagids-load.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.1; done

static_path=$(curl -fs "$base/" | grep -o '/css/site[^"]*\.css' | head -1)
targets=("/zoeken?q=emdr" "/zoeken?q=mijn+kind+slaapt+slecht+na+ruzie+thuis&gemeente=hilversum" "$static_path")

# Warm up (JIT, caches) before measuring.
for t in "${targets[@]}"; do wrk -t1 -c4 -d2s "$base$t" >/dev/null; done

# connections=1: one request at a time, so latency is the server time of a request (plus loopback).
# connections=16: throughput, with the static file of the same app measured alternately as the yardstick.
echo "connections,target,round,requests_per_s,p50,p99"
for round in $(seq 1 "$rounds"); do
  for connections in 1 16; do
    for t in "${targets[@]}"; do
      out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "$base$t")
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p50=$(echo "$out" | awk '$1=="50%" {print $2}')
      p99=$(echo "$out" | awk '$1=="99%" {print $2}')
      echo "$connections,$t,$round,$rps,$p50,$p99"
    done
  done
done
