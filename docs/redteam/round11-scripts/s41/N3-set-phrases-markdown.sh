#!/bin/bash
# N3: as N2, in a list item, a table cell, a quote (the persons of N1 declared in each); State export of each: leak scan verdict, and
# whether the given name is left in the exported text.
W=/work/notes/r15-rerun11/s41/w/wN3; source /work/notes/r15-rerun11/s41/lib41.sh
t a Admin init --name Admin >/dev/null 2>&1
awk '/^---$/{n++; print; if(n==2) exit; next} n==1' /work/notes/r15-rerun11/s41/N1-set-phrases.sh > $W/fm.md
i=0
while IFS= read -r line; do
  i=$((i+1)); id=$(printf 'INT-2014-%03d' $((500+i)))
  { sed "s/^id: .*/id: $id/" $W/fm.md; printf '\n## Account {.state}\n\n%b\n' "$line"; } > $W/d$i.md
  t a Admin add $W/d$i.md >/dev/null 2>&1 || { echo "[$i] add failed: $line"; continue; }
  out=$(t a Admin export $id --audience state -o $W/ex$i/ 2>&1 | q | head -1 | cut -c1-110)
  body=$(sed -n '/Account/,$p' $W/ex$i/* 2>/dev/null | tail -n +2 | tr '\n' ' ' | cut -c1-150)
  echo "[$i] IN:  $line"; echo "    OUT: ${body:-<$out>}"
done <<'LINES'
- Урмат жана анын агасы (камера 3)
| Тынчтык жана анын иниси | камера 4 |
Кармалгандар: Урмат жана Айбек.
Тизме:\n\n- Жеңиш күнү бою ачка отурду.
> Урмат жана анын агасы сабалды, деди күбө.
LINES
