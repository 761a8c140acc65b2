import Foundation

/// Proper names of things that contain a person's name part
/// (Resources/lexicon/entities.txt): "Кыргыз Темир Жолу" (the railway),
/// "Эркин Тоо" (the newspaper), "Петровка" (Moscow's police headquarters),
/// "Петров день" (a holiday). Red-team over-redaction (issue 15, round 2):
/// an official Темир or a detainee Эркин turned the railway and the
/// newspaper into pseudonyms.
///
/// Both the matcher and the leak scan read these; each applies the rule
/// with its own code (the scan normalizes the words its own way).
public struct NamedEntities: Sendable {
    /// Each entity: per word, every form (the word with a Russian or Kyrgyz
    /// case ending, lower case; a final а/я may change: Петровка → Петровку).
    public let entities: [[Set<String>]]
    /// Per entity word, whether it is written with a capital (then the text's must be).
    public let capitalized: [[Bool]]
    /// Every form of every word: a quick test before aligning.
    public let allForms: Set<String>

    public static let shared = NamedEntities(text: resourceText)

    /// The shipped entities.txt ("" when it cannot be found: then nothing is an entity).
    public static let resourceText: String = CommonWords.resourceDirectory().flatMap {
        try? String(contentsOf: $0.appendingPathComponent("entities.txt"), encoding: .utf8)
    } ?? ""

    public init(text: String, normalize: (String) -> String = { $0 }) {
        var entities: [[Set<String>]] = []
        var capitalized: [[Bool]] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            for spelling in line.split(separator: ",") {
                let words = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                guard !words.isEmpty else { continue }
                entities.append(words.map { Set(Self.forms(of: $0.lowercased()).map(normalize)) })
                capitalized.append(words.map { $0.first?.isUppercase == true })
            }
        }
        self.entities = entities
        self.capitalized = capitalized
        allForms = entities.reduce(into: Set<String>()) { $0.formUnion($1.joined()) }
    }

    /// Whether `words` (lower case, in text order) hold an entity that covers
    /// the word at `index`.
    ///
    /// `written`: the words as written, to check capitals (nil: not checked,
    /// for a caller that has only lower-case text).
    public func covers(_ words: [String], at index: Int, written: [String]? = nil) -> Bool {
        guard words.indices.contains(index), allForms.contains(words[index]) else { return false }
        for (number, entity) in entities.enumerated() {
            for position in entity.indices where entity[position].contains(words[index]) {
                let first = index - position
                guard first >= 0, first + entity.count <= words.count else { continue }
                let matches = entity.indices.allSatisfy { at in
                    entity[at].contains(words[first + at])
                        && (written == nil || !capitalized[number][at] || written?[first + at].first?.isUppercase == true)
                }
                if matches { return true }
            }
        }
        return false
    }

    static func forms(of word: String) -> [String] {
        let stem = "ая".contains(word.last ?? " ") ? String(word.dropLast()) : word
        return [word] + (Gazetteer.russianEndings + Gazetteer.kyrgyzEndings).flatMap { [word + $0, stem + $0] }
    }
}
