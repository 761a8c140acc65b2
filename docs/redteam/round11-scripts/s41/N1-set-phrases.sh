#!/bin/bash
# N1: detainees whose given names are common words (Надежда, Вера, Любовь, Слава, Урмат, Темир, Тынчтык, Жеңиш),
# written at a sentence start in readings that are the person. Which survive in the State export?
W=/work/notes/r15-rerun11/s41/w/wN1; source /work/notes/r15-rerun11/s41/lib41.sh
cat > $W/doc.md <<'DOC'
---
id: INT-2014-300
kind: interview
title: Interview in temporary detention
date: 2014-10-28
facility: IVS-1 Bishkek
authors: [Gulnara Abdyldaeva]
persons:
  D-0301:
    name: Надежда Петрова
    role: detainee
    consent: []
  D-0302:
    name: Вера Смирнова
    role: detainee
    consent: []
  D-0303:
    name: Урмат Асанов
    role: detainee
    consent: []
  D-0304:
    name: Темир Жумабеков
    role: detainee
    consent: []
  D-0305:
    name: Тынчтык Осмонов
    role: detainee
    consent: []
  D-0306:
    name: Любовь Козлова
    role: detainee
    consent: []
  D-0307:
    name: Слава Орлов
    role: detainee
    consent: []
  D-0308:
    name: Жеңиш Бакиев
    role: detainee
    consent: []
---

## Account {.state}

Три женщины содержались в камере. Надежда есть отказалась с понедельника.
Врач осмотрел камеру. Надежда умирает, сказал врач, и её не перевели.
Её били ночью. Вера в себя пришла только утром.
Жалоба подана. Надежда на пересмотр дела уже не рассчитывает.
Утром пришли двое. Любовь к матери обратилась с письмом.
Он молился. Слава богу молился каждую ночь, сказал сокамерник.
Кечинде келишти. Урмат жана анын агасы кармалган.
Камерада үчөө болду. Тынчтык жана анын иниси сабалган.
Эртең менен. Темир жолу менен алып келишкен.
Түнү. Жеңиш күнү бою тамак ичкен жок.
Эртең менен. Урмат-бала деп аны чакырышты.
Ошол түнү. Темир-кол деп аны аташкан.
Эки күн өттү. Урмат менен,
Темир сүйлөштү.
Тергөөчү келди. Жеңиш майрамында аны сабашкан.
Кечинде. Урмат көрсөтүү берүүдөн баш тартты.
DOC
t a Admin init --name Admin >/dev/null 2>&1; t a Admin add $W/doc.md 2>&1 | q | cut -c1-300
t a Admin export INT-2014-300 --audience state -o $W/ex/ 2>&1 | q | cut -c1-300
f=$(ls $W/ex/* 2>/dev/null | head -1); [ -n "$f" ] && sed -n '/Account/,$p' "$f"
echo "== Dana (state) reads the stored State part"
k=$(t a Admin member invite --name Dana 2>/dev/null); t a Admin member add Dana "$k" --clearance state >/dev/null 2>&1
t a Dana show INT-2014-300 2>&1 | q | sed -n '/Account/,$p'
