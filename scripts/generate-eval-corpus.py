#!/usr/bin/env python3
"""Generates tamga's evaluation corpus (issue 4, item 8) and its gold file.

Synthetic visit reports and interview records in English and Russian with
planted names of persons (declared in one document, mentioned in others,
in several forms), identifiers the policy's detectors must find, `sensitive`
strings and marked passages. The gold file says, per document and audience,
which planted strings must never appear in the export and which marked
passages must survive in it. Everything is drawn from one seeded generator,
so running this again gives the same bytes; the output is committed and the
Swift test (Tests/TamgaCoreTests/EvaluationCorpusTests.swift) only reads it.

    python3 scripts/generate-eval-corpus.py [OUTPUT_DIR]

Every name, number and event here is invented.
"""

import json
import os
import random
import sys

SEED = 20141028
DOCUMENTS = 240
PERSONS = 300
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "Evaluation")

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# Names: (Latin, Cyrillic). Kyrgyz given names and surnames; some surnames
# are built on given names (Almazbekov, Temirov), as they are in life.
MALE_GIVEN = [
    ("Aibek", "Айбек"), ("Nurlan", "Нурлан"), ("Bakyt", "Бакыт"), ("Azamat", "Азамат"),
    ("Ermek", "Эрмек"), ("Temir", "Темир"), ("Marat", "Марат"), ("Talant", "Талант"),
    ("Almaz", "Алмаз"), ("Daniyar", "Данияр"), ("Ruslan", "Руслан"), ("Bolot", "Болот"),
    ("Timur", "Тимур"), ("Askar", "Аскар"), ("Melis", "Мелис"), ("Chyngyz", "Чынгыз"),
    ("Adilet", "Адилет"), ("Nursultan", "Нурсултан"), ("Beksultan", "Бексултан"),
    ("Ilyas", "Ильяс"), ("Kanat", "Канат"), ("Erlan", "Эрлан"), ("Mirlan", "Мирлан"),
    ("Samat", "Самат"), ("Tilek", "Тилек"), ("Emil", "Эмиль"), ("Ulan", "Улан"),
]
FEMALE_GIVEN = [
    ("Gulnara", "Гульнара"), ("Aigerim", "Айгерим"), ("Asel", "Асель"), ("Cholpon", "Чолпон"),
    ("Nazira", "Назира"), ("Aizada", "Айзада"), ("Zhyldyz", "Жылдыз"), ("Elmira", "Эльмира"),
    ("Kanykei", "Каныкей"), ("Begaiym", "Бегайым"), ("Meerim", "Мээрим"), ("Aida", "Аида"),
    ("Saltanat", "Салтанат"), ("Dinara", "Динара"), ("Ainura", "Айнура"), ("Burul", "Бурул"),
    ("Venera", "Венера"), ("Zarina", "Зарина"),
]
# Male forms; the female form adds -a / -а.
SURNAMES = [
    ("Sadykov", "Садыков"), ("Osmonov", "Осмонов"), ("Zhumabaev", "Жумабаев"),
    ("Toktogulov", "Токтогулов"), ("Abdyldaev", "Абдылдаев"), ("Asanov", "Асанов"),
    ("Usenov", "Усенов"), ("Mamytov", "Мамытов"), ("Sultanov", "Султанов"),
    ("Almazbekov", "Алмазбеков"), ("Kadyrov", "Кадыров"), ("Ibraimov", "Ибраимов"),
    ("Tashiev", "Ташиев"), ("Omurbekov", "Омурбеков"), ("Dzhaparov", "Джапаров"),
    ("Sarygulov", "Сарыгулов"), ("Beishenaliev", "Бейшеналиев"), ("Kasymov", "Касымов"),
    ("Akmatov", "Акматов"), ("Duishenbiev", "Дуйшенбиев"), ("Zhoroev", "Жороев"),
    ("Kenzhebaev", "Кенжебаев"), ("Mukambetov", "Мукамбетов"), ("Ryskulov", "Рыскулов"),
    ("Turdubaev", "Турдубаев"), ("Esenaliev", "Эсеналиев"), ("Boronbaev", "Боронбаев"),
    ("Chotonov", "Чотонов"), ("Temirov", "Темиров"), ("Nurmatov", "Нурматов"),
    ("Kurmanaliev", "Курманалиев"), ("Bakirov", "Бакиров"), ("Dzhumagulov", "Джумагулов"),
    ("Satybaldiev", "Сатыбалдиев"), ("Orozbekov", "Орозбеков"), ("Kaparov", "Капаров"),
]
# Given names that are also common words (Bolot "steel", Bakyt "happiness"):
# the name engine matches them only next to another part of the name, so a
# bare one is never planted (the leak scan's stem rule would refuse the
# export, as it should, but that is not what the planted forms measure).
COMMON_WORD_GIVEN = {"Almaz", "Bolot", "Bakyt", "Temir", "Azamat", "Ermek", "Talant", "Tilek", "Ulan",
                     "Zhyldyz", "Cholpon", "Meerim"}

