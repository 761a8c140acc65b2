import Testing
@testable import TamgaCore

/// Red team round 9, C-203 (issue 15): a Kazakh IIN, 12 digits whose first
/// six are the holder's date of birth (YYMMDD) and the seventh the century
/// and sex (1–6). It is a personal number (`personal-number`): after its
/// label (ИИН, IIN, ЖСН) in any grouping, and alone in one run when its
/// digits read as one. Twelve digits that read as no date stay.
@Suite struct KazakhIINTests {
    static let cases: [(text: String, needle: String)] = [
        ("ИИН 900923300123, гражданин Казахстана.", "900923300123"),
        ("IIN: 900923300123", "900923300123"),
        ("ЖСН 850101400456", "850101400456"),
        ("ИИН 900923 300123", "300123"),
        ("Kazakh ID, IIN 900 923 300 123.", "300 123"),
        ("Гражданин Казахстана, 900923300123.", "900923300123"),
        ("His Kazakh number 041231500987 was on the form.", "041231500987"),
        ("ИИН: 900923-300123", "300123"),
    ]

    @Test func kazakhNumbersAreFound() {
        let missed = ScopeIdentifierCheck.missed(.personalNumber, Self.cases)
        print("KazakhIIN: detector \(Self.cases.count - missed.count)/\(Self.cases.count)")
        #expect(missed.isEmpty, "not found: \(missed.joined(separator: "\n"))")
    }

    @Test func nothingOfItIsPublished() throws {
        let published = try ScopeIdentifierCheck.published(Self.cases)
        print("KazakhIIN: whole path held \(Self.cases.count - published.count)/\(Self.cases.count)")
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    static let clean = ["Budget 123456789012 som.", "Population 201420152016 over the period.", "Account 999999999999.",
                        "Ref. 991399123456", "Order 123 456 789 012"]

    @Test(arguments: clean)
    func otherTwelveDigitNumbersStay(_ text: String) throws {
        #expect(DetectorKind.personalNumber.matches(in: text).isEmpty, "found in: \(text)")
    }
}
