#!/bin/sh
# Rewrites the golden files from the current build: tests/golden/regen.sh [PLANC]
set -eu
cd "$(dirname "$0")/../.."
exec sh tests/golden/run.sh regen "${1:-build/planc}"
