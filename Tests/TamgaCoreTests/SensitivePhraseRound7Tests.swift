import Testing
@testable import TamgaCore

/// Red-team round 7, C-075 and C-071: a `sensitive` string written with a
/// look-alike letter of the other script (`kамере 14`, Latin k; `cеll 14`,
/// Cyrillic е) and a number before the noun in Roman figures (`XIV
/// камере`). Names fold look-alike letters; sensitive strings must too.
/// Each family is generated: every inflected writing, one or two letters
/// swapped to their look-alike at random positions, in several carriers;
/// recall is printed for the projector and the scan, and near misses
/// (another number, another word) stay clean.
@Suite struct SensitivePhraseRound7Tests {
    static let perFamily = 200

    /// Look-alike letters, each way (lower and upper case).
    static let lookAlikes: [Character: [Character]] = [
        "а": ["a"], "е": ["e"], "о": ["o"], "р": ["p"], "с": ["c"], "у": ["y"], "х": ["x"], "к": ["k"], "м": ["m"], "т": ["t"],
        "А": ["A"], "Е": ["E"], "О": ["O"], "Р": ["P"], "С": ["C"], "К": ["K"], "М": ["M"], "Н": ["H"], "Т": ["T"], "Х": ["X"], "В": ["B"],
        "a": ["а"], "e": ["е"], "o": ["о"], "p": ["р"], "c": ["с"], "x": ["х"], "y": ["у"], "k": ["к"], "i": ["і"], "l": ["ӏ"],
        "C": ["С"], "E": ["Е"], "H": ["Н"], "K": ["К"], "M": ["М"], "O": ["О"], "P": ["Р"], "T": ["Т"], "X": ["Х"], "B": ["В"],
    ]

    static let families: [(phrase: String, writings: [String])] = [
        ("камера 14", ["камера 14", "камере 14", "камеру № 14", "КАМЕРЕ №14", "камерой 14", "Камера 14"]),
        ("cell 14", ["cell 14", "Cell 14", "cells 14", "CELL No. 14", "cell #14"]),
        ("Кара-Суу", ["Кара-Суу", "КАРА-СУУ", "Кара-Суу району", "Кара-Суу,"]),
        ("night shift officer", ["night shift officer", "night-shift officers", "Night Shift Officer"]),
    ]

    static let carriers = ["В {} было холодно.", "{}", "He was held in {} for a week.", "Ал {} жатты.", "| {} | 3 |", "- {};"]

    static func swapped(_ writing: String, _ random: inout SeededGenerator) -> String {
        var letters = Array(writing)
        let swappable = letters.indices.filter { lookAlikes[letters[$0]] != nil }
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            guard let index = swappable.randomElement(using: &random), let other = lookAlikes[letters[index]]?.first else { continue }
            letters[index] = other
        }
        return String(letters)
    }

    @Test func aLookAlikeLetterDoesNotHideASensitiveString() {
        var random = SeededGenerator(state: 0x15_0775)
        for family in Self.families {
            var projector = 0, scan = 0
            var misses: [String] = []
            for _ in 0..<Self.perFamily {
                let writing = Self.swapped(family.writings.randomElement(using: &random)!, &random)
                let text = Self.carriers.randomElement(using: &random)!.replacingOccurrences(of: "{}", with: writing)
                let result = SensitivePhraseTests.found(family.phrase, in: text)
                if result.projector { projector += 1 }
                if result.scan { scan += 1 }
                if !result.projector || !result.scan, misses.count < 8 { misses.append("\(text.debugDescription) \(result)") }
            }
            print("sensitive round 7, look-alike letters in \(family.phrase): projector \(projector)/\(Self.perFamily), scan \(scan)/\(Self.perFamily)")
            #expect(projector == Self.perFamily && scan == Self.perFamily, "\(misses.joined(separator: "\n"))")
        }
    }

    /// Roman figures before the noun read as the ordinal they are (`XIV камере`, `в XIV-й камере`).
    @Test(arguments: ["Его держали в XIV камере.", "в XIV-й камере", "XIV камерада кармалган.", "Held in the XIV cell.",
                      "в xiv камере", "в ХIV камере"])
    func aRomanNumberBeforeTheNounIsFound(text: String) {
        let phrase = text.lowercased().contains("cell") ? "cell 14" : "камера 14"
        let result = SensitivePhraseTests.found(phrase, in: text)
        #expect(result.projector && result.scan, "\(text): \(result)")
    }

    /// The red team's own case, as written.
    @Test func redTeamC075IsFound() {
        let result = SensitivePhraseTests.found("камера 14", in: "В kамере 14 было холодно.")
        #expect(result.projector && result.scan, "\(result)")
    }

    static let nearMisses: [(String, String)] = [
        ("камера 14", "В kамере 15 было холодно."), ("камера 14", "kамера 41"), ("cell 14", "cеll 140"), ("Кара-Суу", "Kара-Балта"),
        ("камера 14", "XV камере"), ("камера 14", "14 камер"),
    ]

    @Test(arguments: nearMisses)
    func nearMissesStayClean(phrase: String, text: String) {
        let result = SensitivePhraseTests.found(phrase, in: text)
        #expect(!result.projector && !result.scan, "\(phrase) in \(text): \(result)")
    }
}
