#!/usr/bin/env bash
# Runs a command with the project's Node first on PATH (fetching it when the system one is too old).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
exec "$@"
