import Foundation

/// Derives the skeleton keys of one person from their declared spellings.
///
/// Why keys and not spellings: the skeleton already folds the systems
/// (Sadykov, Sadikov, Садыков, Sadyqov, Sadykow are one key), and a stem
/// key with the shared ending set stands for every case form, so a person
/// costs a handful of keys, not the thousands of spellings an enumeration
/// of systems × cases × harmony classes would give. Only what the text-side
/// skeleton cannot decide is enumerated here, and bounded (`maxKeysPerPart`):
/// the skeleton of each system's transliteration of a Cyrillic part (ISO 9
/// û/â/c, informal j for й/ю/я, Uzbek x for х), and for a Latin part j read as й, x as х,
/// c as к, doubled letters single (Muhammed/Muhamed); and for a Cyrillic part
/// its German, Turkish, French, Polish and Czech writing (`ForeignTransliteration`),
/// whose letters the text side cannot read back (Turkish c is дж).
enum NameKeyBuilder {
    /// Raised from 16 for the stripped Czech spellings (round 7), which come last.
    static let maxKeysPerPart = 24

    /// Which name parts are common words: the shipped lexicon (`CommonWords`),
    /// or, for the equivalence tests, another list read per skeleton key.
    struct CommonWordTest: Sendable {
        let isCommon: @Sendable (_ part: String, _ key: String) -> Bool

        static let lexicon = CommonWordTest { part, _ in CommonWords.shared.isNamePart(part) }
    }

    static func keys(for names: PersonNames, person: Int32, commonWords: CommonWordTest = .lexicon) -> [NameKey] {
        var keys: [NameKey] = []
        var seen = Set<NameKey>()
        func add(_ symbols: [UInt8], _ role: NameParts.Role, _ endings: NameKey.Endings, _ risk: NameKey.Risk) {
            guard !symbols.isEmpty, symbols.allSatisfy({ SkeletonAutomaton.columns[Int($0)] != 0 }) else { return }
            let key = NameKey(symbols: symbols, person: person, role: role, endings: endings, risk: risk)
            if seen.insert(key).inserted { keys.append(key) }
        }
        for spelling in names.spellings {
            let parsed = NameParts.parse(spelling)
            for part in parsed.parts {
                if part.role == .spelling {
                    let initials = initialsForms(part.text)
                    for form in initials { add(form, .spelling, .none, .distinctive) }
                    if initials.isEmpty {
                        for key in partKeys(part.text) { addNameKeys(key, .spelling, part.text, commonWords, add) }
                    }
                    continue
                }
                for key in partKeys(part.text) {
                    switch part.role {
                    case .father:
                        add(key, .father, .none, .distinctive)
                        addDerivedFromFather(key, add)
                    case .surname:
                        addNameKeys(key, .surname, part.text, commonWords, add)
                        if let father = fatherStem(ofSurname: key) {
                            add(father, .father, .none, .distinctive)
                            // "Erke Toktosun" for Erke Toktosunova: the surname without -ova.
                            if father.count >= 5 { add(father, .derivedPart, .full, .distinctive) }
                            addDerivedFromFather(father, surname: false, add)
                        }
                    default:
                        addNameKeys(key, part.role, part.text, commonWords, add)
                    }
                }
            }
        }
        // A diminutive's given name (derived, not declared) is matched only
        // with a capital: its short stem (ван- of Ваня) begins common words
        // (ванна, ванька), and a reader writes a name with a capital.
        for spelling in names.diminutives {
            // "Нурик Бакыт уулу": a Kyrgyz spelling's one open part is the given name (red-team round 4).
            let parts = NameParts.parse(spelling).parts
            let kyrgyz = parts.contains { $0.role == .father }
            guard let given = parts.first(where: { $0.role == .given || (kyrgyz && $0.role == .surname) }) else { continue }
            for key in partKeys(given.text) {
                addNameKeys(key, .given, given.text, commonWords) { symbols, role, endings, risk in
                    add(symbols, role, endings, risk == .distinctive ? .short : risk)
                }
            }
        }
        // The possessive adjective of the given name (Айбеков брат, red-team round 5):
        // its declension is the adjective's, which the full endings hold, but for the
        // neuter -о (Айбеково дело), keyed whole.
        for stem in GivenNamePossessives.stems(ofSpellings: names.spellings) {
            let common = commonWords.isCommon(stem, "")
            for key in partKeys(stem) {
                add(key, .possessive, .full, common ? .commonWord : .distinctive)
                add(key + [UInt8(ascii: "o")], .possessive, .none, common ? .commonWord : .distinctive)
            }
        }
        return keys
    }

