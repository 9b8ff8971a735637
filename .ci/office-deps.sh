#!/usr/bin/env bash
# Installs what the LibreOffice tests need (tests/PerformanceTargets.Tests/Rendering/Office/LibreOfficeTests.cs):
# LibreOffice Writer without a GUI to convert the exported .docx to PDF, the Noto CJK fonts for its Chinese text, and
# poppler's pdftotext to read the PDF back. Only when soffice is missing.
set -euo pipefail

if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  echo "soffice: $(soffice --version 2>/dev/null | head -n 1 || echo present)"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "office-deps: not root and no sudo: install libreoffice-writer-nogui fonts-noto-cjk poppler-utils yourself" >&2; exit 1; }
  sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils
soffice --version 2>/dev/null || true
command -v soffice >/dev/null 2>&1
