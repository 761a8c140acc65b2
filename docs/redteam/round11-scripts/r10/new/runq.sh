#!/bin/sh
# two queues, one tamga process each (the machine is loaded: never more than two at once)
cd "$(dirname "$0")"
(for s in na.py nd.py nclean.py; do python3 $s; done > q1.log 2>&1) &
(for s in nc.py nb.py ne.py; do python3 $s; done > q2.log 2>&1) &
wait
