"""Regenerate the generated parts of REPORT.md (tally, ranked table, details, all attempts) in place."""
import subprocess, re
def run(s): return subprocess.run(["python3", s], capture_output=True, text=True, check=True).stdout
t = run("report12.py"); tally = t.split("\n\n## All attempts")[0].strip(); allatt = "## All attempts" + t.split("## All attempts")[1]
ranked = run("ranked12.py").strip(); details = run("details12.py").strip()
r = open("REPORT.md").read()
a = r.index("## Tally (attempts / failures)\n\n") + len("## Tally (attempts / failures)\n\n"); b = r.index("\n\nAttempt ids:")
r = r[:a] + tally + r[b:]
a = r.index("Low: weak, scope, trade-off.\n\n") + len("Low: weak, scope, trade-off.\n\n"); b = r.index("\n\n## Each failure (same order)")
r = r[:a] + ranked + r[b:]
a = r.index("## Each failure (same order)\n\n") + len("## Each failure (same order)\n\n"); b = r.index("\n\n## Observations")
r = r[:a] + details + r[b:]
a = r.index("## All attempts")
r = r[:a] + allatt
open("REPORT.md", "w").write(r)
print("ok", len(r))
