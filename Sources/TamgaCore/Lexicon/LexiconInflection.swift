/// Whether a lower-case word is an inflected form of a lexicon word that the
/// lexicon does not list: беловатого (беловатый), семенами (семя), irked
/// (irk), максаттарга (максат). The lexicon lists lemmas and the frequent
/// forms only (`CommonWords`), and the leak scan's near-name rule now reads
/// lower-case words too (red-team round 7: `oybek`, `dilshat` pasted from
/// a relative's chat), so a rarer form of an ordinary word would otherwise
/// read as a misspelt name.
///
/// Each ending is tried with the lemma endings of its own paradigm only (an
/// adjective's -ого with -ый/-ий/-ой, a noun's -у with -а/-о/-ь…), so
/// Белову is not read as a form of беловой; the surname endings -ов/-ев/-ин
/// are no endings here, so Белов is never a form of бел(ый).
enum LexiconInflection {
    /// Whether `word` (lower case, as written) is a form of a lexicon word.
    static func isFormOfLexiconWord(_ word: String, lexicon: CommonWords = .shared) -> Bool {
        let letters = Array(word)
        guard letters.count >= 5, letters.allSatisfy(\.isLetter) else { return false }
        let cyrillic = word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        for paradigm in cyrillic ? russian + kyrgyz : english {
            for ending in paradigm.endings where letters.count >= ending.count + 3 && word.hasSuffix(ending) {
                let stem = String(letters.dropLast(ending.count))
                if paradigm.lemmas.contains(where: { lexicon.contains(stem + $0) && isLemma(stem + $0, lexicon: lexicon) }) { return true }
                // English doubles a final consonant before -ed, -ing, -er: stopped, stopping.
                if !cyrillic, ending.first.map({ "ei".contains($0) }) == true, let last = stem.last, stem.dropLast().last == last,
                   lexicon.contains(String(stem.dropLast())) { return true }
            }
        }
        return false
    }

    /// Whether a lexicon word in -ов/-ев/-ин is a lemma that declines
    /// (остров: острова), not itself a form that takes no endings: the
    /// genitive plural кузнецов (of кузнец) or the possessive петров has no
    /// -а, -у, -ым, so кузнецова, кузнецову, кузнецовым are no forms of
    /// кузнец but the surname's (red-team round 8, A1). A lemma's frequent
    /// forms are in the lexicon; a form's "forms" are not.
    static func isLemma(_ word: String, lexicon: CommonWords) -> Bool {
        guard ["ов", "ев", "ёв", "ин", "ын"].contains(where: word.hasSuffix) else { return true }
        return ["а", "ы", "у", "ом", "е"].contains { lexicon.contains(word + $0) }
    }

    struct Paradigm {
        let endings: [String]
        let lemmas: [String]
    }

    static let russian: [Paradigm] = [
        Paradigm(endings: ["ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ая", "яя", "ую", "юю", "ое", "ее",
                           "ые", "ие", "ых", "их", "ой", "ей"], lemmas: ["ый", "ий", "ой"]),
        Paradigm(endings: ["ами", "ями", "ах", "ях", "ам", "ям", "ом", "ем", "ой", "ей", "ою", "ею", "ы", "и", "а", "я", "у", "ю", "е"],
                 lemmas: ["", "а", "я", "о", "е", "ь", "й", "ие", "ия", "ы", "и"]),
        Paradigm(endings: ["ется", "ится", "утся", "ются", "атся", "ятся", "лась", "лось", "лись", "лся", "ешь", "ишь", "ете", "ите",
                           "ет", "ит", "ут", "ют", "ат", "ят", "ла", "ло", "ли", "л"],
                 lemmas: ["ть", "ить", "еть", "ать", "ять", "ться", "иться", "аться"]),
    ]

    /// Kyrgyz plural, third-person possessive and case endings after a lexicon word (максаттарга, эркиндиги).
    static let kyrgyz: [Paradigm] = {
        let plurals = ["лар", "лер", "лор", "лөр", "дар", "дер", "дор", "дөр", "тар", "тер", "тор", "төр"]
        let possessives = ["ы", "и", "у", "ү", "сы", "си", "су", "сү"]
        let cases = Gazetteer.kyrgyzEndings.filter { !$0.hasPrefix("'") }
        var endings = Set(plurals + cases + possessives)
        for plural in plurals { for ending in cases + possessives { endings.insert(plural + ending) } }
        for possessive in possessives { for ending in cases where ending.hasPrefix("н") { endings.insert(possessive + ending) } }
        return [Paradigm(endings: endings.sorted { $0.count > $1.count }, lemmas: [""])]
    }()

    static let english: [Paradigm] = [
        Paradigm(endings: ["ies", "ied", "ier", "iest", "ily"], lemmas: ["y"]),
        Paradigm(endings: ["ness", "ment", "ings", "ing", "ers", "est", "ed", "er", "es", "ly", "s"], lemmas: ["", "e"]),
    ]
}
