import Testing
@testable import TamgaCore

/// Red-team round 8 leftovers on identifiers: a decade is no date of birth
/// (clean-091: `born in the 1990s` was withheld), while a year of birth
/// beside it still is.
@Suite struct IdentifierRound8LeftoverTests {
    /// Decades in the three languages, in the sentences reports write.
    static let decades: [String] = ["1950", "1960", "1970", "1980", "1990", "2000"].flatMap { year in
        ["Most were born in the \(year)s.", "Most were born in the \(year)'s.", "Most were born in \(year)s.",
         "Большинство родились в \(year)-е годы.", "Большинство родились в \(year)-х.", "Родившиеся в \(year)-ых годах.",
         "Көпчүлүгү \(year)-жылдары туулган.", "Көпчүлүгү \(year) жылдары туулган.", "\(year)-жылдардын аягында туулгандар."]
    }

    @Test func decadesAreNoDateOfBirth() {
        let kept = Self.decades.filter { DetectorKind.birthDate.matches(in: $0).isEmpty }
        print("IdentifierRound8: decades kept \(kept.count)/\(Self.decades.count)")
        #expect(kept.count == Self.decades.count, "withheld: \(Self.decades.filter { !kept.contains($0) })")
    }

    /// The year of birth next to it, and a year ending in 0 with an `s` that is no plural, are still found.
    @Test(arguments: ["He was born in 1990.", "born in 1991", "Родился в 1990 году.", "1990-жылы туулган.", "born in 1990, sources say",
                      "1990 г.р.", "Родился 12 сентября 1990 года.", "1990-жылдын 23-сентябрында туулган", "born in 1991s"])
    func yearsOfBirthAreStillFound(_ text: String) {
        #expect(!DetectorKind.birthDate.matches(in: text).isEmpty, "not found: \(text)")
    }

    /// `колония №47` written as the colony's abbreviation (C-076): ИК-47, ИК 47, ИК №47, IK-47 (not yet: ИК-47де, a case ending on the number), in prose and a cell.
    static let colonyWritings: [String] = ["ИК-47", "ИК 47", "ИК №47", "ИК № 47", "ИК‑47", "IK-47", "ik-47", "ИК–47"].flatMap { form in
        ["Он содержится в \(form).", "Ал \(form) отурат.", "| \(form) | 3 |", "He is held in \(form) now."]
    }

    @Test func colonyAbbreviationsAreFound() {
        var projector = 0, scan = 0
        for text in Self.colonyWritings {
            let found = SensitivePhraseTests.found("колония №47", in: text)
            if found.projector { projector += 1 }
            if found.scan { scan += 1 }
            #expect(found.projector && found.scan, "\(found): \(text)")
        }
        print("IdentifierRound8: colony abbreviations projector \(projector)/\(Self.colonyWritings.count), scan \(scan)/\(Self.colonyWritings.count)")
    }

    /// Another number, and the words ик/ik elsewhere, are not the colony.
    @Test(arguments: ["Он содержится в ИК-48.", "ИК-470 закрыта.", "Ик, ик, ик: икота.", "the 47 ik words"])
    func otherColoniesAreNotIt(_ text: String) {
        let found = SensitivePhraseTests.found("колония №47", in: text)
        #expect(!found.projector && !found.scan, "\(found): \(text)")
    }

    /// The colony and a place code with a Kyrgyz case ending on the number
    /// (`ИК-47де` "in IK-47", `ИК-47ден`, `ИК-47нин`, `ИК-47деги`, issue 15
    /// round-8 leftover), as written: with or without a hyphen, in upper or
    /// lower case, after every way of writing the colony; Latin endings on `IK-47`.
    static let cyrillicEndings = ["де", "да", "те", "та", "ден", "дан", "тен", "тан", "ге", "га", "ке", "ка", "нын", "нин", "дын", "дин",
                                  "тын", "тин", "ны", "ни", "ды", "ди", "дагы", "деги", "тагы", "теги", "дөгү", "дегилер", "дөн", "төн", "гө", "кө"]
    static let latinEndings = ["de", "da", "te", "ta", "den", "dan", "ge", "ga", "ke", "ka", "nyn", "nin", "din", "dyn", "degi", "dagy"]

    static func suffixedWritings() -> [(phrase: String, text: String)] {
        var result: [(String, String)] = []
        let bases: [(phrase: String, base: String, latin: Bool)] = [
            ("колония №47", "ИК-47", false), ("колония №47", "ИК 47", false), ("колония №47", "ИК №47", false),
            ("колония №47", "колония №47", false), ("колония №47", "ик-47", false), ("колония №47", "IK-47", true),
            ("Ош-3", "Ош-3", false), ("Ош-3", "Osh-3", true), ("камера 14", "камера 14", false), ("камера 14", "камера №14", false),
        ]
        for (index, base) in bases.enumerated() {
            for (number, ending) in (base.latin ? latinEndings : cyrillicEndings).enumerated() {
                let hyphen = (index + number) % 2 == 0 ? "-" : ""
                let upper = (index + number) % 5 == 0
                let word = base.base + hyphen + (upper ? ending.uppercased() : ending)
                let carrier = ["Ал \(word) отурат.", "Биз \(word) болдук.", "| 2014-10-28 | \(word) |", "Маалымат: \(word) жөнүндө"][number % 4]
                result.append((base.phrase, carrier))
            }
        }
        return result
    }

    @Test func caseEndingsOnTheNumberAreFound() {
        let writings = Self.suffixedWritings()
        var projector = 0, scan = 0
        var misses: [String] = []
        for (phrase, text) in writings {
            let found = SensitivePhraseTests.found(phrase, in: text)
            if found.projector { projector += 1 }
            if found.scan { scan += 1 }
            if !(found.projector && found.scan), misses.count < 20 { misses.append("\(phrase): \(text) \(found)") }
        }
        print("IdentifierRound8: case endings on the number projector \(projector)/\(writings.count), scan \(scan)/\(writings.count)")
        #expect(projector == writings.count && scan == writings.count, "\(misses.joined(separator: "\n"))")
    }

    /// Another number with an ending, an ending after a longer number, and a word after a space are not the colony.
    @Test(arguments: ["Он содержится в ИК-48де.", "ИК-470де.", "ИК-4де отурат.", "147де болдук.", "IK-48de", "Ош-31де", "Ош-13төн",
                      "камера 140та", "камера 41де"])
    func otherNumbersWithEndingsAreNotIt(_ text: String) {
        let phrase = text.hasPrefix("Ош") ? "Ош-3" : text.hasPrefix("камера") ? "камера 14" : "колония №47"
        let found = SensitivePhraseTests.found(phrase, in: text)
        #expect(!found.projector && !found.scan, "\(found): \(text)")
    }
}
