/// A `sensitive` phrase's number read as a reader reads it (red-team round
/// 3, class R3-9): `cell 14` is also `cell fourteen`, `cell XIV`,
/// `cell number fourteen`, `cells 12–14`, `cells 12, 14`, and, with the
/// number first as an ordinal, `the 14th cell`, `в 14-й камере`,
/// `четырнадцатой камере`, `14-камерада`, `XIV камере`; `камера 14` is also `кам. 14`.
///
/// Near misses stay clean: the number must be whole (`cell 140`, `cell 41`,
/// `камера 15` are not `cell 14`), and a number before the noun must be an
/// ordinal (a hyphen or ordinal ending after the digits, or an ordinal
/// word): `14 cells` and `fourteen cells` are a count, not cell 14. A
/// range counts when it contains the number and spans at most 200.
extension SensitivePhrase {
    /// The number part for `token` (digits): its value and word forms when short.
    static func numberPart(_ token: String, fold: (String) -> [Unicode.Scalar]) -> Part {
        var part = Part(forms: [(Array(token.unicodeScalars), false)], isNumber: true)
        guard token.count <= 4, !token.hasPrefix("0"), let value = Int(token) else { return part }
        part.value = value
        let words = SensitiveNumberForms.cardinals(value) + SensitiveNumberForms.ordinals(value) + SensitiveNumberForms.roman(value)
        for word in words {
            let folded = fold(word)
            if !part.forms.contains(where: { $0.scalars == folded }) { part.forms.append((folded, true)) }
        }
        part.suffixes = SensitiveNumberForms.digitSuffixes.map(fold)
        part.caseSuffixes = SensitiveNumberForms.caseSuffixes.map(fold)
        return part
    }

    /// The number before the noun, as an ordinal: for `[words…, number]`
    /// the phrase `[number, words…]` (nil for any other shape).
    func numberFirst(fold: (String) -> [Unicode.Scalar]) -> SensitivePhrase? {
        guard parts.count >= 2, var number = parts.last, let value = number.value, !parts.dropLast().contains(where: \.isNumber) else {
            return nil
        }
        number.ordinalOnly = true
        // Roman figures before the noun are an ordinal (`XIV камере`, red-team round 7, C-071).
        let ordinals = Set((SensitiveNumberForms.ordinals(value) + SensitiveNumberForms.roman(value)).map(fold))
        number.forms = [number.forms[0]] + number.forms.dropFirst().filter { ordinals.contains($0.scalars) }
        return SensitivePhrase(parts: [number] + parts.dropLast(), needsSign: false, signs: signs)
    }

    /// The number before the noun after a number sign (`№47 колониясында`,
    /// red-team round 8, C-075): a sign makes the number a name, not a
    /// count, so the bare digits stand there as in the phrase.
    func signedNumberFirst() -> SensitivePhrase? {
        guard parts.count >= 2, let number = parts.last, number.value != nil, !parts.dropLast().contains(where: \.isNumber) else {
            return nil
        }
        return SensitivePhrase(parts: [number] + parts.dropLast(), needsSign: true, signs: signs)
    }

    /// Real abbreviations of a noun before its number (`кам. 14`): a part
    /// form that must end the word; the dot is passed over as a gap. A
    /// penal colony is written `ИК-47` (исправительная колония, red-team
    /// round 8, C-076) as often as `колония №47`.
    static func abbreviated(_ parts: [Part], tokens: [String], fold: (String) -> [Unicode.Scalar]) -> [Part] {
        var parts = parts
        for index in parts.indices.dropLast() where !parts[index].isNumber && parts[index + 1].isNumber {
            let words = parts[index].forms.map { String(String.UnicodeScalarView($0.scalars)) }
            if words.contains(where: { $0.hasPrefix("колони") || $0.hasPrefix("koloni") || $0.hasPrefix("colon") }) {
                for short in ["ик", "ik"].map(fold) where !parts[index].forms.contains(where: { $0.scalars == short }) {
                    parts[index].forms.append((short, true))
                }
            }
            guard words.contains(where: { $0.hasPrefix("камер") || $0.hasPrefix("kamer") }) else { continue }
            // With its dot: a bare `кам` is a Kyrgyz word (`кам көрүү`).
            for short in ["кам.", "kam."].map(fold) where !parts[index].forms.contains(where: { $0.scalars == short }) {
                parts[index].forms.append((short, true))
            }
        }
        return parts
    }

