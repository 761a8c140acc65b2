#!/bin/sh
# Rerun round 11 (new attempts and follow-ups), round 10's scripts and session 41's N1-N4 against a binary:
#   ./runall11.sh /path/to/tamga     (keep tamga_TamgaCore.resources beside it)
# Two queues, never more than two tamga processes. Results: new/runs, r10/new/runs, r10/r9/runs, s41/N*.now; then python3 report11.py.
set -e
B=$(readlink -f "${1:?binary path}")
cd "$(dirname "$0")"
mkdir -p spool/0 spool/1 spool/done; rm -f spool/STOP
M="a11 b11 c11 d11 e11 clean11 x11 x11b x11c x11d"
echo "cd new && R11_BIN=$B python3 runpart.py 0 2 $M" > spool/0/050-new
echo "cd new && R11_BIN=$B python3 runpart.py 1 2 $M" > spool/1/050-new
echo "cd r10/new && R10_BIN=$B python3 rerun10.py --fails 0 2 && R10_BIN=$B python3 rerun10.py --rest 0 2" > spool/0/090-r10
echo "cd r10/new && R10_BIN=$B python3 rerun10.py --fails 1 2 && R10_BIN=$B python3 rerun10.py --rest 1 2" > spool/1/090-r10
echo "cd s41 && for s in N1 N2 N3 N4; do TAMGA_BIN=$B bash \$s-*.sh > \$s.now 2>&1; done" > spool/1/095-s41
./qrun.sh 0 & ./qrun.sh 1 &
sleep 10; touch spool/STOP; wait
python3 report11.py
