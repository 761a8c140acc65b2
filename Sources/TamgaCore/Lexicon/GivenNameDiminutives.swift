import Foundation

/// The diminutives of a given name (issue 15, red-team case Ванечка): a
/// report quoting a detainee or a relative writes Ванечка, Ванюша or Ванька
/// for Иван as readily as the name, and every one of them names him.
///
/// Russian diminutives are not predictable from the full name (Иван → Ваня,
/// Александр → Саша, Шура), so a small table gives each common name its
/// short forms (`Resources/lexicon/diminutives.txt`); from each short form
/// the productive suffixes derive the rest: -ечк-, -очк-, -еньк-, -юш-/-уш-,
/// -юшк-/-ушк-, -юх-/-ух-, -ьк-/-к-, -ул-, -ун-, -ус-, -ок/-ёк (Ванечка,
/// Ванюша, Ванюшка, Ванюха, Ванька, Машенька, Машуля). A given name ending
/// in а or я is its own short form too (Гульнара → Гульнарочка). A Kyrgyz
/// name takes the endearment -жан (Айбекжан) and the Kyrgyz short forms
/// (`KyrgyzDiminutives`: Нурик, Нуке, Эркеш), and the Russian endearments
/// of such a name (Айбечка, Урматчик). The table may also give a
/// Latin short form, the English one a chat writes (Alex, Max, Mike:
/// red-team round 4), which no transliteration of the Cyrillic makes.
///
/// Some forms are common words (мишка "teddy bear", галка "jackdaw",
/// петрушка "parsley"): the matcher and the leak scan treat those as they
/// treat every name that is a word (capitalized, not at a sentence start),
/// so deriving them does not refuse ordinary text.
public struct GivenNameDiminutives: Sendable {
    /// Full name (lower case) → short forms (lower case).
    private let shortForms: [String: [String]]

    /// The shipped table, loaded once; empty (only the derivations from the
    /// name itself) when the resource cannot be found.
    public static let shared = GivenNameDiminutives(directory: CommonWords.resourceDirectory())

    init(directory: URL?) {
        let path = directory?.appendingPathComponent("diminutives.txt").path
        self.init(table: path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? "")
    }

    /// A table in the resource's format: `name short short…` a line, `#` comments.
    init(table: String) {
        var forms: [String: [String]] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ").map { String($0).lowercased() }
            guard let name = words.first, words.count > 1 else { continue }
            forms[name, default: []] += words.dropFirst()
        }
        shortForms = forms
    }

    /// Whether a lower-case name is a Russian given name of the table (one
    /// with a Russian short form in а, я or ь: иван → ваня, петр → петя).
    func isRussianName(_ name: String) -> Bool {
        shortForms[name.lowercased()]?.contains { $0.last.map("аяь".contains) ?? false } ?? false
    }

    /// The diminutives of a Cyrillic given name, capitalized as names are
    /// written, without the name itself; none for a Latin one (a Latin name
    /// is read into Cyrillic first, `NameDiminutiveSpellings`).
    public func forms(of given: String) -> [String] {
        let name = given.lowercased()
        guard name.unicodeScalars.count >= 3, name.unicodeScalars.allSatisfy({ (0x400...0x4FF).contains($0.value) }) else { return [] }
        var bases = shortForms[name] ?? []
        if let last = name.last, "ая".contains(last) { bases.append(name) }
        var out: [String] = []
        var seen: Set<String> = [name]
        func add(_ form: String) {
            if seen.insert(form).inserted { out.append(form.prefix(1).uppercased() + form.dropFirst()) }
        }
        for base in bases {
            add(base)
            Self.derived(from: base).forEach(add)
        }
        // A Russian name of the table has a Russian short form (in а, я, ь: Саша,
        // Ваня); a Kyrgyz one listed for its clipping (Максат → Макс) has not.
        let russian = isRussianName(name)
        // The folk diminutive of a Russian name ending in a consonant, made
        // from the full name: Иванушка, Степанушка (red-team round 2).
        if russian, let last = name.last, !"аеёиоуыэюяьй".contains(last) { add(name + "ушка") }
        // The Kyrgyz endearment -жан on any name the Russian table does not know,
        // ending in a vowel too (Эркежан, red-team round 3).
        if !russian, !name.hasSuffix("жан"), Self.isKyrgyzLooking(name) || bases.count <= 1 { add(name + "жан") }
        // The Kyrgyz short forms of a name the Russian table does not know:
        // Нурик, Нуке, Эркеш (`KyrgyzDiminutives`, red-team round 4).
        // A Russian -я form among them (Гуля of Гүлзада) makes its own diminutives (Гулечка, Гулька; red team round 11).
        if !russian { KyrgyzDiminutives.forms(of: name).forEach { add($0); if $0.hasSuffix("я") { Self.derived(from: $0).forEach(add) } } }
        // The Russian endearments a Russian-speaking mother or cell-mate makes of a Kyrgyz name
        // (red team round 9, A-211: Айбек → Айбечка).
        if !russian { Self.russianEndearments(of: name).forEach(add) }
        return out
    }

    /// -чик and -ик on a Kyrgyz name ending in a consonant (Урматчик,
    /// Урматик, Айбекчик), к softened to ч before -ка, -ек, -ик (Айбечка,
    /// Айбечек, Айбечик), and -ша for the final consonant (Айбеша, Урмаша).
    static func russianEndearments(of name: String) -> [String] {
        guard isKyrgyzLooking(name), name.count >= 4, let last = name.last, last != "й" else { return [] }
        let stem = String(name.dropLast())
        var forms = [name + "чик"]
        if last == "к" {
            forms += ["чка", "чек", "чик"].map { stem + $0 }
        } else {
            forms.append(name + "ик")
        }
        if name.count >= 5 { forms.append(stem + "ша") }
        return forms
    }

    /// The diminutives of a short form: its stem (without a final а, я, ь)
    /// with each suffix, soft or hard by the form's ending.
    static func derived(from base: String) -> [String] {
        guard let last = base.last, "аяь".contains(last) else { return [] }
        let stem = String(base.dropLast())
        guard stem.count >= 2 else { return [] }
        let soft = last != "а"
        // -ик on every short form (Шура → Шурик, Толя → Толик, Слава → Славик; red-team round 4).
        let suffixes = soft ? ["ечка", "ечек", "енька", "очка", "юша", "юшка", "юха", "ька", "ёк", "юня", "юся", "ик"]
                            : ["енька", "ечка", "очка", "ка", "уля", "уня", "уся", "уша", "ушка", "уха", "ок", "ик"]
        return suffixes.map { stem + $0 }
    }

    /// A name with none of the Russian short-form table and a Turkic shape
    /// (ends in a consonant): Айбек, Эркин, Максат.
    private static func isKyrgyzLooking(_ name: String) -> Bool {
        guard let last = name.last else { return false }
        return !"аеёиоуыэюяьй".contains(last)
    }
}
