/// The words of a person's declared spellings that are Russian-type
/// surnames (Кузнецов, Орлова, Старостин, Абдрахманова), for the rule that
/// the lexicon never excuses them (red-team round 8, A1).
///
/// Why: a surname built on a noun or a given name (кузнец, садик, орёл,
/// Пётр) is, written whole, also a form of that word: кузнецов is the
/// genitive plural of кузнец, петров the possessive of Пётр. The lexicon
/// lists those forms, so the lower-case surname in a relative's pasted
/// message was read as the word and published. A given name that is a word
/// (Максат "goal", Эркин "free") is a lemma used as such in prose, and keeps
/// the lexicon's reading (a capital decides); a surname written whole is
/// the person in any case, whatever the lexicon holds.
enum RussianSurnames {
    /// Possessive surname suffixes, masculine and feminine, both scripts, lower case.
    static let possessiveSuffixes = ["ов", "ев", "ёв", "ова", "ева", "ёва", "ov", "ev", "ova", "eva", "yov", "yova"]
    /// -ин/-ын surnames: also the shape of Kyrgyz given names (Эркин), so only where no Kyrgyz word reads it.
    static let inSuffixes = ["ин", "ина", "ын", "ына", "in", "ina", "yn", "yna"]
    static let adjectivalSuffixes = ["ский", "ская", "цкий", "цкая", "skiy", "skaya", "skii", "ski", "ska"]

    /// Whether `word` (one word of a spelling) has the shape of a Russian surname.
    static func isSurnameShaped(_ word: String, lexicon: CommonWords = .shared) -> Bool {
        let lower = word.lowercased()
        guard lower.count >= 5, lower.allSatisfy(\.isLetter) else { return false }
        if (possessiveSuffixes + adjectivalSuffixes).contains(where: lower.hasSuffix) { return true }
        guard inSuffixes.contains(where: lower.hasSuffix) else { return false }
        return !lexicon.contains(lower) || lexicon.isRussianWord(lower)
    }

    /// The surname-shaped words of `spellings` (not a father's name before
    /// уулу/кызы, nor a patronymic), lower case, each with its other
    /// gender's form (Орлова → орлов, Кузнецов → кузнецова): what is written
    /// of the family whichever member is meant.
    static func words(of spellings: [String]) -> Set<String> {
        var out: Set<String> = []
        for spelling in spellings {
            for part in NameParts.parse(spelling).parts where part.role != .father && part.role != .patronymic {
                // A given name in -ин (Эркин) is no surname; the first half of a double
                // surname (Абдрахманова-Касымова) is parsed as "given" but has the -ова shape.
                let possessiveOnly = part.role == .given
                for word in part.text.split(whereSeparator: { !$0.isLetter }).map(String.init) where isSurnameShaped(word)
                    && (!possessiveOnly || possessiveSuffixes.contains(where: word.lowercased().hasSuffix)) {
                    let lower = word.lowercased()
                    out.insert(lower)
                    if let last = lower.last, last == "а" || last == "a" {
                        out.insert(String(lower.dropLast()))
                    } else if possessiveSuffixes.contains(where: lower.hasSuffix) || inSuffixes.contains(where: lower.hasSuffix) {
                        out.insert(lower + (lower.unicodeScalars.first.map { $0.isASCII } == true ? "a" : "а"))
                    }
                }
            }
        }
        return out
    }
}
