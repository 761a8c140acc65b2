#!/usr/bin/env python3
"""Deterministic inputs for tamga's benchmarks (issue 9). Standard library only.

  gen_corpus.py redaction OUTDIR [--docs 1000] [--persons 10000]
      OUTDIR/names.tsv          one person a line: id, Cyrillic name, Latin spelling (tab-separated)
      OUTDIR/names-N.txt        the declared spellings of the first N persons, one a line (for grep -F -f)
      OUTDIR/corpus.txt         report-like documents, mixed English and Russian, separated by "\\n=====\\n"
      OUTDIR/truth.json         what was planted (counts)
  gen_corpus.py vault OUTDIR COUNT [--start 0] [--pool 20000]
      OUTDIR/BR-NNNNNN.md       COUNT valid tamga documents (visit reports, ~4 KB, 1 or 2 persons each,
                                drawn in turn from a pool of --pool persons: 20000 makes the vault-wide
                                registry grow with the vault, 20 keeps it small and fixed)
  gen_corpus.py big OUTDIR MIB
      OUTDIR/BIG-000001.md      one state-level report of about MIB MiB naming nobody (issue 16)

Names: Kyrgyz/Russian given names and synthetic family names built from
syllables, so 10,000 distinct persons exist. Mentions are planted mostly in a
declared spelling (what grep -F -w can find), and about one in six in a
Russian case form (дательный/родительный) that only tamga's matcher finds.
Half of the mentions name one of the first 10 persons, the rest any of the
10,000, so a registry of 10, 1,000 or 10,000 persons finds more of them.
"""
import json
import os
import random
import sys

GIVEN_M = [("Айбек", "Aibek"), ("Нурлан", "Nurlan"), ("Эрмек", "Ermek"), ("Азамат", "Azamat"),
           ("Бектур", "Bektur"), ("Данияр", "Daniyar"), ("Жаныбек", "Zhanybek"), ("Илияз", "Iliyaz"),
           ("Калыс", "Kalys"), ("Мирлан", "Mirlan"), ("Нурбек", "Nurbek"), ("Улан", "Ulan"),
           ("Тимур", "Timur"), ("Руслан", "Ruslan"), ("Алмаз", "Almaz"), ("Эльдар", "Eldar"),
           ("Айдар", "Aidar"), ("Марат", "Marat"), ("Медер", "Meder"), ("Талант", "Talant"),
           ("Кубат", "Kubat"), ("Санжар", "Sanzhar"), ("Темирлан", "Temirlan"), ("Чынгыз", "Chyngyz"),
           ("Адилет", "Adilet"), ("Бекжан", "Bekzhan"), ("Нурсултан", "Nursultan"), ("Максат", "Maksat"),
           ("Аскар", "Askar"), ("Жоомарт", "Zhoomart")]
GIVEN_F = [("Гульнара", "Gulnara"), ("Айгерим", "Aigerim"), ("Жылдыз", "Zhyldyz"), ("Айнура", "Ainura"),
           ("Чолпон", "Cholpon"), ("Мээрим", "Meerim"), ("Бермет", "Bermet"), ("Динара", "Dinara"),
           ("Назгуль", "Nazgul"), ("Айпери", "Aiperi"), ("Калима", "Kalima"), ("Венера", "Venera"),
           ("Салтанат", "Saltanat"), ("Толкун", "Tolkun"), ("Нургуль", "Nurgul"), ("Эльмира", "Elmira"),
           ("Зарина", "Zarina"), ("Алтынай", "Altynai"), ("Жамиля", "Zhamilya"), ("Асылкан", "Asylkan")]
# Syllables of synthetic family-name stems: (Cyrillic, Latin).
SYL1 = [("Сад", "Sad"), ("Осм", "Osm"), ("Токт", "Tokt"), ("Абд", "Abd"), ("Жум", "Zhum"), ("Кал", "Kal"),
        ("Мам", "Mam"), ("Нур", "Nur"), ("Тур", "Tur"), ("Бек", "Bek"), ("Сул", "Sul"), ("Ыс", "Ys"),
        ("Кас", "Kas"), ("Дж", "Dzh"), ("Эш", "Esh"), ("Ал", "Al"), ("Ор", "Or"), ("Чор", "Chor"),
        ("Шам", "Sham"), ("Бак", "Bak"), ("Тил", "Til"), ("Кен", "Ken"), ("Мур", "Mur"), ("Сар", "Sar"),
        ("Жол", "Zhol"), ("Уск", "Usk"), ("Бол", "Bol"), ("Кыд", "Kyd"), ("Тем", "Tem"), ("Ым", "Ym"),
        ("Асан", "Asan"), ("Иман", "Iman"), ("Рах", "Rakh"), ("Сей", "Sei"), ("Тал", "Tal"), ("Шер", "Sher"),
        ("Эрк", "Erk"), ("Акм", "Akm"), ("Кулм", "Kulm"), ("Ниязб", "Niyazb")]
