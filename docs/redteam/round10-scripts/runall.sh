#!/bin/sh
# Round 10 run order (two queues, never more than two tamga processes): round 9's failures first, then the new attempts, then the rest of round 9.
cd /work/notes/r15-round10
(cd r9 && python3 rerun.py  A-035 A-211 A-217 A-224 A-402 A-404 A-406 B-044 B-222 C-057 C-238 C-404 D-217 D-226 E-401 E-403 E-405 E-408 clean-001 clean-003 clean-022 clean-057 clean-403 > qf1.log 2>&1; cd ../new && for s in na.py nd.py nclean.py; do python3 $s; done > q1.log 2>&1; cd ../r9 && python3 rerun.py --rest 0 2 > qr1.log 2>&1) &
(cd r9 && python3 rerun.py  A-086 A-216 A-219 A-401 A-403 A-405 A-407 B-216 C-030 C-203 C-403 C-405 D-225 E-029 E-402 E-404 E-406 E-409 clean-002 clean-018 clean-035 clean-402 clean-404 > qf2.log 2>&1; cd ../new && for s in nc.py nb.py ne.py; do python3 $s; done > q2.log 2>&1; sleep 20; cd ../r9 && python3 rerun.py --rest 1 2 > qr2.log 2>&1) &
wait
