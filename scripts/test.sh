#!/usr/bin/env bash
# Installs what is missing, starts a private journald namespace for the journald
# tests, and runs the whole test suite. `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

swift build --build-tests

# Tests that talk to journald start their own private namespace (as root); this one
# is started right before the run for tests that only need a socket to exist.
# journald leaves a namespace that has been idle for ~30 s, so it starts after the build.
namespace=veil-test-$$
if [ "$(id -u)" = 0 ] && [ -x /lib/systemd/systemd-journald ]; then
  /lib/systemd/systemd-journald "$namespace" >/dev/null 2>&1 &
  journald_pid=$!
  trap 'kill $journald_pid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -S "/run/systemd/journal.$namespace/socket" ] && break; sleep 0.1; done
  export VEIL_TEST_JOURNAL_NAMESPACE=$namespace
  echo "test: journald namespace $namespace at /run/systemd/journal.$namespace/socket" >&2
else
  echo "test: WARNING not root: journald tests will be skipped" >&2
fi

swift test --skip-build "$@"

# Hostile-input checks (CI, or on request): a short libFuzzer run of every fuzz target
# (Fuzz/ci.sh; a separate sanitizer build) and the differential leak check against
# Faker/PyJWT (Tests/leakcheck; a release build, a venv from PyPI). Either fails the run.
if [ "${CI:-}" = true ] || [ "${VEIL_FUZZ:-}" = 1 ]; then
  bash Fuzz/ci.sh
fi
if [ "${CI:-}" = true ] || [ "${VEIL_LEAKCHECK:-}" = 1 ]; then
  swift build -c release --product veil
  python3 Tests/leakcheck/leakcheck.py --lines "${VEIL_LEAKCHECK_LINES:-100000}"
fi
