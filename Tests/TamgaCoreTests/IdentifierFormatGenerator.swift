@testable import TamgaCore

/// Random identifiers in the formats people actually write (issue 15, leak
/// class 5), each in a sentence in English, Russian or Kyrgyz, and clean
/// report text with none: visit dates, counts, article and cell numbers,
/// statistics tables, years, times and sums. Deterministic from its seed
/// (`SeededGenerator`, SplitMix64), so a miss can be replayed.
struct IdentifierFormatGenerator {
    /// One generated identifier: the sentence, the detector that must find
    /// it, and the ranges (in the sentence) of its digits.
    struct Sample {
        var format: String
        var kind: DetectorKind
        var text: String
        var digits: [Range<String.Index>]
    }

    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(state: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    static let spaces = [" ", " ", " ", "\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{3000}", "\t"]
    static let dashes = ["-", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]
    mutating func space() -> String { pick(Self.spaces) }
    mutating func dash() -> String { pick(Self.dashes) }

    /// Wraps `identifier` (marked by `{}`) in a sentence of some language.
    mutating func sentence(_ inner: String) -> String {
        let frames = [
            "The detainee {} was interviewed in private.", "According to the file, {} and nothing else.", "{}",
            "Задержанный {} был опрошен наедине.", "В журнале: {}, без подписи.", "Кармалган адам {} менен жеке сүйлөштүк.",
            "Маалымат боюнча {} деп жазылган.", "| Name | {} |", "- {};",
        ]
        return pick(frames).replacingOccurrences(of: "{}", with: inner)
    }

    /// `label` and `identifier` in a sentence, with the ranges of the
    /// identifier's digit runs (what must not leak).
    mutating func sample(_ format: String, _ kind: DetectorKind, label: String = "", _ identifier: String,
                         after: String = "") -> Sample {
        let marked = label + String(identifier.map { $0.isASCII && $0.isNumber ? "⟦\($0)⟧" : String($0) }.joined()) + after
        let text = sentence(marked)
        var clean = ""
        var offsets: [Range<Int>] = []
        var open: Int?
        for character in text {
            if character == "⟦" { open = clean.utf8.count; continue }
            if character == "⟧", let start = open {
                offsets.append(start..<clean.utf8.count)
                open = nil
                continue
            }
            clean.append(character)
        }
        let utf8 = clean.utf8
        let ranges = offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
        return Sample(format: format, kind: kind, text: clean, digits: ranges)
    }

    /// `number` split into groups of the given sizes (or at random), joined
    /// by `separator()`.
    mutating func grouped(_ number: String, sizes: [Int]? = nil, separator: (inout IdentifierFormatGenerator) -> String) -> String {
        let characters = Array(number)
        var parts: [String] = []
        var offset = 0
        var plan = sizes ?? []
        while offset < characters.count {
            let rest = characters.count - offset
            let size = plan.isEmpty ? Int.random(in: 1...min(5, rest), using: &random) : plan.removeFirst()
            parts.append(String(characters[offset..<min(characters.count, offset + size)]))
            offset += size
        }
        var result = parts[0]
        for part in parts.dropFirst() { result += separator(&self) + part }
        return result
    }
}
