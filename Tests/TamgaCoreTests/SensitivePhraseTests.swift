import Testing
@testable import TamgaCore

/// Issue 15, class 7: a `sensitive` string is found as a reader recognises
/// it. Random writings of each phrase (another article or none, plural or
/// case ending, hyphen, space, closed up or hyphenated over a line end,
/// `No.`/`№`/`#` or none before the number, letter-spacing, any case) must
/// be found by both the projector's matcher and the leak scan's index;
/// near misses (`cell 140`, `cell 41`, `excellent 14`, `cellar 14`) must
/// not. Recall is printed per phrase family.
@Suite struct SensitivePhraseTests {
    static let perFamily = 300

    struct Family: Sendable, CustomTestStringConvertible {
        let name: String
        let phrase: String
        var testDescription: String { name }
    }

    static let families = [
        Family(name: "English room and number", phrase: "cell 14"),
        Family(name: "English hyphenated phrase with an article", phrase: "the night-shift duty officer"),
        Family(name: "Russian phrase with a number sign", phrase: "камера № 14"),
        Family(name: "Russian adjective and noun", phrase: "дежурный офицер"),
        Family(name: "Kyrgyz phrase", phrase: "камера 14"),
    ]

    /// Whether the projector's matcher and the scan's index both find `text`'s writing of `phrase`.
    static func found(_ phrase: String, in text: String) -> (projector: Bool, scan: Bool) {
        let projector = !SensitiveMatcher([phrase]).matches(in: ScalarText(text)).isEmpty
        let scan = LeakPhraseIndex([phrase]).firstOffsets(in: LeakNormalizer(text))[phrase] != nil
        return (projector, scan)
    }

    @Test(arguments: families)
    func everyWritingIsFound(family: Family) {
        var generator = SensitiveVariantGenerator(seed: 0x15_0007 &+ UInt64(family.phrase.unicodeScalars.count))
        var projector = 0, scan = 0
        var misses: [String] = []
        for _ in 0..<Self.perFamily {
            let text = generator.sentence(generator.variant(of: family.phrase))
            let result = Self.found(family.phrase, in: text)
            if result.projector { projector += 1 }
            if result.scan { scan += 1 }
            if (!result.projector || !result.scan), misses.count < 8 { misses.append("\(text.debugDescription) \(result)") }
        }
        print("sensitive, \(family.name): projector \(projector)/\(Self.perFamily), scan \(scan)/\(Self.perFamily)")
        #expect(projector == Self.perFamily && scan == Self.perFamily, "\(misses.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("cell 14", "He was in cell 140."), ("cell 14", "He was in cell 41."), ("cell 14", "An excellent 14 days."),
        ("cell 14", "The cellar 14 steps down."), ("cell 14", "Cells 1 and 4."), ("cell 14", "cell 14a was empty"),
        ("the night-shift duty officer", "The night shift was quiet."), ("the night-shift duty officer", "A duty officer came."),
        ("the night-shift duty officer", "night-shift duty officials"), ("камера № 14", "камера № 15"),
        ("камера № 14", "камерный оркестр 14"), ("камера № 14", "камера № 141"), ("A-12", "Page 12."),
        ("дежурный офицер", "дежурная медсестра"), ("№ 7", "Block 7 and 7 cells."), ("№ 7", "№ 17"),
    ])
    func nearMissesAreNotFound(phrase: String, text: String) {
        let result = Self.found(phrase, in: text)
        #expect(!result.projector && !result.scan, "\(phrase) in \(text): \(result)")
    }

    /// The red team's writings, redacted by the projector (the export is still written).
    @Test(arguments: [
        ("cell 14", "He was in cell No. 14.", "No. 14"), ("cell 14", "He was in cell №14.", "№14"),
        ("cell 14", "He was in Cell14.", "Cell14"), ("cell 14", "He was in cells 14 and 15.", "cells 14"),
        ("cell 14", "He was in c e l l 1 4.", "c e l l 1 4"),
        ("the night-shift duty officer", "He feared the night-shift duty officers.", "duty officers"),
        ("the night-shift duty officer", "He feared the night shift duty officer.", "night shift duty officer"),
        ("the night-shift duty officer", "He feared the nightshift duty officer.", "nightshift duty officer"),
        ("the night-shift duty officer", "He feared the night-\nshift duty officer.", "shift duty officer"),
        ("the night-shift duty officer", "He feared a night-shift duty officer.", "night-shift duty officer"),
        ("№ 7", "He was in No. 7, then in #7.", "7"),
        ("камера № 14", "Он был в камере № 14.", "камере № 14"), ("камера № 14", "Он был в камере №\u{A0}14.", "камере №\u{A0}14"),
    ])
    func redTeamWritingsAreWithheld(phrase: String, body: String, shown: String) throws {
        let document = try Fixture.parse(front: "level: public\nsensitive:\n  - \(phrase)\n", body: body + "\n")
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: []).export(document, for: .public, as: .markdown)
        #expect(!export.text.contains(shown), "\(export.text)")
        // The marker in the document's language ("[скрыто]" in Russian).
        #expect(export.text.contains(Fixture.policy.localized(to: document.language).markers.span))
    }
}