# Spelling rules of other Latin transliterations (informal, BGN/PCGN, ODNI):
# ы as i, ж as j, дж as j, -ев as -yev. Applied to the surname to make a
# spelling nobody declares, which the name engine must still find.
TRANSLITERATION_RULES = [("Dzh", "J"), ("Zh", "J"), ("zh", "j"), ("y", "i"), ("aev", "ayev"), ("iev", "iyev")]

# Other transliterations an author elsewhere may have used.
OTHER_LATIN = {"Sadykov": "Sadikov", "Zhumabaev": "Jumabaev", "Dzhaparov": "Japarov",
               "Tashiev": "Tashiyev", "Kenzhebaev": "Kenjebaev", "Zhoroev": "Joroev",
               "Dzhumagulov": "Jumagulov", "Chotonov": "Chotonow", "Kadyrov": "Kadirov"}

ROLE_PREFIX = {"detainee": "D", "witness": "W", "relative": "R", "official": "O", "staff": "S"}
ROLE_WEIGHTS = [("detainee", 40), ("witness", 15), ("relative", 15), ("official", 20), ("staff", 10)]
RU_ROLE = {"detainee": "задержанный", "witness": "свидетель", "relative": "родственник",
           "official": "сотрудник", "staff": "член группы"}


def pick_role():
    roll = rng.randrange(100)
    for role, weight in ROLE_WEIGHTS:
        if roll < weight:
            return role
        roll -= weight
    return "detainee"


# Russian case forms: (genitive, dative, instrumental).
def ru_given_cases(name, female):
    if female:
        if name.endswith("а"):
            stem = name[:-1]
            gen = stem + ("и" if stem[-1] in "гкхжшчщ" else "ы")
            return gen, stem + "е", stem + "ой"
        if name.endswith("ь"):
            stem = name[:-1]
            return stem + "и", stem + "и", stem + "ью"
        return name, name, name  # indeclinable (Каныкей, Бурул, Айгерим...)
    if name.endswith("ь"):
        stem = name[:-1]
        return stem + "я", stem + "ю", stem + "ем"
    return name + "а", name + "у", name + "ом"


def ru_surname_cases(surname, female):
    if female:
        stem = surname[:-1]  # Садыкова -> Садыков
        return stem + "ой", stem + "ой", stem + "ой"
    return surname + "а", surname + "у", surname + "ым"


class Person:
    def __init__(self, number):
        self.role = pick_role()
        self.id = f"{ROLE_PREFIX[self.role]}-{number:04d}"
        self.female = rng.random() < 0.35
        self.given = rng.choice(FEMALE_GIVEN if self.female else MALE_GIVEN)
        latin, cyr = rng.choice(SURNAMES)
        self.surname_base = latin
        self.surname = (latin + "a", cyr + "а") if self.female else (latin, cyr)
        self.latin = f"{self.given[0]} {self.surname[0]}"
        self.cyrillic = f"{self.given[1]} {self.surname[1]}"
        self.consent = []
        if self.role in ("detainee", "witness", "relative"):
            roll = rng.random()
            self.consent = ["state"] if roll < 0.12 else (["state", "public"] if roll < 0.17 else [])
        self.home = None        # the document that first declares the person
        self.canonical = None   # the `name` every declaration uses
        self.declared_in = []

    def protected_for(self, audience):
        if self.role == "staff":
            return False
        if self.role == "official" and audience == "state":
            return False
        return audience not in self.consent

    def other_latin(self):
        other = OTHER_LATIN.get(self.surname_base)
        if other is None:
            return None
        return f"{self.given[0]} {other}{'a' if self.female else ''}"


persons = []
seen_names = set()
number = 100
while len(persons) < PERSONS:
    number += 1
    person = Person(number)
    if person.latin in seen_names:
        continue
    seen_names.add(person.latin)
    persons.append(person)
by_role = {}
for person in persons:
    by_role.setdefault(person.role, []).append(person)

# --------------------------------------------------------------------------
# Text pools. Distinct pools per level, so a withheld passage never shares
# eight words with a visible one by construction (only by accident).
WINGS_EN = ["east wing", "west wing", "north block", "admission area", "women's section",
            "juvenile section", "exercise yard", "medical unit", "kitchen", "visiting area"]
ITEMS_EN = ["mattresses", "blankets", "beds", "working lamps", "water taps", "toilets",
            "windows that opened", "chairs", "shelves", "fire extinguishers"]
WINGS_RU = ["восточном крыле", "западном крыле", "северном блоке", "приёмном отделении",
            "женском отделении", "прогулочном дворе", "медицинской части", "столовой",
            "комнате свиданий", "карантинном отделении"]
