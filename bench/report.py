#!/usr/bin/env python3
"""Prints the table of one bench/run_benchmarks.sh run (markdown) from the raw files in RESULTS_DIR."""
import glob
import json
import os
import sys


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def hyper(path):
    """hyperfine JSON -> {command: (median_s, mean_s)}"""
    d = load(path)
    if not d:
        return {}
    return {r["command"]: (r["median"], r["mean"]) for r in d["results"]}


def ms(x):
    return "%.1f" % x if x < 100 else "%.0f" % x


def main():
    out = sys.argv[1]
    print("## Cairn benchmarks, %s\n" % os.path.basename(out))
    with open(os.path.join(out, "env.txt")) as f:
        print("```\n" + f.read().strip() + "\n```\n")
    runs = []
    for d in sorted(glob.glob(os.path.join(out, "n*")), key=lambda p: int(os.path.basename(p)[1:])):
        if not os.path.exists(os.path.join(d, "summary.txt")):
            continue  # this size did not finish
        with open(os.path.join(d, "summary.txt")) as f:
            v = f.read().split()
        runs.append((d, v))

    print("### Index and rescan (warm page cache; wall / CPU = user + sys, peak RSS)\n")
    print("| N | subtitles | stat walk | read all subtitles | cold index wall | cold CPU | peak RSS | index size | "
          "index / subtitles | rescan (process) | rescan / stat walk | rescan in-process (/ stat walk) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for d, v in runs:
        n, sub, stat_ms, read_ms = int(v[0]), int(float(v[1])), float(v[2]), float(v[3])
        cw, cu, cs, cr = map(float, v[4:8])
        db = int(v[8])
        rw = float(v[9])
        rescan = hyper(os.path.join(d, "rescan.json"))
        rescan_med = [m for c, (m, _) in rescan.items() if " scan " in c]
        stat_med = [m for c, (m, _) in rescan.items() if "floor_bench" in c]
        ratio = "%.1f×" % (rescan_med[0] / stat_med[0]) if rescan_med and stat_med else "?"
        inproc = "?"
        try:
            scan = json.loads(open(os.path.join(d, "rescan.time.out")).read())
            inproc = "%d ms (%.1f×)" % (scan["elapsed_ms"], scan["elapsed_ms"] / max(stat_ms, 0.1))
        except (OSError, ValueError, KeyError):
            pass
        print("| %d | %.0f MB | %s ms | %s ms | %.1f s | %.1f s | %.0f MB | %.0f MB | %.2f× | %s ms | %s | %s |" % (
            n, sub / 1e6, ms(stat_ms), ms(read_ms), cw, cu + cs, cr, db / 1e6, db / sub,
            ms((rescan_med[0] if rescan_med else rw) * 1000), ratio, inproc))
        py = os.path.join(d, "python.txt")
        if os.path.exists(py):
            lines = open(py).read().split("\n")
            w, u, sy, rss = lines[0].split()
            print("\nPython + FTS5 reference, same run (bench/py_fts5_load.py, N=%d): wall %s s, CPU %.1f s, "
                  "peak RSS %s MB; %s" % (n, w, float(u) + float(sy), rss, lines[1] if len(lines) > 1 else ""))

    for d, v in runs:
        n = int(v[0])
        s = load(os.path.join(d, "search.json"))
        if not s:
            continue
        print("\n### Search, N=%d (in-process, Library::search: titles + cues, 200 hits, highlighted)\n" % n)
        print("| query | hits | median ms | p95 ms | CPU median ms |")
        print("|---|---|---|---|---|")
        rows = {}
        for b in s["benchmarks"]:
            name = b["run_name"].split("/")[0]
            rows.setdefault(name, {})[b.get("aggregate_name", "")] = b
        for name, aggs in rows.items():
            med, p95 = aggs.get("median"), aggs.get("p95")
            print("| %s | %d | %s | %s | %s |" % (name, int(med.get("hits", 0)), ms(med["real_time"]),
                                                   ms(p95["real_time"]), ms(med["cpu_time"])))
        g = hyper(os.path.join(d, "grep.json"))
        c = hyper(os.path.join(d, "cli-search.json"))
        if g or c:
            print("\nWhole processes over the same files (hyperfine median):\n")
            print("| command | median ms |")
            print("|---|---|")
            for cmd, (m, _) in list(c.items()) + list(g.items()):
                short = cmd.replace(d.rsplit("/", 2)[0], "…")
                print("| `%s` | %s |" % (short.split("/")[-1] if "cairn-cli" in cmd else " ".join(
                    p if "/" not in p else "LIB" for p in cmd.split()), ms(m * 1000)))

    st = load(os.path.join(out, "subtitle.json"))
    if st:
        print("\n### Subtitle parsing and cue lookup (bench/subtitle_bench.cpp)\n")
        print("| benchmark | time | throughput |")
        print("|---|---|---|")
        for b in st["benchmarks"]:
            if b.get("run_type") == "aggregate":
                continue
            bps = b.get("bytes_per_second")
            ips = b.get("items_per_second")
            tp = "%.0f MB/s" % (bps / 1e6) if bps else ("%.2f M items/s" % (ips / 1e6) if ips else "")
            print("| %s | %.3g %s | %s |" % (b["name"], b["real_time"], b["time_unit"], tp))


if __name__ == "__main__":
    main()
