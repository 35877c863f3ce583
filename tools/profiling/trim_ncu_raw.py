#!/usr/bin/env python3
"""Shrink an Nsight Compute raw-page CSV to what `deepnvm profile` reads, before committing it.

    python3 tools/profiling/trim_ncu_raw.py FULL.csv TRIMMED.csv

Nsight Compute 2025.x writes about 300 columns on the raw page (every device attribute, every launch__
metric, and .avg/.min/.max beside each .sum). This keeps ncu's banner lines (==PROF==, ==WARNING==), the
identifying columns (ID … CC) and the nine .sum metrics of the recipe, with every value copied verbatim
(digit grouping and units row included), so the importer's totals are unchanged.
"""
import csv
import io
import sys

IDENTIFYING = ["ID", "Process ID", "Process Name", "Host Name", "Kernel Name", "Context", "Stream",
               "Block Size", "Grid Size", "Device", "CC"]
METRICS = ["lts__t_sectors_op_read.sum", "lts__t_sectors_op_write.sum", "lts__t_sectors_op_atom.sum",
           "lts__t_sectors_op_red.sum", "lts__t_sectors_srcunit_tex_op_read.sum",
           "lts__t_sectors_srcunit_tex_op_write.sum", "dram__sectors_read.sum", "dram__sectors_write.sum",
           "gpu__time_duration.sum"]


def main(source, target):
    banner, body = [], []
    with open(source, newline="") as f:
        for line in f:
            (banner if line.startswith("==") and not body else body).append(line)
    rows = list(csv.reader(io.StringIO("".join(body))))
    header = rows[0]
    keep = [c for c in header if c in IDENTIFYING] + [c for c in header if c in METRICS]
    missing = set(IDENTIFYING + METRICS) - set(keep)
    if missing:
        sys.exit("%s lacks column(s) %s" % (source, ", ".join(sorted(missing))))
    index = [header.index(c) for c in keep]
    with open(target, "w", newline="") as f:
        f.writelines(banner)
        writer = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        for row in rows:
            writer.writerow([row[i] for i in index])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