    /// Where `part`'s number may end when read from `position`.
    func numberEnds(_ part: Part, _ text: [Unicode.Scalar], at position: Int) -> [Int] {
        guard let value = part.value else { return [] }
        var ends: [Int] = []
        if let (number, end) = digits(text, at: position) {
            if number == value {
                if !part.ordinalOnly { ends.append(end) }
                for suffix in part.suffixes + (part.ordinalOnly ? [] : part.caseSuffixes) {
                    if let after = consume(suffix, text, at: end), !isWord(text, after) { ends.append(after) }
                }
                if part.ordinalOnly, end + 1 < text.count, Self.isDash(text[end]), isLetter(text, end + 1) { ends.append(end) }
            } else if !part.ordinalOnly, let end = listEnd(containing: value, text, at: position) {
                ends.append(end)
            }
        }
        for form in part.forms.dropFirst() {
            guard let end = consume(form.scalars, text, at: position) else { continue }
            if !isWord(text, end) { ends.append(end) }
            // An ordinal ending after Roman figures too, before the noun only (`XIV-й камере`; `cell XIVth` is no number).
            for suffix in part.ordinalOnly ? part.suffixes : [] {
                if let after = consume(suffix, text, at: end), !isWord(text, after) { ends.append(after) }
            }
        }
        return ends
    }

    /// A run of digits (letter-spaced `1 4` too) and its value, with its end.
    private func digits(_ text: [Unicode.Scalar], at position: Int) -> (Int, Int)? {
        var offset = position
        var value = 0
        var count = 0
        var group = 0
        while offset < text.count {
            if Self.isDigit(text[offset]) {
                value = value * 10 + Int(Self.asciiDigit(text[offset]).value - 48)
                count += 1
                group += 1
                offset += 1
                if count > 6 { return nil }
            } else if group == 1, text[offset] == " ", offset + 1 < text.count, Self.isDigit(text[offset + 1]) {
                // Letter-spacing (`1 4`) only: a group of two digits ends the number (`12 14` is two).
                group = 0
                offset += 1
            } else {
                break
            }
        }
        guard count > 0, !(offset < text.count && Self.isDigit(text[offset])) else { return nil }
        return (value, offset)
    }

    /// A list or range of numbers from `position` (`12–14`, `12 to 14`,
    /// `12, 13 and 14`) with one item containing `value`: that item's end.
    private func listEnd(containing value: Int, _ text: [Unicode.Scalar], at position: Int) -> Int? {
        var offset = position
        for _ in 0..<8 {
            guard let (low, lowEnd) = digits(text, at: offset) else { return nil }
            var itemEnd = lowEnd
            var high = low
            if let (separatorEnd, _) = separator(text, at: lowEnd, words: Self.rangeWords, dashes: true),
               let (number, end) = digits(text, at: separatorEnd), number > low, number - low <= 200 {
                high = number
                itemEnd = end
            }
            if (low...high).contains(value) { return itemEnd }
            guard let (next, _) = separator(text, at: itemEnd, words: Self.listWords, dashes: false) else { return nil }
            offset = next
        }
        return nil
    }

    static let rangeWords = ["to", "through", "thru", "до", "по", "чейин"]
    static let listWords = ["and", "or", "и", "или", "жана", "же"]

