# Shared helpers for the r18 attack repros. Source it; set W (work dir) first.
set -u
T=${TAMGA_BIN:-/work/notes/attack-41/tamga}
EX=/work/main/examples
: "${W:?set W}"
rm -rf "$W"; mkdir -p "$W"; cd "$W"
printf 'correct horse battery staple\n' > "$W/pass"; chmod 600 "$W/pass"
export TAMGA_PASSPHRASE_FILE="$W/pass" TAMGA_TEST_ONLY_WEAK_KDF=1
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
# t COPY MEMBER args... : run tamga in a copy (vault folder $W/COPY, state $W/COPY-state)
t() { local c=$1 m=$2; shift 2; TAMGA_VAULT="$W/$c" TAMGA_MEMBER="$m" XDG_STATE_HOME="$W/$c-state" "$T" "$@"; }
g() { git -c user.name=x -c user.email=x@example.invalid -c init.defaultBranch=main -c commit.gpgsign=false "$@"; }
# base: vault 'a' with Admin, the examples, members Second (internal admin), Bob (internal), Carol (contributor), Dana (state), Sam (state admin)
base() {
  t a Admin init --name Admin >/dev/null
  t a Admin add "$EX/INT-2014-044.md" "${VRFILE:-$EX/VR-2014-017.md}" >/dev/null
  local spec
  for spec in "Second internal --administrator" "Bob internal" "Carol contributor" "Dana state" ${EXTRA_MEMBERS:-}; do
    set -- $spec
    local k; k=$(t a Admin member invite --name "$1" 2>/dev/null)
    t a Admin member add "$1" "$k" --clearance "$2" ${3:-} >/dev/null || echo "member add $1 failed"
  done
}
asking_policy() { { cat /work/main/policy/default.yaml; printf '\ndestruction:\n  approval: second-administrator\n'; } > "$W/asking.yaml"; }
remote() { g init -q --bare -b main "$W/remote.git"; [ "${GUARD:-1}" = 1 ] && t a Admin guard --install "$W/remote.git" >/dev/null; t a Admin remote add origin "$W/remote.git"; t a Admin sync >/dev/null; }
clone() { XDG_STATE_HOME="$W/$1-state" "$T" clone "$W/remote.git" "$W/$1" >/dev/null; }
DOCS=/work/notes/r18-attack-39/docs
retention_policy() { { cat /work/main/policy/default.yaml; printf '\nretention:\n  - kind: interview\n    keep: 5 years\n'; [ "${ASK:-0}" = 1 ] && printf '\ndestruction:\n  approval: second-administrator\n'; } > "$W/ret.yaml"; }
q() { grep -v "WEAK" ; }