ITEMS_RU = ["матрасов", "одеял", "кроватей", "исправных ламп", "кранов с водой", "туалетов",
            "открывающихся окон", "стульев", "полок", "огнетушителей"]
FACILITIES = [("IVS-{n} Bishkek", "ИВС-{n} Бишкек"), ("SIZO-{n} Osh", "СИЗО-{n} Ош"),
              ("Penal colony No. {n}", "Исправительная колония № {n}"),
              ("Police station No. {n}, Karakol", "Отдел милиции № {n}, Каракол"),
              ("Psychiatric hospital No. {n}, Chym-Korgon", "Психиатрическая больница № {n}, Чым-Коргон")]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
SHIFTS_EN = ["night-shift", "weekend", "morning-shift", "relief", "escort"]
SHIFTS_RU = ["ночной", "дневной", "выходной", "сменный", "конвойный"]

INTERNAL_SPANS_EN = ["behind the boiler room", "next to the guards' smoking corner",
                     "in the unlisted basement room", "under the stairwell by the archive",
                     "in the former storeroom of the canteen"]
INTERNAL_SPANS_RU = ["за котельной", "рядом с курилкой охраны", "в неучтённом подвальном помещении",
                     "под лестницей у архива", "в бывшей кладовой столовой"]

# Each pool: functions of a random source returning a sentence.
def n(a, b):
    return rng.randint(a, b)


PUBLIC_EN = [
    lambda: f"The monitoring team counted {n(12, 95)} {rng.choice(ITEMS_EN)} for {n(20, 140)} persons held in the {rng.choice(WINGS_EN)}.",
    lambda: f"Access to the {rng.choice(WINGS_EN)} was granted after a delay of {n(11, 59)} minutes at the main gate.",
    lambda: f"The registers listed {n(30, 400)} admissions since the previous visit, {n(2, 29)} of them of minors.",
    lambda: f"Natural light in the {rng.choice(WINGS_EN)} was measured at {n(20, 90)} lux at noon.",
    lambda: f"The facility reported a budget for food of {n(40, 180)} som per person per day.",
    lambda: f"Outdoor exercise lasted {n(15, 55)} minutes a day, against the hour the law requires.",
]
STATE_EN = [
    lambda: f"Cells designed for {n(2, 6)} persons held up to {n(7, 14)} in the {rng.choice(WINGS_EN)} on the day of the visit.",
    lambda: f"The duty log showed {n(3, 30)} transfers at night without a recorded reason during the last quarter.",
    lambda: f"The medical unit had received no medicines for {n(3, 11)} weeks and kept its records in pencil.",
    lambda: f"Temperatures of {n(28, 36)} degrees were measured in {n(2, 9)} cells on the upper floor.",
    lambda: f"Food was delivered in buckets and {n(3, 12)} detained persons had no plates of their own.",
    lambda: f"The complaints box had not been opened for {n(2, 9)} months according to the seal on it.",
]
INTERNAL_EN = [
    lambda: f"The interviewee described being made to stand facing the wall for {n(3, 9)} hours while questioned about the theft.",
    lambda: f"Marks consistent with handcuffs applied too tightly were photographed on both wrists, {n(2, 6)} days after arrest.",
    lambda: f"He said that a plastic bottle filled with water was used to strike him {n(3, 12)} times on the back.",
    lambda: f"She asked the team not to raise her account with the administration until her transfer in {n(2, 8)} weeks.",
    lambda: f"Two cellmates confirmed hearing shouting from the interrogation room between {n(1, 4)} and {n(5, 6)} in the morning.",
    lambda: f"The doctor had been told by an investigator not to record the injuries seen on admission on day {n(1, 5)}.",
]
PUBLIC_RU = [
    lambda: f"Мониторинговая группа насчитала {n(12, 95)} {rng.choice(ITEMS_RU)} на {n(20, 140)} человек в {rng.choice(WINGS_RU)}.",
    lambda: f"Доступ в помещения был предоставлен после задержки в {n(11, 59)} минут у главных ворот учреждения.",
    lambda: f"По журналам с прошлого посещения поступили {n(30, 400)} человек, из них {n(2, 29)} несовершеннолетних.",
    lambda: f"Естественное освещение в {rng.choice(WINGS_RU)} в полдень составило {n(20, 90)} люкс.",
    lambda: f"Учреждение сообщило о бюджете на питание в {n(40, 180)} сомов на человека в день.",
    lambda: f"Прогулка длилась {n(15, 55)} минут в день вместо предусмотренного законом часа.",
]
STATE_RU = [
    lambda: f"Камеры, рассчитанные на {n(2, 6)} человек, вмещали до {n(7, 14)} задержанных в {rng.choice(WINGS_RU)}.",
    lambda: f"Журнал дежурств показал {n(3, 30)} ночных переводов без указания причины за последний квартал.",
    lambda: f"Медицинская часть не получала лекарств {n(3, 11)} недель и вела записи карандашом.",
    lambda: f"В {n(2, 9)} камерах верхнего этажа измерена температура {n(28, 36)} градусов.",
    lambda: f"Пищу раздавали из вёдер, и у {n(3, 12)} задержанных не было собственной посуды.",
    lambda: f"Ящик для жалоб не вскрывался {n(2, 9)} месяцев, судя по пломбе на нём.",
]
INTERNAL_RU = [
    lambda: f"Опрошенный рассказал, что его заставили стоять лицом к стене {n(3, 9)} часов во время допроса о краже.",
    lambda: f"Следы, характерные для слишком туго затянутых наручников, сфотографированы на обоих запястьях через {n(2, 6)} дня после задержания.",
    lambda: f"По его словам, его били по спине пластиковой бутылкой с водой не менее {n(3, 12)} раз.",
    lambda: f"Она попросила группу не сообщать администрации о её рассказе до перевода через {n(2, 8)} недели.",
    lambda: f"Двое сокамерников подтвердили, что слышали крики из комнаты допросов между {n(1, 4)} и {n(5, 6)} часами утра.",
    lambda: f"Следователь велел врачу не фиксировать телесные повреждения, замеченные при поступлении на {n(1, 5)} день.",
]
RECOMMENDATIONS_EN = [
    ("Reduce occupancy to the official capacity of each cell.", "overcrowding", "Ministry of Interior"),
    ("Ensure a medical examination of every person on admission.", "medical-care", "Ministry of Health"),
    ("Investigate promptly every allegation of ill-treatment.", "ill-treatment", "Prosecutor General"),
    ("Open the complaints box weekly in the presence of a prosecutor.", "complaints", "Prosecutor General"),
    ("Provide an hour of outdoor exercise every day.", "regime", "Ministry of Justice"),
]
RECOMMENDATIONS_RU = [
    ("Привести наполняемость камер в соответствие с установленной вместимостью.", "overcrowding", "МВД"),
    ("Обеспечить медицинский осмотр каждого поступающего.", "medical-care", "Минздрав"),
    ("Незамедлительно расследовать каждое заявление о жестоком обращении.", "ill-treatment", "Генеральная прокуратура"),
    ("Еженедельно вскрывать ящик для жалоб в присутствии прокурора.", "complaints", "Генеральная прокуратура"),
    ("Обеспечить ежедневную часовую прогулку.", "regime", "Минюст"),
]

