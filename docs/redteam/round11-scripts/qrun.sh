#!/bin/sh
# One queue (slot K = 0 or 1): runs the job files put in spool/K/ (shell snippets) one at a time, in name order,
# so that never more than two tamga processes run at once. Stops when spool/STOP exists and the queue is empty.
K=$1; cd "$(dirname "$0")"
while :; do
  j=$(ls spool/$K/ 2>/dev/null | sort | head -1)
  if [ -z "$j" ]; then [ -e spool/STOP ] && exit 0; sleep 5; continue; fi
  echo "$(date -u +%T) start $j" >> spool/q$K.log
  sh "spool/$K/$j" >> spool/q$K.log 2>&1
  echo "$(date -u +%T) end $j rc=$?" >> spool/q$K.log
  mv "spool/$K/$j" spool/done/$K-$j
done
