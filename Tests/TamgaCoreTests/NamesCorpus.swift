import Foundation
@testable import TamgaCore

/// Deterministic registries and texts for the golden corpus (`NamesGoldenTests`)
/// and the word filter tests: mixed
/// English, Russian and Kyrgyz prose with names planted in every form and
/// disguise the matcher claims to see through, and near-misses around them.
///
/// Why generated and seeded: the matcher takes shortcuts by script,
/// by byte and by word start, so the texts must reach every branch (multi-byte
/// boundaries, marks at the end of the text, words glued to digits, homoglyphs
/// in either script) many times, and a failure must reproduce exactly.
struct NamesCorpus {
    /// The tests' SplitMix64 (`SeededGenerator`): tiny, seedable, the same on every platform.
    struct Random {
        private var generator: SeededGenerator
        init(state: UInt64) { generator = SeededGenerator(state: state) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    }

    static let givenNames = [
        "Айбек", "Нурлан", "Бакыт", "Азамат", "Эркин", "Улан", "Тилек", "Мирлан", "Санжар", "Бекзат", "Гульнара",
        "Айгуль", "Жылдыз", "Чолпон", "Асель", "Нургуль", "Айпери", "Бермет", "Мээрим", "Сергей", "Алексей",
        "Дмитрий", "Андрей", "Иван", "Николай", "Михаил", "Юлия", "Наталья", "Елена", "Ольга", "Татьяна", "Мария",
        "Болот", "Роман", "Нур", "Ли", "Али", "Ким", "Жаңыл", "Өмүр", "Үсөн", "Чыңгыз", "Ёлкин", "Эмиль",
        "Игорь", "Айгерим", "Хасан", "Цой", "Щукин", "Дьяков",
    ]
    static let latinGivenNames = ["Aibek", "John", "Mark", "Grace", "Victor", "Nicolai", "Ajbek", "Muhammed", "Sergej", "Yulia"]
    static let surnameRoots = [
        "Садык", "Асан", "Мамыт", "Токтогул", "Жумаб", "Осмон", "Турдубай", "Бейшен", "Абдыкадыр", "Исак",
        "Рахим", "Каримбай", "Эсен", "Алым", "Сатыбалды", "Кадыр", "Иван", "Петр", "Кузнец", "Смирн",
        "Жээнбек", "Чынгыз", "Хасан", "Щук", "Цыган", "Ёлк", "Үсөн", "Өмүрбек", "Алиев", "Достоевск",
    ]
    static let surnameEndings = ["ов", "ев", "ова", "ева", "ин", "ина", "ий", "ая", "", "бек", "енко"]
    static let latinSurnames = ["Sadykov", "Aliyev", "O'Brien", "Smith", "Tsoi", "Dzhumabaev", "Shchukin", "Kim", "Grace", "Rakhimov"]

    static let russianWords = """
    и в не на он с что а по это она этот к но они мы как из у который то за свой весь год от так о для же все тот
    мочь человек такой сказать только или еще бы себя один уже до время если сам когда другой вот знать стать при
    чтобы дело жизнь кто первый очень два день новый рука даже во раз где там под можно какой после без самый потом
    задержанный учреждение камера жалоба адвокат охрана осмотр условия пытки садр болот ли ким нур роман садыр
    айбеков садыковский ивановка алиевы сергеевич уулу кызы
    """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let englishWords = """
    the of and to in a is that for it as was with be by on not he this are or his from at which but have an they
    you were her she there been one all we their has would when if so no will more can other its about up out
    detention facility monitors visited report prison cell detainee complained lawyer guard medical interview
    grace mark will joy rose hope may max bill sadyr sadykovsky abekov aibeks kimono alibi lily ivanovich
    """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let kyrgyzWords = "жана менен үчүн бул ал да эле болот бакыт нур күн алтын темир кыз уул айыл шаар түрмө камак".split(separator: " ").map(String.init)

