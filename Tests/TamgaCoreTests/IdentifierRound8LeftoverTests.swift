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
}
