# Shared by scripts/crash-test.sh and scripts/fault-test.sh (sourced, not run):
# the seeded generator, the generated documents and member set-up. Needs
# $SEED, $WORK and $TAMGA set before it is sourced.

# A seeded generator of our own (64-bit LCG): bash reseeds $RANDOM in every
# subshell, so $(...) around it would not replay. `draw N` sets D to 0 ..< N.
STATE=$SEED
draw() { STATE=$(( (STATE * 6364136223846793005 + 1442695040888963407) & 0x7fffffffffffffff )); D=$(( (STATE >> 20) % $1 )); }

document() { # number -> a valid document file (docs/FORMAT.md), distinct per number
  local n=$1 f=$WORK/doc-$1.md
  cat > "$f" <<EOF
---
id: VR-2031-$(printf '%04d' "$n")
kind: visit-report
title: Generated visit report $n
date: 2031-$(printf '%02d' $((n % 12 + 1)))-$(printf '%02d' $((n % 28 + 1)))
---

## Summary {.public}

A monitoring visit, number $n, took place.

## Findings

The team counted $((n % 17 + 3)) persons in [cell $((n % 40))]{.internal}.
EOF
  echo "$f"
}
docid() { printf 'VR-2031-%04d' "$1"; }

add_member() { # name clearance: invite and add, as two people would
  local key
  key=$("$TAMGA" member invite --name "$1" 2>/dev/null)
  "$TAMGA" member add "$1" "$key" --clearance "$2" >/dev/null 2>&1
}

# After a campaign: runs `tamga check` (CHECK_OUT, CHECK_STATUS), reads the log
# (LOG) and members (MEMBERS), and counts in LOST every acknowledged document
# revision (ACK_DOCS: "id revision title") or member removal (ACK_REMOVED)
# that is missing or has no log entry. $1 names the campaign in messages.
check_acknowledged() {
  local who=$1 entry id rev title name
  LOST=0
  set +e
  CHECK_OUT=$("$TAMGA" check 2>&1); CHECK_STATUS=$?
  set -e
  LOG=$("$TAMGA" log)
  for entry in "${ACK_DOCS[@]}"; do
    read -r id rev title <<<"$entry"
    if ! "$TAMGA" show "$id" --revision "$rev" 2>/dev/null | grep -qxF "title: $title"; then
      echo "$who: LOST $id revision $rev" >&2; LOST=$((LOST + 1))
    fi
    grep -qE "add $id rev $rev\$" <<<"$LOG" || { echo "$who: no log entry for $id revision $rev" >&2; LOST=$((LOST + 1)); }
  done
  MEMBERS=$("$TAMGA" member list)
  for name in "${ACK_REMOVED[@]}"; do
    grep -qE "^$name +.* removed$" <<<"$MEMBERS" || { echo "$who: LOST removal of $name" >&2; LOST=$((LOST + 1)); }
    grep -q "member-remove member=$name " <<<"$LOG" || { echo "$who: no log entry for removing $name" >&2; LOST=$((LOST + 1)); }
  done
}