    /// Characters that may appear between or inside words of a hostile text.
    static let invisibles: [String] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{202E}", "\u{202C}", "\u{034F}", "\u{0301}", "\u{0306}", "\u{FE0F}", "\u{E0041}"]
    static let separators: [String] = [
        " ", " ", " ", "  ", "\u{00A0}", "\n", "\r\n", " \n ", "\t", "\u{2009}", "\u{3000}", ", ", ". ", " - ", " — ",
        "-", "\u{2011}", "/", "(", ")", "«", "»", "\"", "'", "’", "5", "2024", ";", ":", "!", "?", "…", "·", "😀", "中", "α",
    ]
    static let homoglyphs: [Character: Character] = [
        "а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x", "у": "y", "к": "k", "м": "m", "т": "t",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
        "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "k": "к",
        "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х",
    ]
    static let caseEndings = [
        "а", "у", "ым", "ом", "ой", "е", "ы", "их", "ого", "ому", "ей", "ю", "я", "ем", "s", "'s", "’s", "a", "u", "ym", "om",
        "дун", "га", "ды", "дан", "дордун", "тун", "ка", "нын", "ге", "дин", "дө", "дай", "ча", "ский", "ка", "ович", "евна",
    ]

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    /// A registry of `count` persons: Cyrillic names with their Latin spellings,
    /// families sharing surnames, Turkic and Russian patronymics, declared
    /// initials, short names, names that are common words, Latin-only names.
    mutating func persons(_ count: Int) -> [PersonNames] {
        var out: [PersonNames] = []
        var seen = Set<String>()
        while out.count < count {
            let given = random.pick(Self.givenNames)
            let surname = random.pick(Self.surnameRoots) + random.pick(Self.surnameEndings)
            var name: String
            switch random.int(10) {
            case 0: name = "\(given) \(random.pick(Self.surnameRoots)) \(random.chance(50) ? "уулу" : "кызы")"
            case 1: name = "\(given) \(random.pick(Self.surnameRoots))ович \(surname)"
            case 2: name = "\(surname.uppercased()) \(given)"
            case 3: name = "\(random.pick(Self.latinGivenNames)) \(random.pick(Self.latinSurnames))"
            case 4: name = given
            default: name = "\(given) \(surname)"
            }
            guard seen.insert(name).inserted else { continue }
            var spellings = [name]
            if random.chance(60) {
                spellings.append(Transliteration.latin(name, system: random.pick(TransliterationSystem.allCases)))
            }
            if random.chance(10) {
                let initials = name.split(separator: " ").compactMap(\.first).prefix(2).map { "\($0)." }.joined()
                spellings.append(initials)
            }
            if random.chance(5) { spellings.append(random.pick(Self.givenNames)) }
            out.append(PersonNames(personID: "P-\(out.count)", spellings: spellings))
        }
        return out
    }

    /// About `bytes` of prose with a mention of a random person about every `every` words.
    mutating func text(bytes: Int, persons: [PersonNames], every: Int = 12) -> String {
        var out = ""
        out.reserveCapacity(bytes + 256)
        while out.utf8.count < bytes {
            let language = random.int(3)
            for index in 0..<(5 + random.int(20)) {
                if random.int(every) == 0, !persons.isEmpty {
                    out += mention(of: random.pick(persons))
                } else {
                    var word = language == 0 ? random.pick(Self.englishWords) : language == 1 ? random.pick(Self.russianWords) : random.pick(Self.kyrgyzWords)
                    if index == 0 || random.chance(10) { word = word.prefix(1).uppercased() + word.dropFirst() }
                    if random.chance(2) { word = disguise(word) }
                    out += word
                }
                out += random.chance(85) ? " " : random.pick(Self.separators)
            }
            out += random.pick([". ", ".\n", "!\n\n", "? ", ".", "\n", "…", "; "])
        }
        return out
    }