/// Random writings of a `sensitive` phrase.
struct SensitiveVariantGenerator {
    var random: SeededGenerator
    init(seed: UInt64) { random = SeededGenerator(state: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func sentence(_ inner: String) -> String {
        pick(["He was held in {} for a week.", "{}", "Он был в {} неделю.", "Ал {} жатты.", "- {};", "| {} | 3 |", "(see {})"])
            .replacingOccurrences(of: "{}", with: inner)
    }

    mutating func variant(of phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        let hasArticle = ["the", "a"].contains(words.first ?? "")
        if hasArticle { words.removeFirst() }
        // Number sign before a number.
        words = words.filter { $0 != "№" }
        if let last = words.last, last.allSatisfy(\.isNumber) {
            let sign = pick(["", "No. ", "№", "№ ", "# ", "Nr ", "№\u{A0}", "no.", "number "])
            words[words.count - 1] = sign + last
        }
        // An inflection on a word.
        let first = words[0]
        if first.unicodeScalars.first.map({ (0x400...0x4FF).contains($0.value) }) ?? false {
            if first.hasSuffix("а") {
                words[0] = String(first.dropLast()) + pick(["а", "е", "у", "ы", "ой", "ах", "ам", "ами"])
                if chance(30) { words[0] = first + pick(["да", "га", "нын", "ны", "дан", "лар"]) }
            } else if first.hasSuffix("ый") {
                words[0] = String(first.dropLast(2)) + pick(["ый", "ого", "ому", "ым", "ые", "ых"])
                words[1] = words[1] + pick(["", "а", "у", "ом", "ы", "ов"])
            }
        } else if chance(40) {
            // The plural on the last word, or on the word before a number.
            if words.count > 1, !(words.last?.last?.isNumber ?? false) { words[words.count - 1] += "s" } else { words[0] += "s" }
        }
        // Hyphen inside a word of the phrase: kept, spaced, closed, or over a line end.
        words = words.map { word in
            guard word.contains("-") else { return word }
            return word.replacingOccurrences(of: "-", with: pick(["-", " ", "", "-\n", "\u{2011}", "\u{AD}"]))
        }
        let joiner = pick([" ", " ", "\u{A0}", "\n", "  "])
        var text = words.joined(separator: joiner)
        if words.last?.last?.isNumber ?? false, chance(20) { text = words.dropLast().joined(separator: joiner) + (words.last ?? "") }
        if chance(15), !text.contains("\n") {
            text = text.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" }.map { String($0) }.joined(separator: " ")
        }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: text = text.uppercased()
        case 1: text = text.prefix(1).uppercased() + text.dropFirst()
        default: break
        }
        let article = hasArticle ? pick(["the ", "a ", "an ", "this ", "", "The "]) : ""
        return article + text
    }
}
