#!/usr/bin/env python3
"""The "straightforward" alternative Cairn's indexer is compared with: Python + SQLite FTS5, one table of cues.

    bench/py_fts5_load.py LIBRARY_DIR DB_PATH [--tokenizer unicode61|trigram]

Walks the tree, parses every .srt/.vtt naively (blank-line separated blocks, the line after the timing line on),
inserts (path, start, text) into an FTS5 table in one transaction and prints the parse time, the total time,
the cue count and the database size. No language handling: unicode61 finds no two-character Chinese word inside
a sentence, trigram finds no needle shorter than three characters (see FEASIBILITY.md section 6).
"""
import argparse
import os
import re
import sqlite3
import time

TIMING = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d\d\d)\s*-->")


def cues_of(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace").replace("\r\n", "\n")
    for block in text.split("\n\n"):
        lines = block.split("\n")
        for i, line in enumerate(lines):
            m = TIMING.match(line)
            if m:
                h, mi, s, ms = map(int, m.groups())
                yield ((h * 60 + mi) * 60 + s) * 1000 + ms, "\n".join(lines[i + 1:])
                break


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("library")
    ap.add_argument("db")
    ap.add_argument("--tokenizer", default="unicode61")
    args = ap.parse_args()
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)

    t0 = time.perf_counter()
    rows = []
    for root, _dirs, files in os.walk(args.library):
        for name in files:
            if name.endswith((".srt", ".vtt")):
                path = os.path.join(root, name)
                rows.extend((path, start, text) for start, text in cues_of(path))
    t_parse = time.perf_counter() - t0

    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE VIRTUAL TABLE cue_fts USING fts5(path UNINDEXED, start UNINDEXED, text, tokenize='%s')"
               % args.tokenizer)
    with db:
        db.executemany("INSERT INTO cue_fts(path, start, text) VALUES (?, ?, ?)", rows)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    total = time.perf_counter() - t0
    print("tokenizer=%s cues=%d parse_s=%.1f total_s=%.1f db_bytes=%d"
          % (args.tokenizer, len(rows), t_parse, total, os.path.getsize(args.db)))


if __name__ == "__main__":
    main()