# --------------------------------------------------------------------------
# Identifiers (each planted string is protected in every non-internal export).
LETTERS = "ABCEHKMNOPTX"


def passport():
    return rng.choice(["AN", "AC", "ID", rng.choice(LETTERS) + rng.choice(LETTERS)]) + f"{n(1000000, 9999999)}"


def birth():
    return n(1, 28), n(1, 12), n(1958, 2004)


def pin(day, month, year):
    return f"{rng.choice('12')}{day:02d}{month:02d}{year}{n(0, 99999):05d}"


def phone():
    a, b, c = n(500, 779), n(100, 999), n(100, 999)
    if rng.random() < 0.5:
        return f"+996 {a} {b} {c}"
    return f"0{a} {b}{c}" if rng.random() < 0.6 else f"0{a}-{b}-{c}"


def identifier_sentence(language, pronoun_female):
    """A sentence with 1-3 identifiers; returns (sentence, [identifier strings])."""
    day, month, year = birth()
    dob = f"{day:02d}.{month:02d}.{year}" if rng.random() < 0.7 else f"{year}-{month:02d}-{day:02d}"
    doc = passport()
    number = pin(day, month, year)
    tel = phone()
    if language == "en":
        options = [
            (f"The person (born {dob}, passport {doc}) was registered on arrival.", [dob, doc]),
            (f"A relative can be reached at {tel} and asked for news.", [tel]),
            (f"The file gives the personal number PIN {number} and the date of birth {dob}.", [number, dob]),
            (f"The registration card, ID {doc[2:]} as written by the clerk, says born {dob}.", [f"ID {doc[2:]}", dob]),
        ]
        return rng.choice(options)
    verb = "родилась" if pronoun_female else "родился"
    options = [
        (f"Задержанный ({verb} {dob}, паспорт {doc}) зарегистрирован при поступлении.", [dob, doc]),
        (f"С родственниками можно связаться по телефону {tel}.", [tel]),
        (f"В деле указан ПИН {number} и дата рождения {dob}.", [number, dob]),
    ]
    return rng.choice(options)


