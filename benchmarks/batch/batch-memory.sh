#!/usr/bin/env bash
# Measures the batch mode of `perftargets report` over many documents: files per second and peak memory (maximum
# resident set size, from GNU time), to show that memory stays flat however many files there are.
#
#   benchmarks/batch/batch-memory.sh 1000 10000        # sizes to measure (default: 1000 10000)
#
# Each size gets a fresh folder of that many exchange JSON files: copies of the seed (samples/guanting-2024.json,
# 23 tables, 179 indicators, 72 KB) with their titles numbered, so every file is a full-sized distinct document.
# The tool is published once in Release. Results are printed as a Markdown table; the committed figures are in
# benchmarks/results/batch-memory.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/PerformanceTargets.Cli -c Release -o "$work/tool" >/dev/null
seed=samples/guanting-2024.json

echo "| files | input MB | seconds | files/s | peak RSS MB | index rows |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  in="$work/in-$n"
  out="$work/out-$n"
  mkdir -p "$in"
  for i in $(seq 1 "$n"); do
    sed "s/\"title\": \"怀来县官厅镇人民政府2024年部门预算绩效文本\"/\"title\": \"怀来县官厅镇人民政府2024年部门预算绩效文本 $i\"/" "$seed" > "$in/doc-$i.json"
  done
  megabytes=$(du -sm "$in" | cut -f1)
  /usr/bin/time -v "$work/tool/perftargets" report "$in" -o "$out" -q 2> "$work/time-$n.txt" || true
  seconds=$(grep "Elapsed (wall clock)" "$work/time-$n.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time-$n.txt" | awk '{print $NF}')
  rows=$(grep -c '<tr class=' "$out/index.html" || true)
  awk -v n="$n" -v mb="$megabytes" -v s="$seconds" -v rss="$rss" -v rows="$rows" \
    'BEGIN { printf "| %d | %d | %.1f | %.1f | %.0f | %d |\n", n, mb, s, n / s, rss / 1024, rows }'
  rm -rf "$in" "$out"
done