    /// The key itself (Kyrgyz and English endings attach to the nominative)
    /// and its Russian stem (Гульнара → гульнар-, Сергей → серге-, Достоевский → достоевск-).
    private static func addNameKeys(
        _ key: [UInt8], _ role: NameParts.Role, _ part: String, _ commonWords: CommonWordTest,
        _ add: ([UInt8], NameParts.Role, NameKey.Endings, NameKey.Risk) -> Void
    ) {
        let common = commonWords.isCommon(part, String(decoding: key, as: UTF8.self))
        let risk: NameKey.Risk = key.count < 4 ? (common ? .shortCommonWord : .short) : (common ? .commonWord : .distinctive)
        add(key, role, key.count < 4 ? .short : .full, risk)
        let stem = russianStem(key)
        if stem.count >= 2, stem != key {
            add(stem, role, stem.count < 4 ? .short : .full, risk)
        }
    }

    /// Strips a Russian nominative ending in skeleton space: -ая, -я, -а, -й/-ий/-ый.
    static func russianStem(_ key: [UInt8]) -> [UInt8] {
        let text = String(decoding: key, as: UTF8.self)
        for ending in ["aia", "ia", "a", "i"] where text.hasSuffix(ending) && text.count > ending.count + 1 {
            return Array(key.dropLast(ending.count))
        }
        return key
    }

    /// Садыков → Садык (the father's name behind a Kyrgyz surname), Садыкова → Садык.
    static func fatherStem(ofSurname key: [UInt8]) -> [UInt8]? {
        let text = String(decoding: key, as: UTF8.self)
        for ending in ["ova", "eva", "ov", "ev"] where text.hasSuffix(ending) && text.count >= ending.count + 3 {
            return Array(key.dropLast(ending.count))
        }
        return nil
    }

    /// From a father's name: the surname made of it (Садык → Садыков, Асанбай →
    /// Асанбаев) and the Russian patronymics (Садыкович, Садыковна).
    private static func addDerivedFromFather(
        _ father: [UInt8], surname: Bool = true,
        _ add: ([UInt8], NameParts.Role, NameKey.Endings, NameKey.Risk) -> Void
    ) {
        let soft = father.last == UInt8(ascii: "i") || "aeou".utf8.contains(father.last ?? 0)
        let base = father.last == UInt8(ascii: "i") ? Array(father.dropLast()) : father
        let suffix = soft ? "ev" : "ov"
        if surname { add(base + Array(suffix.utf8), .surname, .full, .distinctive) }
        // Only next to another part (`derivedPart`): Талантович alone is any
        // son of any Талант ("Прокурор Эмиль Талантович"), not the declared
        // "Айгерим Талант кызы" (issue 15, red-team round 4).
        for patronymic in [suffix + "iq", suffix + "na"] {
            add(base + Array(patronymic.utf8), .derivedPart, .full, .distinctive)
        }
    }

    /// дж with its second letter left out, as hurried writers and some
    /// registers do (Дзусупов, Dzusupov for Джусупов; red-team round 9).
    static func affricateWithoutH(_ cyrillic: String) -> [String] {
        let lower = cyrillic.lowercased()
        guard lower.contains("дж") else { return [] }
        let written = lower.replacingOccurrences(of: "дж", with: "дз")
        return [written, Transliteration.latin(written, system: .bgnPCGNKyrgyz)]
    }

