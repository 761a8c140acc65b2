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
}
