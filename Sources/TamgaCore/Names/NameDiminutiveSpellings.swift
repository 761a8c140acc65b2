/// Declared spellings with the given name replaced by each of its
/// diminutives (`GivenNameDiminutives`): "Иван Старостин" adds "Ванечка
/// Старостин", "Ваня Старостин"…, so the matcher keys the diminutive as a
/// given name (alone, inflected, transliterated) and the leak scan's stem
/// rule reads Ванечке as it reads Садыкове. A Latin given name is read
/// into Cyrillic first (Ivan → Иван).
///
/// Also the nickname a Russian surname gives its bearer (issue 15,
/// red-team round 4: Кузнецов → Кузя, the usual prison nickname of every
/// Кузнецов; Гусев → Гуся, Лосев → Лося): the surname's first closed
/// syllable and -я, put where the given name stands, so that it is matched
/// as a diminutive is (with a capital).
enum NameDiminutiveSpellings {
    /// The derived spellings only, each once, none a declared one.
    static func derived(_ declared: [String], table: GivenNameDiminutives = .shared) -> [String] {
        var out: [String] = []
        var seen = Set(declared)
        for spelling in declared {
            let parts = NameParts.parse(spelling).parts
            // "Нурлан Бакыт уулу" has no surname: its one open part is the given name.
            let kyrgyz = parts.contains { $0.role == .father }
            guard let given = parts.first(where: { $0.role == .given || (kyrgyz && $0.role == .surname) })?.text,
                  let range = spelling.range(of: given) else { continue }
            var forms = cyrillic(given).flatMap(table.forms(of:))
            if !kyrgyz, let surname = parts.first(where: { $0.role == .surname })?.text {
                forms += cyrillic(surname).compactMap { surnameNickname($0, table: table) }
            }
            for form in forms {
                let derived = spelling.replacingCharacters(in: range, with: form)
                if seen.insert(derived).inserted { out.append(derived) }
            }
        }
        return out
    }

    private static func cyrillic(_ part: String) -> [String] {
        part.unicodeScalars.allSatisfy(\.isASCII) ? Transliteration.cyrillic(part) : [part]
    }

    /// Кузнецов → Кузя: a Russian surname (-ов, -ев, -ин and their feminines)
    /// clipped after its first closed syllable of three letters or more, and -я.
    ///
    /// Only a surname made of a Russian word or a Russian given name
    /// (кузнец, гусь, лось, пушка; Петров, Сидоров): the nickname is the
    /// Russian hypocoristic -я, and a Kyrgyz surname made of a Kyrgyz name
    /// (Турдубаев, Джунушалиев, Жолдошев) gets none. Its clippings (Туря,
    /// Джуня, Жоля) read back, declined and with the Kyrgyz vowels folded,
    /// as everyday Kyrgyz words (түрү "its kind", күнү "its day", жолу "its
    /// road"): the State export of every Kyrgyz report with a "Күнү:" line was
    /// refused for a registry holding a Джунушалиев (red-team evaluation, issue 15).
    static func surnameNickname(_ surname: String, table: GivenNameDiminutives = .shared,
                                lexicon: CommonWords = .shared) -> String? {
        let name = surname.lowercased()
        guard let suffix = ["ова", "ева", "ина", "ов", "ев", "ин"].first(where: name.hasSuffix) else { return nil }
        let root = String(name.dropLast(suffix.count))
        let isRussianRoot = ["", "ь", "а", "я"].contains { lexicon.isRussianWord(root + $0) } || table.isRussianName(root)
        guard isRussianRoot else { return nil }
        let letters = Array(name)
        guard let vowel = letters.firstIndex(where: KyrgyzDiminutives.vowels.contains), vowel + 2 < letters.count,
              vowel + 2 >= 3, !KyrgyzDiminutives.vowels.contains(letters[vowel + 1]) else { return nil }
        let clipped = String(letters[...(vowel + 1)]) + "я"
        return clipped.prefix(1).uppercased() + clipped.dropFirst()
    }
}