    /// The skeletons of one written part: itself and its other spellings.
    static func partKeys(_ part: String) -> [[UInt8]] {
        var spellings = [part]
        if part.unicodeScalars.contains(where: { (0x400...0x52F).contains($0.value) }) {
            for system in TransliterationSystem.allCases { spellings.append(Transliteration.latin(part, system: system)) }
            // Russian writes Kyrgyz ү and ө after a consonant as ю and ё
            // (Бүбүсара → Бюбюсара, Өмүрбекова → Омюрбекова), and Latin read
            // from the Russian follows it (Byubyusara, Biubiusara).
            if let russian = russianWritingOfKyrgyzVowels(part.lowercased()) {
                spellings.append(russian)
                spellings.append(Transliteration.latin(russian, system: .bgnPCGNKyrgyz))
            }
            // Uzbek Latin writes х as x (Raximov); Osh-region reports quote Uzbek names.
            if part.lowercased().contains("х") {
                spellings.append(Transliteration.latin(part, system: .odniKyrgyz).lowercased().replacingOccurrences(of: "kh", with: "x"))
            }
            spellings += ForeignTransliteration.allCases.map { $0.latin(part) }
            // The Czech writing with its háčeks stripped or half-stripped (Sevcenko, Sevchenko, Cyngyz; round 7).
            spellings += StrippedHacekSpellings.variants(of: ForeignTransliteration.czech.latin(part))
            // A Kyrgyz name's element as Kazakh and Uzbek write its cognate (Бүбүсара as Бибісара, Bibisara;
            // Жээнбекова as Jiyanbekova, Жиенбекова; round 8, A3).
            spellings += KyrgyzNameCognates.spellings(of: part)
            // Belarusian writing and its passport Latin (Сямёнаў, Kuzniatsou; red-team round 8, A2).
            spellings += BelarusianSpelling.spellings(of: part)
            // English writes a voiced з inside a word as s, as it sounds before a voiceless consonant (Kusnetsov; round 8).
            if let z = part.lowercased().dropFirst().firstIndex(of: "з") {
                var lower = part.lowercased()
                lower.replaceSubrange(z...z, with: "с")
                spellings.append(Transliteration.latin(lower, system: .bgnPCGNKyrgyz))
            }
            // English writes ц as tz too (Kuznetzov, Lutzenko; red-team round 4).
            if part.lowercased().contains("ц") {
                spellings.append(Transliteration.latin(part, system: .bgnPCGNKyrgyz).lowercased().replacingOccurrences(of: "ts", with: "tz"))
            }
            // Kyrgyz ж is said дж: Polish writes it dż (Dżumabekow), apart from its ż, and Turkish c
            // (Ceenbekova, Aycan for Жээнбекова, Айжан; red-team round 9).
            if part.lowercased().contains("ж") {
                let said = part.lowercased().replacingOccurrences(of: "ж", with: "дж").replacingOccurrences(of: "ддж", with: "дж")
                spellings.append(ForeignTransliteration.polish.latin(said))
                spellings.append(ForeignTransliteration.turkish.latin(said))
            }
            spellings += Self.affricateWithoutH(part)
        } else {
            let lower = part.lowercased()
            spellings.append(lower.replacingOccurrences(of: "j", with: "y"))
            spellings.append(lower.replacingOccurrences(of: "x", with: "kh"))
            spellings.append(lower.replacingOccurrences(of: "c", with: "k"))
            spellings.append(lower.replacingOccurrences(of: "c", with: "ts"))
            // ISO 9 û and â are ю and я; the text side folds them to u and a.
            spellings.append(lower.replacingOccurrences(of: "û", with: "yu").replacingOccurrences(of: "â", with: "ya"))
            spellings += Transliteration.cyrillic(part)
            spellings += StrippedHacekSpellings.variants(of: lower)
            // A name declared in Latin only is written by other languages from its Cyrillic reading as
            // from a declared Cyrillic one (Cusupov for Dzhusupov; red-team round 9), and with дж's h left out.
            for reading in Transliteration.cyrillic(part).map({ $0.lowercased() }) where reading.contains("ж") {
                spellings.append(ForeignTransliteration.turkish.latin(reading.replacingOccurrences(of: "ж", with: "дж")
                    .replacingOccurrences(of: "ддж", with: "дж")))
                spellings += Self.affricateWithoutH(reading)
            }
            // Through its Cyrillic reading, every other language's writing of it, as for a declared
            // Cyrillic part: German and Dutch ch for х, w for в, -ow (Achmedow for a declared Akhmedov;
            // red team round 10, A-971, A-972, E-506, E-511, E-519, E-957).
            for reading in Transliteration.cyrillic(part).map({ $0.lowercased() }) {
                spellings += ForeignTransliteration.allCases.map { $0.latin(reading) }
            }
        }
        spellings.append(String(part.lowercased().reduce(into: [Character]()) { out, c in
            if out.last != c || !c.isLetter { out.append(c) }
        }))
        var keys: [[UInt8]] = []
        for spelling in spellings {
            let key = SkeletonText(spelling).symbols.filter { SkeletonText.isLetter($0) || $0 == SkeletonText.space }
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
            if keys.count == maxKeysPerPart { break }
        }
        // Kyrgyz voices a final к before a vowel: Айбек → Айбег-ибиз (our Aibek),
        // Айбег-им, Айбег-ин (red-team round 2). One key for the voiced stem.
        if let plain = keys.first, plain.count >= 4, plain.last == UInt8(ascii: "k") {
            let voiced = plain.dropLast() + [UInt8(ascii: "g")]
            if !keys.contains(Array(voiced)) { keys.append(Array(voiced)) }
        }
        return keys
    }

    /// The Russian writing of a Kyrgyz part with ү or ө: after a consonant
    /// ю and ё, elsewhere у and о. Nil when the part has neither.
    static func russianWritingOfKyrgyzVowels(_ part: String) -> String? {
        guard part.contains("ү") || part.contains("ө") else { return nil }
        var out = ""
        var previous: Character?
        for c in part {
            let afterConsonant = previous.map { $0.isLetter && !"аеёиоуыэюяөүй".contains($0) } ?? false
            switch c {
            case "ү": out.append(afterConsonant ? "ю" : "у")
            case "ө": out.append(afterConsonant ? "ё" : "о")
            default: out.append(c)
            }
            previous = c
        }
        return out
    }

    /// A declared initials-only spelling (А.С.) as written, with a space after
    /// each dot, and without the last dot.
    private static func initialsForms(_ spelling: String) -> [[UInt8]] {
        let letters = spelling.filter(\.isLetter)
        guard !letters.isEmpty, letters.count <= 4, spelling.contains(".") || spelling.contains(" ") else { return [] }
        let initials = letters.map { String($0) }
        let compact = initials.map { $0 + "." }.joined()
        let spaced = initials.map { $0 + "." }.joined(separator: " ")
        return [compact, spaced, String(compact.dropLast())].map { SkeletonText($0).symbols }
    }
}
