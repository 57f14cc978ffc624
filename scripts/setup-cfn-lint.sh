#!/usr/bin/env bash
# Makes the pinned cfn-lint available to `npm run verify`.
# Order: the one on PATH if it is the pinned version; else the project's .venv;
# else install the pinned version into .venv with pip. If none of that works,
# print one line that says how to install it, and fail.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n "s/^export const CFN_LINT_VERSION = '\(.*\)';/\1/p" scripts/verify/toolVersions.ts)

have() { "$1" --version 2>/dev/null | grep -q "cfn-lint ${version}$"; }

if command -v cfn-lint >/dev/null 2>&1 && have cfn-lint; then
  echo "cfn-lint ${version}: found on PATH ($(command -v cfn-lint))"
  exit 0
fi
if [ -x .venv/bin/cfn-lint ] && have .venv/bin/cfn-lint; then
  echo "cfn-lint ${version}: found in .venv"
  exit 0
fi

python=$(command -v python3 || true)
if [ -z "$python" ]; then
  echo "cfn-lint ${version} is required and python3 is missing: install Python 3.9+ (apt-get install python3 python3-venv), then run npm run setup:cfn-lint" >&2
  exit 1
fi
echo "cfn-lint ${version}: installing into .venv with pip ..."
if "$python" -m venv .venv >/dev/null 2>&1 && .venv/bin/pip install --quiet --disable-pip-version-check "cfn-lint==${version}" >/dev/null 2>&1 && have .venv/bin/cfn-lint; then
  echo "cfn-lint ${version}: installed in .venv"
  exit 0
fi
rm -rf .venv
echo "cfn-lint ${version} could not be installed here (no access to the Python package index?): install it with 'pipx install cfn-lint==${version}' or 'pip install cfn-lint==${version}' and run npm test again" >&2
exit 1
