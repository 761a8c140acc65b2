/// Russian case forms of a name part, after the petrovich rules (redaction.md 1.8).
///
/// The matcher does not use these (it matches a stem and any legal ending);
/// they are the forms shown for a person and searched by the leak scan, and
/// they pin down, in tests, which forms a name has. Indeclinable names stay
/// as they are: foreign names in -о -е -и -у -ю, a woman's name or surname
/// ending in a consonant (Айгерим, Ким for a woman).
public enum RussianDeclension {
    public enum Kind: Sendable { case given, surname, patronymic }

    /// Genitive, dative, accusative, instrumental, prepositional (nominative not
    /// repeated), then for surnames in -ов/-ин the family plural; empty if indeclinable.
    public static func forms(of word: String, kind: Kind, feminine: Bool) -> [String] {
        let lower = word.lowercased()
        func replace(_ count: Int, _ endings: [String]) -> [String] {
            let stem = String(word.dropLast(count))
            return endings.map { stem + $0 }
        }
        func has(_ suffixes: String...) -> Bool { suffixes.contains(where: lower.hasSuffix) }
        let consonantFinal = lower.last.map { !"аеёиоуыэюяьй".contains($0) } ?? false
        switch kind {
        case .surname:
            if feminine {
                if has("ова", "ева", "ёва", "ина", "ына") { return replace(1, ["ой", "ой", "у", "ой", "ой"]) }
                if has("ская", "цкая", "ая") { return replace(2, ["ой", "ой", "ую", "ой", "ой"]) }
                if has("а") { return replace(1, ["ы", "е", "у", "ой", "е"]) }
                return []
            }
            if has("ов", "ев", "ёв", "ин", "ын") {
                return replace(0, ["а", "у", "а", "ым", "е", "ы", "ых", "ым", "ыми"]).uniqued()
            }
            if has("ский", "цкий", "ий", "ый") { return replace(2, ["ого", "ому", "ого", "им", "ом"]) }
            if has("ой") { return replace(2, ["ого", "ому", "ого", "ым", "ом"]) }
            if has("а") { return replace(1, ["ы", "е", "у", "ой", "е"]) }
            return consonantFinal ? replace(0, ["а", "у", "а", "ом", "е"]) : []
        case .patronymic:
            if has("ич") { return replace(0, ["а", "у", "а", "ем", "е"]) }
            if has("на") { return replace(1, ["ы", "е", "у", "ой", "е"]) }
            return []
        case .given:
            if has("ия") { return replace(1, ["и", "и", "ю", "ей", "и"]) }
            if has("я") { return replace(1, ["и", "е", "ю", "ей", "е"]) }
            if has("а") {
                let soft = lower.dropLast().last.map { "гкхжшчщ".contains($0) } ?? false
                return replace(1, [soft ? "и" : "ы", "е", "у", "ой", "е"])
            }
            if feminine {
                return has("ь") ? replace(1, ["и", "и", "ь", "ью", "и"]) : []
            }
            if has("ий") { return replace(1, ["я", "ю", "я", "ем", "и"]) }
            if has("й", "ь") { return replace(1, ["я", "ю", "я", "ем", "е"]) }
            if consonantFinal {
                let hushing = lower.last.map { "жшчщц".contains($0) } ?? false
                return replace(0, ["а", "у", "а", hushing ? "ем" : "ом", "е"])
            }
            return []
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
