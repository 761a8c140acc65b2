#!/usr/bin/env python3
"""Ranks suites and tests by time from a Swift Testing event stream.

Why: the console's "passed after" figures and the xUnit times measure a test
from the moment the parallel runner scheduled it, which for most tests is the
start of the run, so they rank nothing. The event stream
(`swift test --experimental-event-stream-output FILE --experimental-event-stream-version 0`)
carries the start and end instant of every test case, from which this script
gives, per test and per suite:
  - busy: the sum of its cases' durations (start to end of each case);
  - share: its share of the run's wall time, each moment split evenly among
    the cases running then (the shares add up to the wall time, so a suite's
    share is what removing it would save, roughly, on the same machine).

Usage: scripts/test-timing.py EVENTS.jsonl [TOP] > ranking.md
"""
import collections
import json
import re
import sys


def main() -> None:
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    suites = set()
    starts = {}
    cases = []  # (testID, start, end)
    issues = []
    durations = {}  # test ID -> duration from its "passed/failed after" message
    run_start = run_end = None
    for line in open(path, encoding="utf-8"):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        payload = record.get("payload", {})
        if record.get("kind") == "test":
            if payload.get("kind") == "suite":
                suites.add(payload["id"])
            continue
        kind = payload.get("kind")
        instant = payload.get("instant", {}).get("since1970")
        test = payload.get("testID")
        case = (payload.get("_testCase") or {}).get("id", "")
        if kind == "runStarted":
            run_start = instant
        elif kind == "runEnded":
            run_end = instant
        elif kind == "testCaseStarted":
            starts[(test, case)] = instant
        elif kind == "testCaseEnded":
            begun = starts.pop((test, case), None)
            if begun is not None:
                cases.append((test, begun, instant))
        elif kind == "testEnded" and test and test not in suites:
            # A test without arguments has no case events; its end message's duration counts from scheduling.
            for message in payload.get("messages", []):
                found = re.search(r"after ([0-9.]+) seconds", message.get("text", ""))
                if found:
                    durations[test] = float(found.group(1))
        elif kind == "issueRecorded":
            text = " ".join(m.get("text", "") for m in payload.get("messages", []))
            issues.append((test, text))
    events = []
    for index, (_, begun, ended) in enumerate(cases):
        events.append((begun, 1, index))
        events.append((ended, -1, index))
    events.sort()
    share = [0.0] * len(cases)
    running = set()
    previous = None
    for instant, step, index in events:
        if previous is not None and running and instant > previous:
            slice_ = (instant - previous) / len(running)
            for member in running:
                share[member] += slice_
        previous = instant
        if step == 1:
            running.add(index)
        else:
            running.discard(index)

    def suite_of(test: str) -> str:
        parts = test.split("/")
        # A test's ID is its suite's ID, its name and its source location.
        for cut in range(len(parts) - 1, 0, -1):
            candidate = "/".join(parts[:cut])
            if candidate in suites:
                return candidate
        return parts[0]

    per_test = collections.defaultdict(lambda: [0.0, 0.0, 0])
    per_suite = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for index, (test, begun, ended) in enumerate(cases):
        for table, key in ((per_test, test), (per_suite, suite_of(test))):
            table[key][0] += share[index]
            table[key][1] += ended - begun
            table[key][2] += 1
    wall = (run_end - run_start) if run_start and run_end else None
    print("# Test time ranking")
    print()
    print(f"Source: {path}. Run wall time: {wall:.0f} s." if wall else f"Source: {path} (no runEnded: partial run).")
    print(f"Test cases timed: {len(cases)}; sum of case durations: {sum(e - b for _, b, e in cases):.0f} s.")
    print("share = the part of the wall time the suite/test held (each moment split among the cases running);")
    print("busy = sum of its cases' start-to-end durations (inflated when cases run side by side).")
    print("Only parameterized tests emit case events. A test without arguments reports one duration, counted from when")
    print(f"the runner scheduled it (the run's start for most), so it cannot be ranked: {len(durations)} such tests.")
    if wall:
        print(f"Their time together: about 2 x wall - sum of case durations = {2 * wall - sum(e - b for _, b, e in cases):.0f} lane-seconds")
        print("(two lanes on this 2-core machine).")
    print()
    for title, table in (("Suites", per_suite), ("Tests", per_test)):
        print(f"## {title} (top {top} by share; parameterized tests only)")
        print()
        print("| # | share s | busy s | cases | name |")
        print("|---|---:|---:|---:|---|")
        ranked = sorted(table.items(), key=lambda item: -item[1][0])
        for rank, (name, (s, b, n)) in enumerate(ranked[:top], 1):
            short = name.split("/")[0] if title == "Suites" else "/".join(name.split("/")[:-1])
            print(f"| {rank} | {s:.1f} | {b:.1f} | {n} | {short} |")
        print()
    if issues:
        print("## Issues recorded")
        print()
        for test, text in issues:
            print(f"- {test}: {text[:300]}")


if __name__ == "__main__":
    main()
