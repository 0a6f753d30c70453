#!/bin/sh
# Rewrites the `planc respond` goldens from the current build: tests/respond/regen.sh [PLANC [NAME...]]
set -eu
cd "$(dirname "$0")/../.."
planc=${1:-build/planc}
[ $# -gt 0 ] && shift
exec sh tests/respond/run.sh regen "$planc" "$@"
