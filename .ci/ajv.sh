#!/usr/bin/env bash
# Checks the exchange-format schema with a second, independent validator: ajv (JavaScript), in strict mode.
#   1. compiles schema/performance-targets.schema.json as JSON Schema draft-07;
#   2. validates every samples/*.json against it;
#   3. checks that ajv rejects tests/PerformanceTargets.Tests/TestData/Schema/invalid-document.json, which proves
#      the validator is live and not accepting everything.
# ajv-cli and ajv-formats are installed with npm into .ci/node_modules-ajv (git-ignored), not into the repository.
# Usage, from the repository root: .ci/ajv.sh        Exit status: 0 when every check passes, non-zero otherwise.
set -euo pipefail

AJV_CLI_VERSION=5.0.0
AJV_FORMATS_VERSION=3.0.1
TOOLS=.ci/node_modules-ajv
SCHEMA=schema/performance-targets.schema.json
INVALID=tests/PerformanceTargets.Tests/TestData/Schema/invalid-document.json

if [[ ! -f PerformanceTargets.sln || ! -f "$SCHEMA" ]]; then
  echo "ajv.sh: run me from the repository root (the folder with PerformanceTargets.sln)." >&2
  exit 2
fi

installed_version() {
  local file="$TOOLS/node_modules/$1/package.json"
  if [[ -f "$file" ]]; then node -p "require('./$file').version"; else echo none; fi
}

if [[ "$(installed_version ajv-cli)" != "$AJV_CLI_VERSION" || "$(installed_version ajv-formats)" != "$AJV_FORMATS_VERSION" ]]; then
  echo "== Installing ajv-cli@$AJV_CLI_VERSION and ajv-formats@$AJV_FORMATS_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --no-audit --no-fund --loglevel=error --prefix "$TOOLS" \
    "ajv-cli@$AJV_CLI_VERSION" "ajv-formats@$AJV_FORMATS_VERSION"
fi

AJV="$TOOLS/node_modules/.bin/ajv"
# Strict mode, nothing relaxed: unknown keywords, ignored keywords and union types are errors. The schema's
# nullable types such as ["string", "null"] are the one union strict mode allows, so --allow-union-types is not needed.
OPTIONS=(--spec=draft7 -c ajv-formats --strict=true)
failures=0

echo "== ajv-cli $(installed_version ajv-cli), ajv $(installed_version ajv), ajv-formats $(installed_version ajv-formats); options: ${OPTIONS[*]}"

echo "== 1. Compiling $SCHEMA"
if "$AJV" compile -s "$SCHEMA" "${OPTIONS[@]}"; then
  echo "   ok: the schema compiles in strict mode"
else
  echo "   FAILED: ajv cannot compile the schema in strict mode" >&2
  exit 1
fi

echo "== 2. Validating the samples"
shopt -s nullglob
samples=(samples/*.json)
shopt -u nullglob
if (( ${#samples[@]} == 0 )); then
  echo "   FAILED: no samples/*.json found" >&2
  failures=$((failures + 1))
fi

for sample in "${samples[@]}"; do
  if "$AJV" validate -s "$SCHEMA" -d "$sample" "${OPTIONS[@]}" --errors=text; then
    echo "   ok: $sample is valid"
  else
    echo "   FAILED: $sample is not valid by the schema" >&2
    failures=$((failures + 1))
  fi
done

echo "== 3. Checking that ajv rejects $INVALID"
set +e
output=$("$AJV" validate -s "$SCHEMA" -d "$INVALID" "${OPTIONS[@]}" --errors=text --all-errors 2>&1)
status=$?
set -e
echo "$output" | sed 's/^/   | /'
if (( status == 0 )); then
  echo "   FAILED: ajv accepts $INVALID, which violates the schema: the check is not live" >&2
  failures=$((failures + 1))
elif grep -q "$INVALID invalid" <<<"$output"; then
  echo "   ok: ajv rejects the invalid document"
else
  echo "   FAILED: ajv exited with status $status without reporting the document invalid" >&2
  failures=$((failures + 1))
fi

if (( failures > 0 )); then
  echo "== ajv check FAILED ($failures failure(s))" >&2
  exit 1
fi

echo "== ajv check passed: schema compiles (strict, draft-07), ${#samples[@]} sample(s) valid, invalid document rejected"
