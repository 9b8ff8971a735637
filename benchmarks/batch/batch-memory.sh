#!/usr/bin/env bash
# Measures the batch mode of `perftargets report` over many documents: files per second, CPU time and peak memory
# (maximum resident set size, from GNU time), with one worker and with several, to show that memory stays flat
# however many files there are and what the workers gain.
#
#   benchmarks/batch/batch-memory.sh 1000 10000        # sizes to measure (default: 1000 10000)
#   WORKERS="1 2" benchmarks/batch/batch-memory.sh     # values of --parallel to compare (default: 1 2)
#   REPEAT=5 benchmarks/batch/batch-memory.sh 1000     # runs per cell, alternating; the fastest is kept, and with two
#                                                      # worker counts the median of the paired ratios is printed (default: 1)
#   R2R=0 benchmarks/batch/batch-memory.sh 1000        # the portable (JIT-compiled) build instead of ReadyToRun
#
# Each size gets a fresh folder of that many exchange JSON files: copies of the seed (samples/guanting-2024.json,
# 23 tables, 179 indicators, 72 KB) with their titles numbered, so every file is a full-sized distinct document.
# The tool is published once in Release. Results are printed as a Markdown table; the committed figures are in
# benchmarks/results/batch-memory.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
read -r -a workers <<< "${WORKERS:-1 2}"
repeat=${REPEAT:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Published for this machine's runtime, so precompiled (ReadyToRun, see PerformanceTargets.Cli.csproj); R2R=0 measures
# the portable build that `dotnet tool install` gives, compiled as it runs.
if [ "${R2R:-1}" = 1 ]; then
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish src/PerformanceTargets.Cli -c Release -r "$rid" --self-contained false -o "$work/tool" >/dev/null
else
  dotnet publish src/PerformanceTargets.Cli -c Release -o "$work/tool" >/dev/null
fi
seed=samples/guanting-2024.json

echo "| files | workers | input MB | seconds | files/s | CPU s | peak RSS MB | index rows |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  in="$work/in-$n"
  mkdir -p "$in"
  for i in $(seq 1 "$n"); do
    sed "s/\"title\": \"怀来县官厅镇人民政府2024年部门预算绩效文本\"/\"title\": \"怀来县官厅镇人民政府2024年部门预算绩效文本 $i\"/" "$seed" > "$in/doc-$i.json"
  done
  megabytes=$(du -sm "$in" | cut -f1)
  # The runs alternate between the worker counts (1 2 1 2 …) so that a slow spell of the machine falls on both, and
  # each starts after a sync, so that the previous run's writes and deletes are not paid for in this one.
  declare -A best=()
  ratios=()
  for r in $(seq 1 "$repeat"); do
    declare -A took=()
    for w in "${workers[@]}"; do
      out="$work/out-$n-$w"
      rm -rf "$out"
      sync
      /usr/bin/time -v "$work/tool/perftargets" report "$in" -o "$out" -q --parallel "$w" 2> "$work/time.txt" || true
      seconds=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
      cpu=$(awk '/User time/ {u=$NF} /System time/ {s=$NF} END {print u+s}' "$work/time.txt")
      rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
      rows=$(grep -c '<tr class=' "$out/index.html" || true)
      if [ -z "${best[$w]:-}" ] || awk -v a="$seconds" -v b="${best[$w]%% *}" 'BEGIN { exit !(a < b) }'; then
        best[$w]="$seconds $cpu $rss $rows"
      fi
      took[$w]=$seconds
      rm -rf "$out"
    done
    if [ ${#workers[@]} -eq 2 ]; then
      ratios+=("$(awk -v a="${took[${workers[0]}]}" -v b="${took[${workers[1]}]}" 'BEGIN { printf "%.3f", a / b }')")
    fi
    unset took
  done
  for w in "${workers[@]}"; do
    read -r seconds cpu rss rows <<< "${best[$w]}"
    awk -v n="$n" -v w="$w" -v mb="$megabytes" -v s="$seconds" -v cpu="$cpu" -v rss="$rss" -v rows="$rows" \
      'BEGIN { printf "| %d | %d | %d | %.1f | %.1f | %.1f | %.0f | %d |\n", n, w, mb, s, n / s, cpu, rss / 1024, rows }'
  done
  unset best
  if [ ${#ratios[@]} -gt 0 ]; then
    # Each repeat runs both worker counts back to back: the median of those paired ratios is less at the mercy of one
    # lucky or unlucky run than the ratio of the fastest runs above.
    median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    echo
    echo "$n files: --parallel ${workers[0]} / --parallel ${workers[1]}, paired runs: ${ratios[*]}; median $median"
  fi
  rm -rf "$in"
done
