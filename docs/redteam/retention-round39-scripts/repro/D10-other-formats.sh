#!/bin/bash
# D10: the only other place naming D-0042 is an attachment (level state) of VR-2015-003 in a format other than
# .txt/.pdf (F=docx|html|csv|svg|rtf). Before: State export with attachments; destroy INT-2014-044; after.
F=${F:-docx}; W=/tmp/r18atk39/wD10-$F; source /work/notes/r18-attack-39/lib.sh
python3 /work/notes/r18-attack-39/mkfiles.py $W/f
t a Admin init --name Admin >/dev/null 2>&1
t a Admin add "$EX/INT-2014-044.md" "$EX/VR-2015-003.md" 2>&1 | q >/dev/null
t a Admin attach VR-2015-003 "$W/f/statement.$F" --level state --caption "cellmate statement" 2>&1 | q | head -1 | cut -c1-200
echo "== before"; t a Admin export VR-2015-003 --audience state --with-attachments -o "$W/before/" 2>&1 | q | grep -i "attach\|rror" | head -3 | cut -c1-300
echo "== destroy INT-2014-044"; t a Admin destroy INT-2014-044 --reason retention --yes 2>&1 | q | grep -v "still able" | head -2 | cut -c1-300
echo "== after"; t a Admin export VR-2015-003 --audience state --with-attachments -o "$W/after/" 2>&1 | q | grep -i "attach\|rror" | head -3 | cut -c1-300
ls $W/after 2>/dev/null | grep attachment-; for f in $W/after/*attachment-1*; do case $f in *.minisig) ;; *.docx) unzip -p $f word/document.xml | grep -o "Aibek Sadykov";; *) grep -o "Aibek Sadykov" $f;; esac; done 2>/dev/null
