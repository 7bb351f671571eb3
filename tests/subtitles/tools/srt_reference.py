#!/usr/bin/env python3
"""Turns ffmpeg's re-encoded SRT (`ffmpeg -i x.srt -f srt -`) on stdin into the golden JSON on stdout.
Plain text = ffmpeg's cue text with the markup it writes back (<i>, <font ...>, {\\anN}) removed."""
import json
import re
import sys

data = sys.stdin.read()
cues = []
ts = r"(\d+):(\d\d):(\d\d)[,.](\d\d\d)"
for block in re.split(r"\n\s*\n", data.replace("\r\n", "\n")):
    lines = block.strip("\n").split("\n")
    for i, line in enumerate(lines):
        m = re.match(ts + r"\s*-->\s*" + ts, line)
        if m:
            g = [int(x) for x in m.groups()]
            start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
            end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
            text = "\n".join(lines[i + 1:])
            text = re.sub(r"\{\\[^}]*\}", "", text)
            text = re.sub(r"</?(i|b|u|s|font)\b[^>]*>", "", text)
            cues.append({"start_ms": start, "end_ms": end, "text": text.rstrip()})
            break
cues.sort(key=lambda c: c["start_ms"])
json.dump({"format": "srt", "ok": True, "reference": sys.argv[1] if len(sys.argv) > 1 else "ffmpeg", "cues": cues},
          sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