SYL2 = [("ык", "yk"), ("он", "on"), ("огул", "ogul"), ("ылда", "ylda"), ("аба", "aba"), ("ыкул", "ykul"),
        ("ат", "at"), ("ек", "ek"), ("ан", "an"), ("ар", "ar"), ("ай", "ai"), ("ил", "il"), ("ырбек", "yrbek"),
        ("али", "ali"), ("ушал", "ushal"), ("ен", "en"), ("ыр", "yr"), ("ам", "am"), ("ул", "ul"), ("ез", "ez"),
        ("ымбек", "ymbek"), ("азар", "azar"), ("итбай", "itbai"), ("анкул", "ankul"), ("еке", "eke"),
        ("обай", "obai"), ("ырза", "yrza"), ("ымкул", "ymkul"), ("атбек", "atbek"), ("унус", "unus")]
VOWELS = set("аеёиоуыэюяaeiouy")

EN_SENTENCES = [
    "The monitoring team visited the facility without prior notice and was given access to all cells.",
    "Conditions of detention in the disciplinary block remained below the minimum standards.",
    "The medical unit had no qualified doctor on duty during the night shift.",
    "Registers of admission were incomplete for the period under review.",
    "Several detained persons complained about the quality and quantity of food.",
    "The team spoke in private with detained persons and with staff members.",
    "Ventilation in the basement cells was inadequate and the temperature exceeded 30 degrees.",
    "No written record of the use of force was available for inspection.",
    "The head of the facility stated that repairs had been requested from the ministry.",
    "Access to a lawyer was delayed by up to three days after arrest.",
    "The complaints box had not been opened for several months.",
    "Visits by relatives were restricted without a written decision.",
]
RU_SENTENCES = [
    "Мониторинговая группа посетила учреждение без предварительного уведомления.",
    "Условия содержания в карцере не соответствуют минимальным стандартам.",
    "В медицинской части отсутствовал дежурный врач в ночное время.",
    "Журналы регистрации задержанных велись с нарушениями.",
    "Несколько задержанных пожаловались на качество питания.",
    "Группа провела конфиденциальные беседы с задержанными и сотрудниками.",
    "Вентиляция в камерах подвального этажа работала неудовлетворительно.",
    "Письменные записи о применении силы для проверки не представлены.",
    "Начальник учреждения сообщил, что заявка на ремонт направлена в министерство.",
    "Доступ к адвокату предоставлялся с задержкой до трёх суток.",
    "Ящик для жалоб не вскрывался в течение нескольких месяцев.",
    "Свидания с родственниками ограничивались без письменного решения.",
]
EN_FRAMES = ["{} alleged that he had been beaten during questioning.", "The team interviewed {} in private.",
             "According to {}, no complaint was registered.", "{}'s request for a medical examination was refused.",
             "Staff confirmed that {} had been held in the isolation cell for ten days."]
RU_FRAMES = ["{} сообщил, что его избивали во время допроса.", "Группа побеседовала с {} наедине.",
             "По словам {}, жалобы не регистрировались.", "Задержанный {} просил о медицинском осмотре.",
             "Сотрудники подтвердили, что {} содержался в изоляторе десять дней."]


def persons(count):
    """`count` distinct persons, deterministic: (id, cyrillic, latin, female)."""
    rng = random.Random(9)
    stems = [(a + b, la + lb) for a, la in SYL1 for b, lb in SYL2]
    rng.shuffle(stems)
    seen, out = set(), []
    i = 0
    while len(out) < count:
        female = rng.random() < 0.4
        given, given_l = rng.choice(GIVEN_F if female else GIVEN_M)
        stem, stem_l = stems[i % len(stems)]
        i += 1
        vowel_end = stem[-1] in VOWELS
        fam = stem + ("ев" if vowel_end else "ов") + ("а" if female else "")
        fam_l = stem_l + ("ev" if vowel_end else "ov") + ("a" if female else "")
        name = f"{given} {fam}"
        if name in seen:
            continue
        seen.add(name)
        out.append((f"P-{len(out):05d}", name, f"{given_l} {fam_l}", female))
    return out


def case_form(person, rng):
    """A Russian dative or genitive of the full name: only a normalizing matcher finds it."""
    _, name, _, female = person
    given, fam = name.split(" ")
    if female:
        return f"{given} {fam[:-1]}ой"
    return f"{given} {fam}{rng.choice(['у', 'а'])}" if given[-1] not in VOWELS else f"{given} {fam}у"