# --------------------------------------------------------------------------
# Documents.
class Doc:
    def __init__(self, index):
        self.index = index
        self.language = "en" if index % 2 == 0 else "ru"
        self.kind = "interview" if rng.random() < 0.4 else "visit-report"
        year = 2015 + index % 3
        prefix = "INT" if self.kind == "interview" else "VR"
        self.id = f"{prefix}-{year}-{index + 1:03d}"
        self.year = year
        self.declared = []      # persons declared here
        self.sensitive = []
        self.blank = False      # nothing visible to state or public
        self.protected = {"state": [], "public": []}
        self.survive = []
        # Derived name forms (no document declares them) of persons protected
        # from an audience, planted in text that audience sees.
        self.visible_derived = {"state": [], "public": []}


docs = [Doc(i) for i in range(DOCUMENTS)]
# A few documents with nothing marked for anyone outside the NPM.
for doc in rng.sample(docs, 8):
    doc.blank = True

# Each person is declared in a home document, some in a second one too.
for person in persons:
    home = rng.choice(docs)
    person.home = home
    person.canonical = person.latin if home.language == "en" else person.cyrillic
    home.declared.append(person)
    person.declared_in.append(home)
    if rng.random() < 0.2:
        second = rng.choice(docs)
        if second is not home:
            second.declared.append(person)
            person.declared_in.append(second)
for doc in docs:
    if not doc.declared:
        person = rng.choice(persons)
        doc.declared.append(person)
        person.declared_in.append(doc)

# Spellings someone declared in `also` in some document, by person: an
# exact finder knows these vault-wide.
also_of = {}


def also_for(person, doc):
    """The `also` list this document declares for the person."""
    initial_latin = f"{person.given[0][0]}. {person.surname[0]}"
    initial_cyr = f"{person.given[1][0]}. {person.surname[1]}"
    if doc.language == "en":
        spellings = [person.cyrillic, initial_latin]
        if person.canonical != person.latin:
            spellings.append(person.latin)
    else:
        spellings = [person.latin, initial_cyr]
        if person.canonical != person.cyrillic:
            spellings.append(person.cyrillic)
    other = person.other_latin()
    if other and rng.random() < 0.5:
        spellings.append(other)
    spellings = [s for s in spellings if s != person.canonical]
    also_of.setdefault(person.id, set()).update(spellings)
    return spellings


declarations = {}
for doc in docs:
    for person in doc.declared:
        declarations[(doc.id, person.id)] = also_for(person, doc)


def declared_spellings(person):
    return {person.canonical} | also_of.get(person.id, set())


def mention(person, doc, allow_derived):
    """A way to write the person in this document's text: (text, form, derived)."""
    spellings = sorted(declared_spellings(person))
    native = [s for s in spellings if (s[0] < "\u0400") == (doc.language == "en")] or spellings
    choices = [("declared", rng.choice(native))]
    if allow_derived:
        surname = person.surname[0] if doc.language == "en" else person.surname[1]
        choices.append(("surname", surname))
    form, text = rng.choice(choices)
    return text, form


# Sensitive strings: a unique cell number per document, sometimes a duty officer.
cell_numbers = rng.sample(range(100, 999), DOCUMENTS)
for doc, cell in zip(docs, cell_numbers):
    if doc.language == "en":
        doc.sensitive.append(f"cell {cell}")
        if rng.random() < 0.4:
            doc.sensitive.append(f"the {rng.choice(SHIFTS_EN)} duty officer")
    else:
        doc.sensitive.append(f"камера {cell}")
        if rng.random() < 0.4:
            doc.sensitive.append(f"{rng.choice(SHIFTS_RU)} дежурный")
all_sensitive = sorted({s for doc in docs for s in doc.sensitive})

# Recommendation ids are unique in the vault.
recommendation_counter = [0]


def visible_to(level):
    return {"public": ["state", "public"], "state": ["state"], "internal": []}[level]


def add_protected(doc, text, category, level_seen_by, form=None, person=None):
    """Protected for every non-internal audience not in level_seen_by."""
    for audience in ("state", "public"):
        if audience in level_seen_by:
            continue
        entry = {"text": text, "category": category}
        if form:
            entry["form"] = form
        if person:
            entry["person"] = person
        doc.protected[audience].append(entry)


def transliterated(person):
    """The full Latin name with the surname spelled by another system, or None."""
    rules = [rule for rule in TRANSLITERATION_RULES if rule[0] in person.surname_base]
    if not rules:
        return None
    old, new = rng.choice(rules)
    surname = person.surname_base.replace(old, new) + ("a" if person.female else "")
    return f"{person.given[0]} {surname}"


def kyrgyz_cases(surname):
    """Genitive and dative of a surname in Kyrgyz (vowel harmony, last sound):
    Садыков -> Садыковдун, Садыковго; Ташиев -> Ташиевдин, Ташиевге;
    Садыкова -> Садыкованын, Садыковага."""
    if surname.endswith("а"):
        return surname + "нын", surname + "га"
    if surname.endswith("ев"):
        return surname + "дин", surname + "ге"
    return surname + "дун", surname + "го"


