#!/usr/bin/env bash
# Runs every check and test of TraumaGids on a fresh machine that has only the .NET SDK:
# installs Debian's Chromium for the browser tests when it is missing, checks the example content,
# then runs unit, integration and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${TRAUMAGIDS_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium package for the browser tests."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
    || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y --no-install-recommends chromium >/dev/null; }
  echo "Installed: $("$chromium_path" --version 2>/dev/null || echo "chromium")"
fi

echo "== Build"
dotnet build TraumaGids.sln --configuration Release

echo "== Content check (content/)"
dotnet run --project src/TraumaGids.ContentCheck --configuration Release --no-build -- content

echo "== Tests"
dotnet test TraumaGids.sln --configuration Release --no-build "$@"
