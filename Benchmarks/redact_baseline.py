#!/usr/bin/env python3
"""The Python baseline of the redaction benchmark: plain `re` alternation.

  redact_baseline.py CORPUS NAMES.txt REPS [MAX_BYTES]

One pattern `\\b(?:name1|name2|...)\\b` over every declared spelling (longest
first, re.escape'd), applied with `sub` to each document of the corpus
(documents separated by "\\n=====\\n"), replacing with [PERSON]: what a script
an NPM might write would do. Backtracking alternation slows down linearly with
the number of names, so for large lists only the first MAX_BYTES of the corpus
(whole documents) are timed; MB/s is still bytes over seconds. Prints one JSON
line like tamga-bench. Standard library only.
"""
import json
import re
import sys
import time


def main():
    corpus_path, names_path, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
    max_bytes = int(sys.argv[4]) if len(sys.argv) > 4 else None
    with open(corpus_path, encoding="utf-8") as f:
        documents = f.read().split("\n=====\n")
    if max_bytes:
        kept, total = [], 0
        for d in documents:
            if total >= max_bytes:
                break
            kept.append(d)
            total += len(d.encode())
        documents = kept
    with open(names_path, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    t0 = time.perf_counter()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    build = time.perf_counter() - t0
    nbytes = sum(len(d.encode()) for d in documents)
    times, mentions = [], 0
    for _ in range(reps):
        mentions = 0
        t0 = time.perf_counter()
        for d in documents:
            out, n = pattern.subn("[PERSON]", d)
            mentions += n
        times.append(time.perf_counter() - t0)
    times.sort()
    median = times[len(times) // 2]
    mb = nbytes / 1e6
    print(json.dumps({"impl": "python-re", "op": "redact", "names": len(names), "bytes": nbytes,
                      "docs": len(documents), "mentions": mentions, "build_s": round(build, 3),
                      "seconds": round(median, 4), "mb_s": round(mb / median, 3),
                      "mb_s_min": round(mb / times[-1], 3), "mb_s_max": round(mb / times[0], 3), "reps": reps}))


if __name__ == "__main__":
    main()