def other_form_sentence(doc, person):
    """A sentence naming the person in a form no document declares, which
    the name engine derives: another transliteration, a Kyrgyz case form,
    the surname with the initial after it, a distinctive given name alone.
    Returns (sentence, the planted text to protect, form) or None."""
    en = doc.language == "en"
    options = []
    variant = transliterated(person)
    if variant and variant not in declared_spellings(person):
        options.append("transliteration")
    if not en:
        options.append("kyrgyz-case")
    options.append("initial-after")
    if person.given[0] not in COMMON_WORD_GIVEN:
        options.append("given-name")
    form = rng.choice(options)
    if form == "transliteration":
        if en:
            return f"{variant} was named in the complaint register.", variant, form
        return f"В журнале жалоб записан {variant}.", variant, form
    if form == "kyrgyz-case":
        genitive, dative = kyrgyz_cases(person.surname[1])
        if rng.random() < 0.5:
            return f"Иш {genitive} арызы боюнча козголгон.", genitive, form
        return f"{dative} медициналык жардам көрсөтүлгөн жок.", dative, form
    if form == "initial-after":
        written = f"{person.surname[0]} {person.given[0][0]}." if en else f"{person.surname[1]} {person.given[1][0]}."
        if en:
            return f"The transfer list names {written} twice.", written, form
        return f"В списке на этап дважды указан {written}", written, form
    given = person.given[0] if en else person.given[1]
    if en:
        return f"{given} asked the team to come back.", f"{given} asked", form
    verb = "попросила" if person.female else "попросил"
    return f"{given} {verb} группу приехать снова.", f"{given} {verb}", form


def plant_person(doc, person, text, form, level):
    """Record a written mention: protected wherever the person is protected,
    whatever the level of the passage."""
    for audience in ("state", "public"):
        if person.protected_for(audience):
            entry = {"text": text, "category": "name", "form": form, "person": person.id}
            doc.protected[audience].append(entry)
            if form != "declared" and audience in visible_to(level):
                doc.visible_derived[audience].append({"text": text, "person": person.id})


def survivor(doc, text, level):
    doc.survive.append({"text": text, "level": level, "audiences": visible_to(level)})


def withheld(doc, text, level):
    add_protected(doc, text, "withheld", visible_to(level))


def others(doc):
    """Persons declared anywhere but not here: mentioned by name only."""
    return [p for p in persons if doc not in p.declared_in]


def person_sentence(doc, person, level, allow_derived=True, ref=False):
    """A sentence naming a person; returns its text."""
    if ref and person in doc.declared:
        written = f"@{person.id}"
        form = None
    elif allow_derived and rng.random() < 0.4:
        sentence, written, form = other_form_sentence(doc, person)
        plant_person(doc, person, written, form, level)
        return sentence
    elif doc.language == "ru" and allow_derived and rng.random() < 0.45:
        case = rng.randrange(3)
        given = ru_given_cases(person.given[1], person.female)[case]
        surname = ru_surname_cases(person.surname[1], person.female)[case]
        written = f"{given} {surname}" if rng.random() < 0.5 else surname
        # A case form equal to a declared spelling is not derived.
        form = "declared" if written in declared_spellings(person) else "case-form"
        templates = [
            "Со слов {w}, жалобы не регистрировались.",
            "Группа обеспечила {w} конфиденциальную беседу.",
            "Члены группы побеседовали с {w} наедине.",
        ]
        sentence = templates[case].format(w=written)
        if form is not None:
            plant_person(doc, person, written, form, level)
        return sentence
    else:
        written, form = mention(person, doc, allow_derived)
    shown = written
    if form == "surname" and doc.language == "en":
        shown = ("Ms " if person.female else "Mr ") + written
    if doc.language == "en":
        role_word = {"detainee": "A detained person", "witness": "A witness", "relative": "A relative",
                     "official": "The officer on duty", "staff": "The team member"}[person.role]
        templates = [
            f"{role_word}, {shown}, spoke to the team in private.",
            f"{shown} said that the complaint had been ignored.",
            f"The team was met by {shown} at the entrance.",
        ]
    else:
        role_word = RU_ROLE[person.role].capitalize()
        templates = [
            f"{role_word} {shown} побеседовал с группой наедине.",
            f"{shown} сообщил, что жалоба осталась без ответа.",
            f"Группу у входа встретил {shown}.",
        ]
    if form is not None:
        plant_person(doc, person, written, form, level)
    return rng.choice(templates)


def wrap(text, width=78):
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def paragraph(sentences):
    text = " ".join(sentences)
    return wrap(text) if rng.random() < 0.6 else text