    /// A separator between numbers from `position`: spaces, then a mark
    /// (`,` `;` `/` `&`, or a dash for a range) or a word, then spaces.
    private func separator(_ text: [Unicode.Scalar], at position: Int, words: [String], dashes: Bool) -> (Int, Bool)? {
        var offset = position
        func spaces() { while offset < text.count, text[offset] == " " || text[offset] == "\u{A0}" || text[offset] == "\u{2009}" { offset += 1 } }
        spaces()
        guard offset < text.count else { return nil }
        let mark = dashes ? Self.isDash(text[offset]) : ",;/&".unicodeScalars.contains(text[offset])
        if mark {
            offset += 1
            spaces()
            if !dashes { for word in words { if let end = consume(Array(word.unicodeScalars), text, at: offset), !isWord(text, end) { offset = end; break } } }
        } else {
            guard let end = words.lazy.compactMap({ self.consume(Array($0.unicodeScalars), text, at: offset) }).first(where: { !self.isWord(text, $0) })
            else { return nil }
            offset = end
        }
        spaces()
        return offset < text.count && Self.isDigit(text[offset]) ? (offset, true) : nil
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        "-\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2212}".unicodeScalars.contains(scalar)
    }

    /// Writings of a Cyrillic phrase no table gives (red team round 9,
    /// C-057, C-403..C-405): the Russian-based Дж/Dzh for Kyrgyz ж
    /// (Джалал-Абад, Dzhyluu-Bulak), the French tch for ч (Utch-Korgon), and
    /// the Kazakh and Uzbek q for к (Qara-Suu, Ala-Buqa). The letters are
    /// put in on the Cyrillic side (ж → дж, ч → тч) and read in every
    /// system; q replaces each k not of a kh.
    static func foreignSpellings(_ phrase: String) -> [String] {
        var cyrillic = [phrase]
        for (letter, written) in [("ж", "дж"), ("Ж", "Дж"), ("ч", "тч"), ("Ч", "Тч")] where phrase.contains(letter) {
            cyrillic.append(cyrillic[0].replacingOccurrences(of: letter, with: written))
        }
        // Its Russian spellings (`Беш-Кунгей`, `Уч-Курган`, `Кара-Су`; round 10), with Дж for ж as Russian writes it.
        for russian in KyrgyzPlaceRussianSpelling.spellings(of: phrase) where !cyrillic.contains(russian) {
            cyrillic.append(russian)
            let withDzh = russian.replacingOccurrences(of: "ж", with: "дж").replacingOccurrences(of: "Ж", with: "Дж")
            if withDzh != russian { cyrillic.append(withDzh) }
        }
        var out = Array(cyrillic.dropFirst())
        for variant in cyrillic {
            for system in TransliterationSystem.allCases {
                let latin = Transliteration.latin(variant, system: system)
                out.append(latin)
                if variant == phrase, latin.lowercased().contains("k") { out.append(withQ(latin)) }
            }
        }
        return out
    }

    /// Each k (K) not followed by h written q (Q).
    private static func withQ(_ latin: String) -> String {
        let scalars = Array(latin.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let beforeH = index + 1 < scalars.count && (scalars[index + 1] == "h" || scalars[index + 1] == "H")
            out.append(scalar == "k" && !beforeH ? "q" : scalar == "K" && !beforeH ? "Q" : scalar)
        }
        return String(out)
    }

    /// The phrase and its variants: the number first, and each Latin or
    /// Cyrillic transliteration of the phrase (an informant's name listed
    /// as `Sarybek` is also `Сарыбек`, and the reverse).
    static func compiled(_ phrase: String, fold: (String) -> [Unicode.Scalar]) -> [SensitivePhrase] {
        var spellings = [phrase]
        let cyrillic = phrase.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        let latin = phrase.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if cyrillic {
            spellings += TransliterationSystem.allCases.map { Transliteration.latin(phrase, system: $0) }
            spellings += foreignSpellings(phrase)
        }
        if latin, !cyrillic { spellings += Transliteration.cyrillic(phrase) }
        var seen: Set<String> = []
        var result: [SensitivePhrase] = []
        for spelling in spellings where seen.insert(spelling.lowercased()).inserted {
            guard let compiled = SensitivePhrase(spelling, fold: fold) else { continue }
            result.append(compiled)
            if let first = compiled.numberFirst(fold: fold) { result.append(first) }
            if let signed = compiled.signedNumberFirst() { result.append(signed) }
        }
        return result
    }
}
