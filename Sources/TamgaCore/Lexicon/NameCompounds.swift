/// Hyphenated words that hold a given name and are a thing, not a person
/// (red-team round 5, clean case): Иван-чай (willow-herb tea, served in
/// prisons), Иван-да-марья (a flower), Ванька-встанька (a toy). With a
/// detainee Иван, the projector made "Заключённым дают Иван-чай" read
/// "Detainee A-чай".
///
/// Only written with the hyphen, as the dictionary writes them: "Иван чай
/// пил" (Ivan drank tea) is the man. Only compounds naming a thing: a
/// fairy-tale nickname (Иван-дурак, Иван-царевич) is what a guard may call
/// the detainee Иван, and stays his name. Each part may be declined (Иван-чая,
/// Иван-чаем, ivan-chaya). So are Kyrgyz places whose last part is a place
/// word (`Gazetteer.isCompoundPlace`: Эркин-Сай, Темир-Канатка). The matcher (`NameMatcher.mentions`) asks this for
/// a name part alone; the leak scan reads only longer stems, which these are not.
enum NameCompounds {
    static let compounds: [[String]] = [
        "иван-чай", "иван-да-марья", "ванька-встанька", "ivan-chai", "ivan-chay", "ivan-chaj", "ivan-tea",
        "ivan-da-marya", "vanka-vstanka",
    ].map { $0.split(separator: "-").map(String.init) }

    /// Whether `token` (letters joined by hyphens, as written) is one of the compounds.
    static func contains(_ token: some StringProtocol) -> Bool {
        let parts = token.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        // A Kyrgyz village or feature whose last part is a place word (Эркин-Сай, Темир-Канат; round 8).
        if Gazetteer.isCompoundPlace(parts.joined(separator: "-")) { return true }
        return compounds.contains { compound in
            compound.count == parts.count && zip(compound, parts).allSatisfy { Self.isForm($1, of: $0) }
        }
    }

    /// Whether the word at `range` of `text` is a part of a compound written
    /// around it, with hyphens or (`spaced`: a view that reads punctuation
    /// as spaces, the scan's address view) single spaces between the parts.
    static func covers(_ range: Range<String.Index>, in text: String, spaced: Bool) -> Bool {
        let joins: (Character) -> Bool = { $0.isLetter || $0 == "-" || (spaced && $0 == " ") }
        var lower = range.lowerBound, upper = range.upperBound
        for _ in 0..<40 where lower > text.startIndex && joins(text[text.index(before: lower)]) { lower = text.index(before: lower) }
        for _ in 0..<40 where upper < text.endIndex && joins(text[upper]) { upper = text.index(after: upper) }
        let isJoiner: (Character) -> Bool = { $0 == "-" || $0 == " " }
        let parts = text[lower..<upper].split(whereSeparator: isJoiner)
        let at = text[lower..<range.lowerBound].split(whereSeparator: isJoiner).count
        guard parts.count >= 2, at < parts.count else { return false }
        for first in max(0, at - 2)...at {
            for last in at..<min(parts.count, first + 3) where last > first {
                if contains(parts[first...last].joined(separator: "-")) { return true }
            }
        }
        return false
    }

    /// The part as written, or its stem (without a final vowel, й or ь) and up to two letters of an ending.
    private static func isForm(_ written: Substring, of part: String) -> Bool {
        if written == part { return true }
        let stem = "аяйьaiy".contains(part.last ?? " ") ? String(part.dropLast()) : part
        return written.hasPrefix(stem) && written.count <= stem.count + 2
    }
}