def build(doc):
    en = doc.language == "en"
    pub, sta, intl = (PUBLIC_EN, STATE_EN, INTERNAL_EN) if en else (PUBLIC_RU, STATE_RU, INTERNAL_RU)
    unmarked = "internal"
    if doc.kind == "visit-report" and not doc.blank and rng.random() < 0.6:
        unmarked = "state"
    if doc.kind == "interview" and not doc.blank and rng.random() < 0.15:
        unmarked = "state"
    body = []

    def pick(pool, level, count):
        sentences = []
        for _ in range(count):
            sentence = rng.choice(pool)()
            # Unique in the document, so survival checks are unambiguous.
            while any(sentence == s["text"] for s in doc.survive) or sentence in sentences:
                sentence = rng.choice(pool)()
            sentences.append(sentence)
            if level == "internal" or level == "state":
                pass
        return sentences

    declared = doc.declared
    outsiders = others(doc)

    def names_sentence(level, allow_derived):
        if rng.random() < 0.5 and declared:
            person = rng.choice(declared)
            return person_sentence(doc, person, level, allow_derived, ref=rng.random() < 0.4)
        return person_sentence(doc, rng.choice(outsiders), level, allow_derived)

    def ident(level):
        sentence, planted = identifier_sentence(doc.language, rng.random() < 0.4)
        for item in planted:
            add_protected(doc, item, "identifier", [])
        return sentence

    def sensitive_sentence(level):
        string = rng.choice(doc.sensitive) if rng.random() < 0.75 else rng.choice(all_sensitive)
        add_protected(doc, string, "sensitive", [])
        if en:
            return f"The team was told about {string} by several people."
        return f"Группе рассказали про: {string}."

    # Summary: public (visit reports only; interviews may go no higher than state).
    if doc.kind == "visit-report" and not doc.blank:
        title = "Summary" if en else "Краткое изложение"
        sentences = pick(pub, "public", rng.randint(2, 3))
        for s in sentences:
            survivor(doc, s, "public")
        # Half the summaries name someone, often in a form nobody declares:
        # visible to the public, so replaced there and for the State.
        if rng.random() < 0.5:
            sentences = sentences[:1] + [names_sentence("public", allow_derived=True)] + sentences[1:]
        body += [f"## {title} {{.public}}", "", paragraph(sentences), ""]

    # Main section at the unmarked level, with spans.
    title = ("Conditions of detention" if en else "Условия содержания") if doc.kind == "visit-report" \
        else ("Account" if en else "Рассказ опрошенного")
    level = unmarked
    sentences = pick(sta if level == "state" else intl, level, 2)
    for s in sentences:
        (survivor if level == "state" else withheld)(doc, s, level)
    extra = [names_sentence(level, allow_derived=rng.random() < 0.6)]
    if rng.random() < 0.6:
        extra.append(ident(level))
    if rng.random() < 0.5:
        extra.append(sensitive_sentence(level))
    mixed = sentences[:1] + extra + sentences[1:]
    body += [f"## {title}", "", paragraph(mixed), ""]
    # A paragraph with an internal span (short) or a long internal span.
    if level == "state":
        span = rng.choice(INTERNAL_SPANS_EN if en else INTERNAL_SPANS_RU)
        cell = doc.sensitive[0]
        add_protected(doc, span, "withheld", [])
        add_protected(doc, cell, "sensitive", [])
        lead = rng.choice(sta)()
        while any(lead == s["text"] for s in doc.survive):
            lead = rng.choice(sta)()
        survivor(doc, lead, "state")
        if en:
            text = f"{lead} The worst conditions were found [{span}]{{.internal}} and in [{cell}]{{.internal}}."
        else:
            text = f"{lead} Худшие условия обнаружены [{span}]{{.internal}} и в [{cell}]{{.internal}}."
        body += [paragraph([text]), ""]
        if rng.random() < 0.4:
            secret = rng.choice(intl)()
            withheld(doc, secret, "internal")
            lead2 = rng.choice(sta)()
            while any(lead2 == s["text"] for s in doc.survive):
                lead2 = rng.choice(sta)()
            survivor(doc, lead2, "state")
            body += [paragraph([f"{lead2} [{secret}]{{.internal}}"]), ""]

    # An internal div or section with names and identifiers.
    secret_sentences = pick(intl, "internal", 2)
    for s in secret_sentences:
        withheld(doc, s, "internal")
    secret_extra = [names_sentence("internal", allow_derived=True), ident("internal")]
    secret_text = paragraph(secret_sentences[:1] + secret_extra + secret_sentences[1:])
    if rng.random() < 0.5:
        body += ["::: internal" if rng.random() < 0.5 else "::: {.internal}", secret_text, ":::", ""]
    else:
        body += [f"## {'Allegations' if en else 'Заявления о жестоком обращении'} {{.internal}}", "", secret_text, ""]

    # State content marked explicitly when unmarked text is internal.
    if unmarked == "internal" and not doc.blank:
        title = "Observations of the monitors" if en else "Наблюдения мониторов"
        sentences = pick(sta, "state", 2)
        for s in sentences:
            survivor(doc, s, "state")
        mention_text = names_sentence("state", allow_derived=rng.random() < 0.6)
        if rng.random() < 0.5:
            body += [f"## {title} {{.state}}", "", paragraph(sentences[:1] + [mention_text] + sentences[1:]), ""]
        else:
            body += [f"## {title}", "", "::: state", paragraph(sentences[:1] + [mention_text] + sentences[1:]), ":::", ""]

    # Recommendations: public in visit reports.
    if doc.kind == "visit-report" and not doc.blank:
        pool = RECOMMENDATIONS_EN if en else RECOMMENDATIONS_RU
        body += [f"## {'Recommendations' if en else 'Рекомендации'} {{.public}}", ""]
        for number, (text, theme, to) in enumerate(rng.sample(pool, rng.randint(1, 3)), start=1):
            recommendation_counter[0] += 1
            rid = f"R-{doc.id}-{number}"
            survivor(doc, text, "public")
            body.append(f"{number}. [{text}]{{.recommendation #{rid} to=\"{to}\" theme={theme}}}")
        body.append("")
    return unmarked, body