def redaction(outdir, docs, count):
    os.makedirs(outdir, exist_ok=True)
    people = persons(count)
    with open(os.path.join(outdir, "names.tsv"), "w", encoding="utf-8") as f:
        for pid, name, latin, _ in people:
            f.write(f"{pid}\t{name}\t{latin}\n")
    for n in (10, 1000, 10000):
        if n <= count:
            with open(os.path.join(outdir, f"names-{n}.txt"), "w", encoding="utf-8") as f:
                for _, name, latin, _ in people[:n]:
                    f.write(f"{name}\n{latin}\n")
    rng = random.Random(7)
    truth = {"declared_spelling": 0, "case_form": 0, "planted_first_10": 0, "planted_first_1000": 0}
    documents = []
    for d in range(docs):
        paragraphs = [f"# Report {d:05d}"]
        while sum(len(p.encode()) for p in paragraphs) < 5000:
            russian = rng.random() < 0.5
            sentences = []
            for _ in range(rng.randint(3, 6)):
                sentences.append(rng.choice(RU_SENTENCES if russian else EN_SENTENCES))
                if rng.random() < 0.35:
                    index = rng.randrange(10) if rng.random() < 0.5 else rng.randrange(count)
                    person = people[index]
                    truth["planted_first_10"] += index < 10
                    truth["planted_first_1000"] += index < 1000
                    if russian and rng.random() < 0.33:
                        mention = case_form(person, rng)
                        truth["case_form"] += 1
                        sentences.append(f"Со слов {mention}, жалобы не регистрировались.")
                    else:
                        mention = person[1] if russian else person[2]
                        truth["declared_spelling"] += 1
                        sentences.append(rng.choice(RU_FRAMES if russian else EN_FRAMES).format(mention))
            paragraphs.append(" ".join(sentences))
        documents.append("\n\n".join(paragraphs))
    text = "\n=====\n".join(documents) + "\n"
    with open(os.path.join(outdir, "corpus.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    truth["bytes"] = len(text.encode())
    truth["documents"] = docs
    with open(os.path.join(outdir, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
    print(json.dumps(truth))


def vault_docs(outdir, count, start, pool=20000):
    """COUNT documents in tamga's format (FORMAT.md), each with 1 or 2 declared persons."""
    os.makedirs(outdir, exist_ok=True)
    people = persons(pool)
    rng = random.Random(11 + start)
    for k in range(start, start + count):
        did = f"BR-{k:06d}"
        declared = [people[(2 * k) % pool], people[(2 * k + 1) % pool]][: rng.randint(1, 2)]
        lines = ["---", f"id: {did}", "kind: visit-report", f"title: Bench visit {k}",
                 f"date: 20{10 + k % 15:02d}-{1 + k % 12:02d}-{1 + k % 28:02d}", "facility: IVS-1 Bishkek",
                 "authors: [Bench Author]", "level: state", "persons:"]
        for pid, name, latin, _ in declared:
            lines += [f"  D-{pid[2:]}:", f"    name: {name}", f"    also: [{latin}]", "    role: detainee",
                      "    consent: []"]
        lines += ["tags: [overcrowding]", "---", "", "## Summary {.public}", "",
                  "The monitoring team visited the facility and spoke with detained persons.", "",
                  "## Findings", ""]
        body = []
        while sum(len(s.encode()) for s in body) < 3500:
            body.append(rng.choice(EN_SENTENCES))
            if rng.random() < 0.3:
                body.append(rng.choice(EN_FRAMES).format(rng.choice(declared)[2]))
            if rng.random() < 0.2:
                body.append(rng.choice(RU_FRAMES).format(rng.choice(declared)[1]))
        lines.append(" ".join(body))
        lines += ["", "## Recommendations {.public}", "", "1. Ensure a medical examination of every person on admission.", ""]
        with open(os.path.join(outdir, f"{did}.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


def big_doc(outdir, mib):
    """One state-level report of about MIB MiB that names none of the vault persons (issue 16's
    15 MiB document): English and Russian sentences without any name, in sections."""
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(16)
    lines = ["---", "id: BIG-000001", "kind: visit-report", "title: Bench annual compilation",
             "date: 2014-12-31", "facility: IVS-1 Bishkek", "authors: [Bench Author]", "level: state",
             "tags: [overcrowding]", "---", ""]
    size, section = 0, 0
    while size < mib * 1048576:
        section += 1
        lines += [f"## Section {section}", ""]
        for _ in range(20):
            paragraph = " ".join(rng.choice(RU_SENTENCES if rng.random() < 0.3 else EN_SENTENCES)
                                 for _ in range(rng.randint(3, 6)))
            lines += [paragraph, ""]
            size += len(paragraph.encode()) + 2
    with open(os.path.join(outdir, "BIG-000001.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main(argv):
    if len(argv) >= 2 and argv[0] == "redaction":
        docs = int(argv[argv.index("--docs") + 1]) if "--docs" in argv else 1000
        count = int(argv[argv.index("--persons") + 1]) if "--persons" in argv else 10000
        redaction(argv[1], docs, count)
    elif len(argv) >= 3 and argv[0] == "vault":
        start = int(argv[argv.index("--start") + 1]) if "--start" in argv else 0
        pool = int(argv[argv.index("--pool") + 1]) if "--pool" in argv else 20000
        vault_docs(argv[1], int(argv[2]), start, pool)
    elif len(argv) >= 3 and argv[0] == "big":
        big_doc(argv[1], int(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
