#!/usr/bin/env bash
# Validates the rendered HTML with html-validate (the "recommended" rules): the golden seed rendering in samples/ and
# the golden renderings the tests compare byte for byte (the review view among them), so that what is validated is
# exactly what the renderer writes, and the page of the review desk (perftargets serve). Exits non-zero on any error.
# html-validate is installed with npm into .ci/.html-validate/ (git-ignored); version 10 is the newest that runs on
# Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=.ci/.html-validate
version=10.17.0
if [ ! -x "$tools/node_modules/.bin/html-validate" ] || [ "$("$tools/node_modules/.bin/html-validate" --version)" != "html-validate-$version" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --no-save --silent "html-validate@$version"
fi

printf '{ "extends": ["html-validate:recommended"] }\n' > "$tools/config.json"

shopt -s nullglob
files=(samples/*.html tests/PerformanceTargets.Tests/TestData/Rendering/*.html tests/PerformanceTargets.Tests/TestData/Report/*.html src/PerformanceTargets.Server/Desk/desk.html)
if [ "${#files[@]}" -eq 0 ]; then
  echo "html-validate: no HTML files found" >&2
  exit 1
fi

echo "html-validate $version: ${files[*]}"
"$tools/node_modules/.bin/html-validate" --config "$tools/config.json" --max-warnings 0 "${files[@]}"
echo "html-validate: ${#files[@]} files, no errors"