def yaml_quote(text):
    if any(c in text for c in ":#[]{},&*!|>'\"%@`") or text != text.strip():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def front_matter(doc, unmarked):
    en = doc.language == "en"
    facility = rng.choice(FACILITIES)
    number = n(1, 47)
    lines = ["---", f"id: {doc.id}", f"kind: {doc.kind}"]
    place = (facility[0] if en else facility[1]).format(n=number)
    if doc.kind == "visit-report":
        title = f"Visit to {place}" if en else f"Посещение: {place}"
    else:
        title = f"Interview at {place}" if en else f"Интервью: {place}"
    month, day = n(1, 12), n(1, 28)
    lines += [f"title: {yaml_quote(title)}", f"date: {doc.year}-{month:02d}-{day:02d}", f"facility: {yaml_quote(place)}"]
    staff = by_role["staff"]
    authors = [(p.latin if en else p.cyrillic) for p in rng.sample(staff, 2)]
    lines.append(f"authors: [{', '.join(authors)}]")
    if unmarked == "state":
        lines.append("level: state")
    lines.append("persons:")
    for person in doc.declared:
        also = declarations[(doc.id, person.id)]
        lines += [f"  {person.id}:", f"    name: {person.canonical}",
                  f"    also: [{', '.join(yaml_quote(a) for a in also)}]",
                  f"    role: {person.role}", f"    consent: [{', '.join(person.consent)}]"]
        # The declared spellings are protected wherever the person is.
        for spelling in sorted({person.canonical} | set(also)):
            for audience in ("state", "public"):
                if person.protected_for(audience):
                    doc.protected[audience].append(
                        {"text": spelling, "category": "name", "form": "declared", "person": person.id})
    lines.append("sensitive:")
    lines += [f"  - {yaml_quote(s)}" for s in doc.sensitive]
    for s in doc.sensitive:
        add_protected(doc, s, "sensitive", [])
    lines.append(f"tags: [{rng.choice(['overcrowding', 'medical-care', 'ill-treatment', 'complaints'])}]")
    lines.append("---")
    return lines


os.makedirs(OUT, exist_ok=True)
for name in os.listdir(OUT):
    if name.endswith(".md") or name == "gold.json":
        os.remove(os.path.join(OUT, name))

gold = {"generator": "scripts/generate-eval-corpus.py", "seed": SEED, "documents": []}
for doc in docs:
    unmarked, body = build(doc)
    head = front_matter(doc, unmarked)
    text = "\n".join(head + ["", ""] + body).rstrip("\n") + "\n"
    file = f"{doc.id}{'.ru' if doc.language == 'ru' else ''}.md"
    with open(os.path.join(OUT, file), "w", encoding="utf-8") as handle:
        handle.write(text)

    def dedupe(entries):
        seen, result = set(), []
        for entry in entries:
            key = (entry["text"], entry.get("person"))
            if key not in seen:
                seen.add(key)
                result.append(entry)
        return sorted(result, key=lambda e: (e["category"], e["text"]))

    gold["documents"].append({
        "id": doc.id, "file": file, "language": doc.language, "kind": doc.kind,
        "protected": {audience: dedupe(doc.protected[audience]) for audience in ("state", "public")},
        "survive": doc.survive,
        "visibleDerivedNames": {a: sorted(doc.visible_derived[a], key=lambda e: (e["text"], e["person"]))
                                for a in ("state", "public")},
    })

with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as handle:
    json.dump(gold, handle, ensure_ascii=False, indent=1, sort_keys=True)
    handle.write("\n")
print(f"{len(docs)} documents, {len(persons)} persons -> {OUT}")