    /// One mention: a spelling, a part, a case form, in some system, disguised or not, with initials or not.
    mutating func mention(of person: PersonNames) -> String {
        let spelling = random.pick(person.spellings)
        var parts = spelling.split(separator: " ").map(String.init)
        if parts.count > 1, random.chance(40) { parts = [random.pick(parts)] }
        if parts.count > 1, random.chance(15) { parts.reverse() }
        if random.chance(35), let last = parts.popLast() { parts.append(last + random.pick(Self.caseEndings)) }
        if random.chance(20) {
            let system = random.pick(TransliterationSystem.allCases)
            parts = parts.map { Transliteration.latin($0, system: system) }
        } else if random.chance(10) {
            parts = parts.map { Transliteration.cyrillic($0).first ?? $0 }
        }
        if random.chance(10) { parts = parts.map { $0.uppercased() } }
        if random.chance(8) { parts = parts.map { $0.lowercased() } }
        parts = parts.map { random.chance(30) ? disguise($0) : $0 }
        let glue = [" ", " ", " ", "\u{00A0}", "\n", "  \n  ", ", ", "", "-\n", " \u{200B}"]
        var text = parts.first ?? ""
        for part in parts.dropFirst() { text += random.pick(glue) + part }
        let initials = ["А. ", "А.Б. ", "A. ", "A.", "Ж.", "Yu. ", "а. ", "A.B. "]
        switch random.int(10) {
        case 0: text = random.pick(initials) + text
        case 1: text += random.pick([" А.", " А.Б.", " A.", " S.", " Б", " A,", " Ж.Т."])
        case 2: text += random.pick([" уулу", " кызы", " Садыкович", " Мамыт уулу", " Petrovich", " Ivanovna", " угли"])
        default: break
        }
        let wrap = random.int(12)
        switch wrap {
        case 0: return "«\(text)»"
        case 1: return "(\(text))"
        case 2: return "\"\(text)\""
        case 3: return text + random.pick(["'s", "’s", "s", "5", "’"])
        default: return text
        }
    }

    /// A typographic disguise: invisible characters, homoglyphs, NFD, a hyphenated line break, glued parts.
    mutating func disguise(_ word: String) -> String {
        var characters = Array(word)
        guard characters.count > 1 else { return word }
        switch random.int(7) {
        case 0:
            let at = 1 + random.int(characters.count - 1)
            return String(characters[..<at]) + random.pick(Self.invisibles) + String(characters[at...])
        case 1:
            for i in characters.indices where random.chance(30) {
                if let swap = Self.homoglyphs[characters[i]] { characters[i] = swap }
            }
            return String(characters)
        case 2:
            return word.decomposedStringWithCanonicalMapping
        case 3:
            let at = 1 + random.int(characters.count - 1)
            return String(characters[..<at]) + random.pick(["-\n", "-\r\n", "- \n  ", "\u{00AD}\n", "-\n\n"]) + String(characters[at...])
        case 4:
            return word.prefix(1).uppercased() + word.dropFirst().lowercased() + random.pick(["Садыков", "Sadykov", "Ли", "Айбек"])
        case 5:
            let at = 1 + random.int(characters.count - 1)
            return String(characters[..<at]) + random.pick(["ь", "ъ", "ʼ", "ʹ", "'", "’", "`", "·"]) + String(characters[at...])
        default:
            return word + random.pick(Self.invisibles)
        }
    }

    /// A short string over a hostile alphabet: name fragments, both scripts,
    /// marks, invisibles, separators; for fuzzing edges (text start and end,
    /// lone marks, words of one letter).
    mutating func fuzz(maxPieces: Int) -> String {
        let fragments = [
            "Сад", "ыков", "Sad", "ykov", "Ай", "бек", "Ai", "bek", "уулу", "кызы", "ов", "а", "у", "дун", "Ли", "Ким",
            "А.", "Б.", "A.", "S.", "ж", "Х", "x", "ч", "щ", "ц", "ts", "ch", "sh", "zh", "dzh", "ng", "ң", "ө", "ү",
            "ye", "ie", "j", "y", "й", "ы", "oe", "ue", "c", "q", "w", "Болот", "Исаков", "Мамыт", "ович", "овна",
        ] + Self.invisibles + Self.separators
        var out = ""
        for _ in 0..<(1 + random.int(maxPieces)) { out += random.pick(fragments) }
        return out
    }
}
