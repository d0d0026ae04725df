#!/usr/bin/env bash
# Runs the test projects with the wall clock moved ahead (400 days by default): no test may depend on today's date.
# Each project's xunit executable runs under libfaketime (Debian package faketime) with the monotonic clock left
# alone, so timeouts and delays still measure real time. Left out: tests/Efactura.EndToEnd.Tests (many times slower
# under faketime) and the browser-driven tests (trait Category=Browser; Chromium under faketime runs no page scripts).
#
#   tools/faketime-check.sh                 # build, then run every project 400 days ahead
#   tools/faketime-check.sh --no-build Cli  # only Efactura.Cli.Tests, as built
#   FAKETIME_OFFSET=+800d tools/faketime-check.sh
#
# Exit code 0 when every project passes, 1 otherwise; a summary with each project's time closes the run.
set -uo pipefail
cd "$(dirname "$0")/.."

offset="${FAKETIME_OFFSET:-+400d}"
build=1
projects=()
for argument in "$@"; do
  case "$argument" in
    --no-build) build=0 ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) projects+=("$argument") ;;
  esac
done
[ ${#projects[@]} -gt 0 ] || projects=(Core Ubl Validation Anaf Simulator Cli Server Pdf Conformance)
command -v faketime >/dev/null || { echo "faketime-check: faketime is missing (apt-get install faketime)" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
status=0
summary=()
started=$SECONDS
for name in "${projects[@]}"; do
  project="tests/Efactura.$name.Tests"
  executable="$project/bin/Debug/net10.0/Efactura.$name.Tests"
  if [ $build -eq 1 ] && ! dotnet build "$project" -v quiet -nologo >/dev/null; then
    echo "faketime-check: $project does not build" >&2; summary+=("$name: BUILD FAILED"); status=1; continue
  fi
  [ -x "$executable" ] || { echo "faketime-check: $executable is missing (build first)" >&2; summary+=("$name: MISSING"); status=1; continue; }
  echo "== Efactura.$name.Tests, clock $offset ($(FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$offset" date -u +%F))"
  project_start=$SECONDS
  # The executable finds the repository from its own folder; run it from there as 'dotnet test' does.
  if (cd "$(dirname "$executable")" && FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$offset" \
        "./Efactura.$name.Tests" -noLogo -noColor -trait- "Category=Browser"); then
    summary+=("$name: passed in $((SECONDS - project_start)) s")
  else
    summary+=("$name: FAILED in $((SECONDS - project_start)) s"); status=1
  fi
done
echo "== faketime-check ($offset): ${summary[*]/%/;} total $((SECONDS - started)) s"
exit $status
