#!/usr/bin/env python3
"""Fits the ScaleBenchmarks results to a linear cost: time = a + b * projects, allocation likewise.

    python3 benchmarks/scale/fit.py BenchmarkDotNet.Artifacts/results/PerformanceTargets.Benchmarks.ScaleBenchmarks-report.csv

For every benchmark it prints the fitted slope per project (least squares over the 10 .. 10,000 project runs,
each point weighted by 1/n^2 so that the small documents count as much as the large ones), the exponent of a
log-log fit (1.00 is linear, 2.00 quadratic), the
same exponent from 100 to 10,000 projects only, and the worst ratio of a measurement to the fitted line.
"""
import csv
import math
import sys

TIME = {"ns": 1e-9, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
SIZE = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def parse(value, units):
    number, unit = value.replace(",", "").split()
    return float(number) * units[unit]


def fit(points):
    # Weighted least squares of t = a + b n with weights 1/n^2 (relative error), solved in closed form.
    w = [1.0 / (n * n) for n, _ in points]
    sw = sum(w)
    sn = sum(wi * n for wi, (n, _) in zip(w, points))
    st = sum(wi * t for wi, (_, t) in zip(w, points))
    snn = sum(wi * n * n for wi, (n, _) in zip(w, points))
    snt = sum(wi * n * t for wi, (n, t) in zip(w, points))
    b = (sw * snt - sn * st) / (sw * snn - sn * sn)
    a = (st - b * sn) / sw
    worst = max(max(t / (a + b * n), (a + b * n) / t) for n, t in points)
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    exponent = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return a, b, exponent, worst


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    methods = []
    for row in rows:
        if row["Method"] not in methods:
            methods.append(row["Method"])
    print("| benchmark | 10 | 100 | 1,000 | 10,000 | slope per project | exponent | exponent 100 → 10,000 | worst ratio to linear | allocated per project | alloc. exponent |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for method in methods:
        data = sorted((int(r["Projects"]), parse(r["Mean"], TIME), parse(r["Allocated"], SIZE) if r["Allocated"] not in ("-", "0 B") else 0.0)
                      for r in rows if r["Method"] == method)
        times = [(n, t) for n, t, _ in data]
        _, slope, exponent, worst = fit(times)
        allocs = [(n, m) for n, _, m in data if m > 0]
        alloc_text, alloc_exp = "0 B", "–"
        if len(allocs) == len(data):
            _, alloc_slope, alloc_exponent, _ = fit(allocs)
            alloc_text = f"{alloc_slope / 1024:,.1f} KB"
            alloc_exp = f"{alloc_exponent:.2f}"
        cells = " | ".join(f"{t * 1e3:,.2f} ms" for _, t in times)
        (n1, t1), (n2, t2) = times[1], times[-1]
        upper = math.log(t2 / t1) / math.log(n2 / n1)
        print(f"| {method.strip(chr(39))} | {cells} | {slope * 1e6:,.1f} µs | {exponent:.2f} | {upper:.2f} | {worst:.2f} | {alloc_text} | {alloc_exp} |")


if __name__ == "__main__":
    main(sys.argv[1])
