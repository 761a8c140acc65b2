import Testing
@testable import TamgaCore

/// The matcher against the mentions issue 5 lists, negatives, and hostile text.
@Suite struct NamesMatcherTests {
    static let full = NameMatcher(persons: [PersonNames(personID: "D-0001", spellings: ["Aibek Sadykov", "Айбек Садыков"])])
    static let latinOnly = NameMatcher(persons: [PersonNames(personID: "D-0001", spellings: ["Aibek Sadykov"])])

    /// The spellings of Айбек Садыков issue 5 says a report uses.
    static let issueMentions = [
        "Aibek Sadykov", "Sadikov", "Садыкова", "Садыкову", "Садыковым", "Айбеку", "А. Садыков",
        "Sadykov A.", "Садыковдун", "Айбек Садык уулу",
    ]

    static func found(_ matcher: NameMatcher, _ text: String) -> [String] {
        matcher.matches(in: text).map { String(text[$0.range]) }
    }

    @Test(arguments: issueMentions)
    func findsEveryIssueMentionFromBothDeclarations(mention: String) {
        let text = "Сообщение: \(mention) был задержан."
        #expect(Self.found(Self.full, text) == [mention])
        #expect(Self.found(Self.latinOnly, text) == [mention])
    }
}
