#!/usr/bin/env bash
# Runs every test of DeptBudget. As root on Debian it first installs what the tests use:
# LibreOffice, a second tool that opens the xlsx files we write and makes the .docx and PDF documents the
# document readers are tested on, with Chinese fonts for them.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} …"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]} (run as root to install them, or install them yourself)." >&2
  fi
fi

dotnet format DeptBudget.slnx --verify-no-changes
log=$(mktemp)
status=0
dotnet test DeptBudget.slnx --nologo 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
