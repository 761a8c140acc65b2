#!/bin/bash
# T2: retire D-0042 after INT-2014-044 rev2 dropped his entry. The only places naming him at State level are
# the declaring document's OWN attachment (text, caption, file name). Does retire's list name them?
W=/tmp/r18atk39/wT2; source /work/notes/r18-attack-39/lib.sh
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$EX/INT-2014-044.md" 2>&1 | q
mkdir -p $W/f; printf 'Statement: Aibek Sadykov came back from questioning with bruises.\n' > "$W/f/Aibek_Sadykov_statement.txt"
t a Admin attach INT-2014-044 "$W/f/Aibek_Sadykov_statement.txt" --level state --caption "Statement of Aibek Sadykov" 2>&1 | q | head -1
echo "== before: state export with attachments"; t a Admin export INT-2014-044 --audience state --with-attachments -o "$W/before/" 2>&1 | q | head -3 | cut -c1-300; grep -rn -i sadykov "$W/before" | cut -c1-200; ls $W/before
t a Admin add $DOCS/INT-2014-044.rev2-nodecl.md 2>&1 | q
echo "== retire (no terminal: the list)"; t a Admin person retire D-0042 --reason x 2>&1 </dev/null | q | head -3 | cut -c1-300
echo "== retire --yes"; t a Admin person retire D-0042 --reason x --yes 2>&1 | q | cut -c1-300
echo "== after: state export with attachments"; t a Admin export INT-2014-044 --audience state --with-attachments -o "$W/after/" 2>&1 | q | head -3 | cut -c1-300; grep -rn -i sadykov "$W/after" | cut -c1-200; ls $W/after
